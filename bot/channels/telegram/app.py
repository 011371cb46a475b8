"""Build the python-telegram-bot Application: pointed at the configured Bot API server,
with PTB's rate limiter (Telegram's flood limits), per-user ordering, our handlers, and
the periodic jobs that deliver admin notices and weekly tips."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from telegram import BotCommand
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, Job

from bot.channels.telegram import periodic
from bot.channels.telegram.access import Gatekeeper, parse_allowed_ids
from bot.channels.telegram.admin import AdminCommands
from bot.channels.telegram.callback_data import CallbackStore
from bot.channels.telegram.handlers import COMMANDS, CoachBot  # COMMANDS: the menu, per language
from bot.channels.telegram.notices import NoticeJob
from bot.channels.telegram.ordering import PerUserOrder
from bot.channels.telegram.report import ReportCommand
from bot.channels.telegram.tips import Clock, TipCommand, TipJob, utc_now
from bot.channels.telegram.webhook_guard import install as guard_webhook_server
from bot.dialogue.client import RasaClient, Revive
from bot.dialogue.retry import RetryPolicy
from bot.i18n import t
from bot.privacy.pseudonym import Pseudonyms, load_or_create_key
from bot.privacy.redact import protect
from bot.settings import Settings
from bot.storage.access import AccessStore
from bot.storage.notices import NoticeStore
from bot.tips.scheduler import TipScheduler
from bot.tips.text import ArticleShelf

log = logging.getLogger(__name__)
FLOOD_RETRIES = 1  # a 429 "Too Many Requests: retry after N": wait N seconds, resend once


@dataclass
class BotParts:
    """Everything the handlers use, so tests can look inside."""

    app: Application
    bot: CoachBot
    gate: Gatekeeper
    coach: RasaClient
    tips: TipJob
    notices: NoticeJob
    jobs: list[Job]  # on PTB's JobQueue: admin notices, weekly tips


def pseudonyms_for(settings: Settings) -> Pseudonyms:
    key = load_or_create_key(settings.telegram_hash_key, settings.var_dir)
    protect(key.decode())
    return Pseudonyms(key)


def build(
    settings: Settings,
    rasa_url: str | None = None,
    revive: Revive | None = None,
    policy: RetryPolicy | None = None,
    clock: Clock = utc_now,
    notice_interval: float | None = None,
    tips_interval: float | None = None,
) -> BotParts:
    """`clock` (aware UTC now) lets tests move time past a tip's slot; the intervals (seconds)
    default to settings.telegram_notice_interval and settings.telegram_tips_interval."""
    if not settings.telegram_token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set (see README: Telegram)")
    protect(settings.telegram_token, settings.telegram_webhook_secret)
    guard_webhook_server()  # a malformed update gets 400, never 500 (webhook_guard.py)
    base = settings.telegram_api_base_url.rstrip("/")
    store = AccessStore(settings.app_db_url)  # and so the app database's schema is upgraded
    gate = Gatekeeper(store, pseudonyms_for(settings), parse_allowed_ids(settings.telegram_allowed_ids))
    coach = RasaClient(rasa_url or settings.rasa_url, policy or RetryPolicy(), revive)
    callbacks = CallbackStore(settings.app_db_url)
    coach_bot = CoachBot(settings, coach, gate, callbacks)
    shelf = ArticleShelf(settings.knowledge_dir)
    scheduler = TipScheduler(settings.app_db_url, shelf.manager_ids)
    tip_job = TipJob(scheduler, store, shelf, callbacks.encode, clock)
    notice_job = NoticeJob(NoticeStore(settings.app_db_url), store, scheduler)

    async def post_init(app: Application) -> None:
        for lang, commands in COMMANDS.items():
            try:
                await app.bot.set_my_commands(
                    [BotCommand(c, t(key, lang)) for c, key in commands],
                    language_code=None if lang == "nl" else lang,
                )
            except Exception as exc:  # a menu is nice to have, not a reason to stop
                log.warning("could not set the command menu: %s", exc)

    async def post_shutdown(app: Application) -> None:
        await coach.aclose()

    app = (
        ApplicationBuilder()
        .token(settings.telegram_token)
        .base_url(f"{base}/bot")
        .base_file_url(f"{base}/file/bot")
        .rate_limiter(AIORateLimiter(max_retries=FLOOD_RETRIES))
        .concurrent_updates(PerUserOrder(64))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    extra = [
        *AdminCommands(store, coach_bot.lang).handlers(),
        ReportCommand(settings, coach_bot.lang).handler(),
        TipCommand(scheduler, store, gate.sender_id, coach_bot.lang, clock).handler(),
    ]
    coach_bot.register(app, extra=extra)
    notice_every = notice_interval or settings.telegram_notice_interval
    tips_every = tips_interval or settings.telegram_tips_interval
    jobs = [
        periodic.every(app, notice_every, notice_job.run, "admin-notices"),
        periodic.every(app, tips_every, tip_job.run, "weekly-tips"),
    ]
    return BotParts(app=app, bot=coach_bot, gate=gate, coach=coach, tips=tip_job, notices=notice_job,
                    jobs=jobs)  # fmt: skip
