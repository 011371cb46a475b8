"""Run the real Telegram bot (python-telegram-bot Application) against the fake Bot API
server, in a thread with its own event loop, so tests can act as Telegram users."""

from __future__ import annotations

import asyncio
import dataclasses
import random
import threading
from typing import Any

from sqlalchemy import create_engine, text
from telegram import Update

from bot.settings import Settings
from bot.telegram.app import BotParts, build
from bot.telegram.coach import RetryPolicy
from tests.fake_telegram import FakeTelegram, FakeUser

TOKEN = "4242424242:AAFakeTokenForTestsOnly_abcdefghijklmn"
HASH_KEY = "test-hash-key-not-a-secret-0123456789"


def new_user(language: str = "nl") -> FakeUser:
    return FakeUser(id=random.randint(10_000_000, 2_000_000_000), first_name="Sam", language_code=language)


def bot_settings(base: Settings, fake: FakeTelegram, **changes: Any) -> Settings:
    return dataclasses.replace(
        base,
        telegram_token=TOKEN,
        telegram_api_base_url=fake.base_url,
        telegram_hash_key=HASH_KEY,
        **changes,
    )


class BotRunner:
    """start()/stop() the bot like `servicecoach telegram` does, minus signal handling."""

    def __init__(self, parts: BotParts, webhook: dict[str, Any] | None = None) -> None:
        self.parts = parts
        self.webhook = webhook
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def _run(self, coroutine, timeout: float = 60.0) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def run_job(self, job: Any, timeout: float = 60.0) -> Any:
        """Run one periodic job (parts.tips, parts.notices) now, on the bot's loop."""
        return self._run(job.run(self.parts.app.bot), timeout)

    def start(self) -> BotRunner:
        self.thread.start()
        self._run(self._start())
        return self

    async def _start(self) -> None:
        app = self.parts.app
        await app.initialize()
        if app.post_init:
            await app.post_init(app)
        if self.webhook:
            await app.updater.start_webhook(**self.webhook)
        else:
            await app.updater.start_polling(poll_interval=0.0, timeout=2, allowed_updates=Update.ALL_TYPES)
        await app.start()

    def stop(self) -> None:
        try:
            self._run(self._stop())
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(10)
            self.loop.close()

    async def _stop(self) -> None:
        app = self.parts.app
        if app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
            if app.post_stop:
                await app.post_stop(app)
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)

    def idle(self) -> bool:
        """No update waiting or being handled."""
        app = self.parts.app
        return app.update_queue.qsize() == 0 and app.update_processor.current_concurrent_updates == 0

    def __enter__(self) -> BotRunner:
        return self if self.thread.is_alive() else self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_bot(
    settings: Settings, revive=None, policy: RetryPolicy | None = None, webhook=None, **options: Any
) -> BotRunner:
    """`options` go to build(): clock, notice_interval, tips_interval."""
    return BotRunner(build(settings, revive=revive, policy=policy, **options), webhook).start()


def tracker_events(settings: Settings, sender_id: str | None = None) -> list[tuple[str, str]]:
    """(sender_id, type_name) rows of Rasa's tracker store, read with plain SQL."""
    engine = create_engine(settings.tracker_db_url)
    try:
        with engine.connect() as conn:
            if sender_id is None:
                rows = conn.execute(text("SELECT sender_id, type_name FROM events")).all()
            else:
                rows = conn.execute(
                    text("SELECT sender_id, type_name FROM events WHERE sender_id = :s"), {"s": sender_id}
                ).all()
    finally:
        engine.dispose()
    return [(r[0], r[1]) for r in rows]


def tracker_user_metadata(settings: Settings, sender_id: str) -> list[dict]:
    import json

    engine = create_engine(settings.tracker_db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT data FROM events WHERE sender_id = :s AND type_name = 'user'"), {"s": sender_id}
            ).all()
    finally:
        engine.dispose()
    return [json.loads(r[0]).get("metadata") or {} for r in rows]
