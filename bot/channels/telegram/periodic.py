"""The bot's periodic jobs (admin notices, due weekly tips) on PTB's JobQueue, which runs
them on the bot's own event loop from Application.start() to Application.stop(). When a
tip is due is kept in the database by bot/tips; the job only looks every N seconds.
A failing run is logged and the next one comes as usual; runs of one job never overlap."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from telegram import Bot
from telegram.ext import Application, CallbackContext, Job

log = logging.getLogger(__name__)

Run = Callable[[Bot], Awaitable[object]]  # e.g. NoticeJob.run, TipJob.run


def every(app: Application, seconds: float, run: Run, name: str) -> Job:
    """Schedule `run(bot)` every `seconds` (> 0), the first time `seconds` from start.

    Raises RuntimeError when python-telegram-bot was installed without its job-queue extra."""
    if app.job_queue is None:
        raise RuntimeError('PTB\'s JobQueue is missing: install "python-telegram-bot[job-queue]"')

    async def callback(context: CallbackContext) -> None:
        try:
            await run(context.bot)
        except Exception:
            log.exception("job %s failed; it runs again in %.0f s", name, seconds)

    return app.job_queue.run_repeating(
        callback,
        interval=seconds,
        first=seconds,
        name=name,
        job_kwargs={"max_instances": 1, "coalesce": True, "misfire_grace_time": None},
    )
