"""`servicecoach telegram`: start the action server and Rasa (unless --rasa-url points
at running ones), then the bot; Ctrl-C or SIGTERM stops all three."""

from __future__ import annotations

import logging
import sys

from telegram import Update

from bot.channels.telegram.app import build
from bot.channels.telegram.webhook import webhook_options
from bot.i18n import t
from bot.privacy.redact import protect, quiet_http_logs
from bot.settings import get_settings
from bot.stack.stack import start_for_a_person

log = logging.getLogger("servicecoach.telegram")


def setup_logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    quiet_http_logs()


def run_telegram(rasa_url: str = "") -> int:
    try:
        settings = get_settings()  # the environment, then .env
    except ValueError as exc:  # a setting that is not valid, e.g. a negative interval
        print(exc, file=sys.stderr)
        return 2
    setup_logging()
    if not settings.telegram_token:
        print(
            "No bot token: set TELEGRAM_BOT_TOKEN in the environment or in .env "
            "(create the bot with @BotFather; see README, Telegram).",
            file=sys.stderr,
        )
        return 2
    protect(settings.telegram_token, settings.telegram_webhook_secret)
    try:
        webhook = webhook_options(settings)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    stack = None
    if not rasa_url:
        stack = start_for_a_person(settings)
        if isinstance(stack, int):
            return stack
    try:
        parts = build(settings, rasa_url=rasa_url or None, revive=stack.restart_dead if stack else None)
        if webhook:
            log.info("Telegram bot running (webhook on %s:%s)", webhook["listen"], webhook["port"])
            parts.app.run_webhook(**webhook)
        else:
            log.info("Telegram bot running (long polling); Ctrl-C stops it")
            parts.app.run_polling(allowed_updates=Update.ALL_TYPES)
        return 0
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    finally:
        if stack is not None:
            print(t("stopping", "en"), file=sys.stderr)
            stack.stop()
