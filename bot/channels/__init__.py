"""Front ends. Each channel is a subpackage that turns its platform's messages into calls on
the dialogue contract (bot.dialogue) and renders Rasa's replies back; nothing outside
bot/channels/ imports from here, except bot/cli/."""
