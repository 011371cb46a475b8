"""The one Rasa client: every front end talks to Rasa's REST channel through it, `send()`
from plain code (the terminal chat, tests) and `ask()` from an event loop (Telegram).
Both build the same request, cut overlong input the same way, retry by the same
RetryPolicy (bot/dialogue/retry.py) and raise the same RasaUnavailable. No error detail
is meant for the user."""

from __future__ import annotations

import asyncio
import logging
import math
import threading
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from bot.dialogue.metadata import MESSAGE_ID, message_id_of, new_message_id
from bot.dialogue.retry import RETRYABLE, RetryPolicy

log = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 4000  # longer input is cut (and the user told) rather than refused
# of a cut message, the start kept: the rest is its end, where a story's question usually is
# (tester round of stop 48: the first 4000 characters of a 4138-character story lost it)
KEPT_START_CHARS = 1000
_GAP = " … "


def cut_long(text: str) -> str:
    """`text` as sent: whole up to MAX_MESSAGE_CHARS; longer, its first KEPT_START_CHARS and
    its end, joined by " … " and cut at spaces where there are any (the result is at most
    MAX_MESSAGE_CHARS characters)."""
    if len(text) <= MAX_MESSAGE_CHARS:
        return text
    start = text[:KEPT_START_CHARS]
    if " " in start:
        start = start[: start.rindex(" ")]
    end = text[len(text) - (MAX_MESSAGE_CHARS - len(start) - len(_GAP)) :]
    if " " in end:
        end = end[end.index(" ") + 1 :]
    return start.rstrip() + _GAP + end.lstrip()


Notify = Callable[[str], Awaitable[None]]  # called with "slow" or "reconnecting"
Revive = Callable[[], list[str]]  # blocking: restarts dead servers, returns their names


class RasaUnavailable(RuntimeError):
    """Rasa could not be reached or answered with an error, for the policy's whole budget."""


async def _no_notice(kind: str) -> None:
    return None


class RasaClient:
    """`policy` defaults to RetryPolicy.once(); `revive` (optional) restarts dead servers
    between tries and after an empty answer (the action server died mid-turn)."""

    def __init__(
        self, base_url: str, policy: RetryPolicy | None = None, revive: Revive | None = None
    ) -> None:
        self.url = f"{base_url.rstrip('/')}/webhooks/rest/webhook"
        self.policy = policy or RetryPolicy.once()
        self._timeout = httpx.Timeout(self.policy.timeout, connect=min(5.0, self.policy.timeout))
        self._revive = revive
        self._http: httpx.Client | None = None
        self._ahttp: httpx.AsyncClient | None = None
        self._sync_revive_lock = threading.Lock()
        self._revive_lock = asyncio.Lock()

    @staticmethod
    def request(sender: str, text: str, metadata: dict[str, Any] | None = None) -> dict[str, Any]:
        """The REST channel's JSON body; text beyond MAX_MESSAGE_CHARS is cut (`cut_long`). The metadata
        always carries a message id (the caller's, else a new one); every retry of this
        body sends the same id, so the actions apply the message once."""
        body: dict[str, Any] = {"sender": sender, "message": cut_long(text)}
        meta = dict(metadata or {})
        if message_id_of(meta) is None:
            meta[MESSAGE_ID] = new_message_id()
        body["metadata"] = meta
        return body

    # sync
    def send(self, sender: str, text: str, metadata: dict[str, Any] | None = None) -> list[dict]:
        """Rasa's replies (a list of REST messages, possibly []). Raises RasaUnavailable."""
        body = self.request(sender, text, metadata)
        while True:
            try:
                for attempt in self.policy.retrying():
                    with attempt:
                        try:
                            replies = self._post(body)
                        except RETRYABLE:
                            self.revive_now()
                            raise
            except RETRYABLE as exc:
                raise RasaUnavailable(str(exc) or type(exc).__name__) from exc
            if not replies and self.revive_now():
                continue  # an empty reply usually means the action server died mid-turn
            return replies

    def _post(self, body: dict[str, Any]) -> list[dict]:
        if self._http is None:
            self._http = httpx.Client(timeout=self._timeout)
        response = self._http.post(self.url, json=body)
        response.raise_for_status()
        return list(response.json() or [])

    def revive_now(self) -> list[str]:
        """Restart dead servers (blocking); the names of those restarted."""
        if self._revive is None:
            return []
        with self._sync_revive_lock:
            try:
                revived = self._revive()
            except Exception:
                log.exception("could not restart the coach's servers")
                return []
        if revived:
            log.warning("restarted: %s", ", ".join(revived))
        return revived

    def close(self) -> None:
        if self._http is not None:
            self._http.close()

    # async
    async def ask(
        self,
        sender: str,
        text: str,
        metadata: dict[str, Any] | None = None,
        notify: Notify = _no_notice,
    ) -> list[dict]:
        """Rasa's replies; [] if Rasa answered with nothing even after a revival. `notify`
        hears "slow" when an answer takes policy.slow_after seconds and "reconnecting"
        (once) when Rasa is unreachable. Raises RasaUnavailable when the budget is spent."""
        body = self.request(sender, text, metadata)
        told = False
        while True:
            try:
                async for attempt in self.policy.async_retrying():
                    with attempt:
                        try:
                            replies = await self._apost(body, notify)
                        except RETRYABLE:
                            if not told:
                                told = True
                                await notify("reconnecting")
                            await self.revive()
                            raise
            except RETRYABLE as exc:
                raise RasaUnavailable("Rasa did not answer in time") from exc
            if not replies and await self.revive():
                continue  # an empty reply usually means the action server died mid-turn
            return replies

    async def _apost(self, body: dict[str, Any], notify: Notify) -> list[dict]:
        if self._ahttp is None:
            self._ahttp = httpx.AsyncClient(timeout=self._timeout)
        request = asyncio.ensure_future(self._ahttp.post(self.url, json=body))
        slow_after = self.policy.slow_after if math.isfinite(self.policy.slow_after) else None
        done, _ = await asyncio.wait({request}, timeout=slow_after)
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
            return await asyncio.to_thread(self.revive_now)

    async def aclose(self) -> None:
        if self._ahttp is not None:
            await self._ahttp.aclose()
        self.close()
