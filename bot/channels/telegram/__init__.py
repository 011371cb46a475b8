"""The Telegram front end: python-telegram-bot in front of the dialogue contract."""
