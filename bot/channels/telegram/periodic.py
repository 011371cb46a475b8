"""Jobs that run every N seconds on the bot's own event loop (admin notices, weekly tips).
PTB's JobQueue would need APScheduler, an extra dependency for two fixed intervals; this
is the same idea in a few lines. A failing run is logged and the next one comes as usual."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)
NOTICE_INTERVAL = 15.0  # seconds; TELEGRAM_NOTICE_INTERVAL
TIPS_INTERVAL = 60.0  # seconds; TELEGRAM_TIPS_INTERVAL


def seconds_from_env(name: str, default: float) -> float:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        seconds = float(value)
    except ValueError:
        raise ValueError(f"{name} must be a number of seconds, not {value!r}") from None
    if seconds <= 0:
        raise ValueError(f"{name} must be more than 0 seconds")
    return seconds


@dataclass
class Job:
    name: str
    seconds: float
    run: Callable[[], Awaitable[object]]


class Periodic:
    def __init__(self) -> None:
        self.jobs: list[Job] = []
        self._tasks: list[asyncio.Task] = []

    def every(self, seconds: float, run: Callable[[], Awaitable[object]], name: str) -> None:
        self.jobs.append(Job(name, seconds, run))

    def start(self) -> None:
        """Call on the running loop (the Application's post_init)."""
        if not self._tasks:
            self._tasks = [asyncio.create_task(self._loop(job), name=job.name) for job in self.jobs]

    async def stop(self) -> None:
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    @staticmethod
    async def _loop(job: Job) -> None:
        while True:
            await asyncio.sleep(job.seconds)
            try:
                await job.run()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("job %s failed; it runs again in %.0f s", job.name, job.seconds)
