"""The bot's periodic jobs on PTB's JobQueue: the intervals come from settings (or the
caller), the jobs run on the bot's loop while it runs, and a failing run is logged, not fatal."""

from __future__ import annotations

import asyncio
import logging

import pytest
from telegram.ext import ApplicationBuilder

from bot.channels.telegram import periodic
from bot.channels.telegram.app import build
from bot.settings import Settings
from tests.fakes.telegram import FakeTelegram
from tests.helpers import TOKEN, bot_settings, free_port


@pytest.fixture()
def settings(tmp_path) -> Settings:
    return Settings(var_dir=tmp_path, rasa_port=free_port(), action_port=free_port())


def test_build_schedules_both_jobs_at_the_configured_intervals(settings) -> None:
    with FakeTelegram(TOKEN) as fake:
        configured = bot_settings(settings, fake, telegram_notice_interval=7.0, telegram_tips_interval=90.0)
        parts = build(configured)
        assert {j.name: j.job.trigger.interval.total_seconds() for j in parts.jobs} == {
            "admin-notices": 7.0,
            "weekly-tips": 90.0,
        }
        assert [j.name for j in parts.app.job_queue.jobs()] == ["admin-notices", "weekly-tips"]
        chosen = build(configured, notice_interval=0.5, tips_interval=3600.0)
        assert sorted(j.job.trigger.interval.total_seconds() for j in chosen.jobs) == [0.5, 3600.0]


def test_a_failing_run_is_logged_and_the_next_one_comes(caplog) -> None:
    runs: list[int] = []

    async def flaky(bot) -> None:
        runs.append(1)
        if len(runs) == 1:
            raise RuntimeError("boom")

    async def scenario(base: str) -> None:
        app = ApplicationBuilder().token(TOKEN).base_url(f"{base}/bot").updater(None).build()
        periodic.every(app, 0.05, flaky, "flaky")
        async with app:
            await app.start()
            for _ in range(100):
                if len(runs) >= 3:
                    break
                await asyncio.sleep(0.05)
            await app.stop()

    caplog.set_level(logging.ERROR)
    with FakeTelegram(TOKEN) as fake:
        asyncio.run(scenario(fake.base_url.rstrip("/")))
    assert len(runs) >= 3
    assert [r.getMessage() for r in caplog.records if "job flaky failed" in r.getMessage()] == [
        "job flaky failed; it runs again in 0 s"
    ]
