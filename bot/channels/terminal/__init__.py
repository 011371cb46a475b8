"""The terminal chat: type in this terminal, answers come back over Rasa's REST channel."""
