"""Ask Rasa, patiently: the user hears at once when the coach is slow or unreachable,
and the question is retried with backoff (reviving dead servers when the bot runs them)
instead of being dropped. No error detail ever reaches the user."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

from bot.dialogue.client import MAX_MESSAGE_CHARS

log = logging.getLogger(__name__)

Notify = Callable[[str], Awaitable[None]]  # called with "slow" or "reconnecting"
Revive = Callable[[], list[str]]  # blocking: restarts dead servers, returns their names


class CoachUnavailable(RuntimeError):
    """Rasa stayed unreachable for the whole retry budget."""


@dataclass
class RetryPolicy:
    slow_after: float = 8.0  # tell the user we are still thinking
    timeout: float = 120.0  # one request; Rasa answers in seconds when healthy
    first_backoff: float = 1.0
    max_backoff: float = 30.0
    give_up_after: float = 600.0  # Rasa restarting with TensorFlow takes a minute or two


class Coach:
    def __init__(
        self, rasa_url: str, policy: RetryPolicy | None = None, revive: Revive | None = None
    ) -> None:
        self.url = f"{rasa_url.rstrip('/')}/webhooks/rest/webhook"
        self.policy = policy or RetryPolicy()
        self._http = httpx.AsyncClient(timeout=httpx.Timeout(self.policy.timeout, connect=5.0))
        self._revive = revive
        self._revive_lock = asyncio.Lock()

    async def ask(
        self, sender: str, text: str, metadata: dict[str, Any] | None, notify: Notify
    ) -> list[dict]:
        """Rasa's replies; [] if Rasa answered with nothing even after a revival."""
        payload: dict[str, Any] = {"sender": sender, "message": text[:MAX_MESSAGE_CHARS]}
        if metadata:
            payload["metadata"] = metadata
        started = time.monotonic()
        backoff = self.policy.first_backoff
        told = False
        while True:
            try:
                replies = await self._post(payload, notify)
            except (httpx.HTTPError, ValueError) as exc:
                log.warning("Rasa unreachable (%s); retrying in %.0fs", type(exc).__name__, backoff)
                if not told:
                    told = True
                    await notify("reconnecting")
                await self.revive()
                if time.monotonic() - started > self.policy.give_up_after:
                    raise CoachUnavailable("Rasa did not answer in time") from exc
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, self.policy.max_backoff)
                continue
            if not replies and await self.revive():
                # an empty reply usually means the action server died mid-turn
                continue
            return replies

    async def _post(self, payload: dict[str, Any], notify: Notify) -> list[dict]:
        request = asyncio.ensure_future(self._http.post(self.url, json=payload))
        done, _ = await asyncio.wait({request}, timeout=self.policy.slow_after)
        if not done:
            await notify("slow")
        response = await request
        response.raise_for_status()
        return list(response.json() or [])

    async def revive(self) -> list[str]:
        """Restart dead servers once, however many users notice at the same moment."""
        if self._revive is None:
            return []
        async with self._revive_lock:
            try:
                revived = await asyncio.to_thread(self._revive)
            except Exception:
                log.exception("could not restart the coach's servers")
                return []
        if revived:
            log.warning("restarted: %s", ", ".join(revived))
        return revived

    async def close(self) -> None:
        await self._http.aclose()
