"""The one retry policy for talking to Rasa, carried out by tenacity: exponential backoff
while Rasa is unreachable, until a time budget (or a number of tries) is spent."""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

import httpx
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    stop_after_delay,
    stop_never,
    wait_exponential,
)

log = logging.getLogger("bot.dialogue.client")

# what counts as "Rasa unreachable": connection errors, timeouts, HTTP 5xx/4xx, bad JSON
RETRYABLE = (httpx.HTTPError, ValueError)


@dataclass(frozen=True)
class RetryPolicy:
    """How patiently to ask. Times in seconds. The default suits a chat front end whose
    user waits (Telegram): Rasa restarting with TensorFlow takes a minute or two."""

    slow_after: float = 8.0  # tell the user we are still thinking (async only)
    timeout: float = 120.0  # one request; Rasa answers in seconds when healthy
    first_backoff: float = 1.0  # wait after the first failure, doubling each time ...
    max_backoff: float = 30.0  # ... up to this
    give_up_after: float = 600.0  # no new try once this much time has passed
    max_attempts: int | None = None  # None: as many as the time budget allows

    @classmethod
    def once(cls, timeout: float = 60.0) -> RetryPolicy:
        """One try, no retries, no slow notice: for callers that handle failure themselves
        (the terminal chat, tests)."""
        return cls(slow_after=math.inf, timeout=timeout, max_attempts=1)

    def _kwargs(self) -> dict:
        stop = stop_after_delay(self.give_up_after)
        stop = stop | (stop_after_attempt(self.max_attempts) if self.max_attempts else stop_never)
        return {
            "retry": retry_if_exception_type(RETRYABLE),
            "wait": wait_exponential(multiplier=self.first_backoff, min=0, max=self.max_backoff),
            "stop": stop,
            "before_sleep": _log_retry,
            "reraise": True,  # the last error, not tenacity's RetryError
        }

    def retrying(self) -> Retrying:
        """`for attempt in policy.retrying(): with attempt: ...`"""
        return Retrying(**self._kwargs())

    def async_retrying(self) -> AsyncRetrying:
        """`async for attempt in policy.async_retrying(): with attempt: ...`"""
        return AsyncRetrying(**self._kwargs())


def _log_retry(state: RetryCallState) -> None:
    error = state.outcome.exception() if state.outcome else None
    wait = state.next_action.sleep if state.next_action else 0.0
    log.warning("Rasa unreachable (%s); retrying in %.0fs", type(error).__name__, wait)
