"""Build the python-telegram-bot Application: pointed at the configured Bot API server,
with PTB's rate limiter (Telegram's flood limits), per-user ordering, and our handlers."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from telegram import BotCommand
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder

from bot.settings import Settings
from bot.storage.access import AccessStore
from bot.telegram.access import Gatekeeper, parse_allowed_ids
from bot.telegram.admin import AdminCommands
from bot.telegram.callback_data import CallbackStore
from bot.telegram.coach import Coach, RetryPolicy, Revive
from bot.telegram.handlers import CoachBot
from bot.telegram.ordering import PerUserOrder
from bot.telegram.pseudonym import Pseudonyms, load_or_create_key
from bot.telegram.redact import protect

log = logging.getLogger(__name__)

COMMANDS = {
    "nl": [
        ("start", "Begin (of begin opnieuw)"),
        ("help", "Wat kan de coach?"),
        ("zelftest", "Doe een zelftest"),
        ("resultaten", "Je zelftestresultaten"),
        ("taal", "Kies de taal: nl of en"),
        ("privacy", "Wat de coach bewaart en waarom"),
        ("vergeet", "Wis je gesprek, antwoorden en profiel"),
    ],
    "en": [
        ("start", "Start (or start over)"),
        ("help", "What can the coach do?"),
        ("selfcheck", "Take a self-check"),
        ("results", "Your self-check results"),
        ("language", "Choose the language: nl or en"),
        ("privacy", "What the coach keeps and why"),
        ("forget", "Delete your conversation, answers and profile"),
    ],
}


@dataclass
class BotParts:
    """Everything the handlers use, so tests can look inside."""

    app: Application
    bot: CoachBot
    gate: Gatekeeper
    coach: Coach


def pseudonyms_for(settings: Settings) -> Pseudonyms:
    key = load_or_create_key(settings.telegram_hash_key, settings.var_dir)
    protect(key.decode())
    return Pseudonyms(key)


def build(
    settings: Settings,
    rasa_url: str | None = None,
    revive: Revive | None = None,
    policy: RetryPolicy | None = None,
) -> BotParts:
    if not settings.telegram_token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set (see README: Telegram)")
    protect(settings.telegram_token, settings.telegram_webhook_secret)
    base = settings.telegram_api_base_url.rstrip("/")
    store = AccessStore(settings.app_db_url)
    gate = Gatekeeper(store, pseudonyms_for(settings), parse_allowed_ids(settings.telegram_allowed_ids))
    coach = Coach(rasa_url or settings.rasa_url, policy, revive)
    coach_bot = CoachBot(settings, coach, gate, CallbackStore(settings.app_db_url))

    async def post_init(app: Application) -> None:
        for lang, commands in COMMANDS.items():
            try:
                await app.bot.set_my_commands(
                    [BotCommand(c, d) for c, d in commands], language_code=None if lang == "nl" else lang
                )
            except Exception as exc:  # a menu is nice to have, not a reason to stop
                log.warning("could not set the command menu: %s", exc)

    async def post_shutdown(app: Application) -> None:
        await coach.close()

    app = (
        ApplicationBuilder()
        .token(settings.telegram_token)
        .base_url(f"{base}/bot")
        .base_file_url(f"{base}/file/bot")
        .rate_limiter(AIORateLimiter(max_retries=3))
        .concurrent_updates(PerUserOrder(64))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    coach_bot.register(app, extra=AdminCommands(store).handlers())
    return BotParts(app=app, bot=coach_bot, gate=gate, coach=coach)
