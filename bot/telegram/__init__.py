"""The Telegram front end: python-telegram-bot in front of Rasa's REST channel."""
