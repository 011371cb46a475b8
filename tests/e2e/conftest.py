"""Fixtures shared by the Telegram end-to-end tests: the fake Bot API (`fake`), the bot's
settings against it and the session's `stack` (`settings`), and the running bot (`bot`). What a
user does with them (`member`, `exchange`, `typed`, `edit`, ...) is in tests/e2e/telegram_steps.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.settings import Settings
from tests.fakes.telegram import FakeTelegram
from tests.helpers import TOKEN, BotRunner, bot_settings, start_bot


@pytest.fixture()
def fake() -> Iterator[FakeTelegram]:
    """A fake Telegram Bot API server on loopback (tests/fakes/telegram.py)."""
    with FakeTelegram(TOKEN) as tg:
        yield tg


@pytest.fixture()
def settings(stack, fake: FakeTelegram) -> Settings:
    """The stack's settings with the bot pointed at `fake` (tests/helpers.py `bot_settings`)."""
    return bot_settings(stack.settings, fake)


@pytest.fixture()
def bot(settings: Settings, stack) -> Iterator[BotRunner]:
    """The Telegram bot running against `fake` and the stack, revived with the stack's dead
    servers (tests/helpers.py `start_bot`); stopped after the test."""
    runner = start_bot(settings, revive=stack.restart_dead)
    yield runner
    runner.stop()
