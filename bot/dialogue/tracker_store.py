"""Rasa's SQL tracker store, patient with its database. It runs inside Rasa (its own
virtualenv, Python 3.10: it imports only Rasa and SQLAlchemy 1.4) and endpoints.yml names it
as the tracker store type; Rasa finds it because it runs with the repo as working directory.

Why: Rasa wraps every tracker store in a fail-safe that, on a database error, answers
with a brand-new conversation (retrieve) or keeps the turn in memory only (save), so a
PostgreSQL restart would silently cost conversations their state. Here a lost connection
is retried with backoff (SQLAlchemy replaces the dead pooled connections) for up to
RETRY_SECONDS, well inside the lifetime of the conversation's lock (Rasa: 60 s). Retrying a
save is safe: a save adds only the events the database does not have yet, in one
transaction."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from rasa.core.tracker_store import SQLTrackerStore
from sqlalchemy.exc import DBAPIError, OperationalError

from bot.dialogue import action_validation, model_loading
from bot.dialogue.session_bound import new_session_events

log = logging.getLogger(__name__)

# Rasa imports this module (endpoints.yml) before it loads the model and before its first
# message: from then on it loads its TensorFlow models without a training step
# (bot/dialogue/model_loading.py) and validates action answers with one precompiled
# validator (bot/dialogue/action_validation.py).
model_loading.install()
action_validation.install()

RETRY_SECONDS = 30.0
FIRST_WAIT, MAX_WAIT = 0.2, 2.0  # seconds between tries, doubling
T = TypeVar("T")


def _is_connection_problem(exc: Exception) -> bool:
    """A dropped or refused connection (server restarting), not a bad query."""
    return isinstance(exc, OperationalError) or bool(getattr(exc, "connection_invalidated", False))


async def patiently(call: Callable[..., Awaitable[T]], *args: Any, seconds: float = RETRY_SECONDS) -> T:
    """`await call(*args)`, retried while the database is unreachable, for up to `seconds`;
    then (or for any other error) the error is raised."""
    deadline = time.monotonic() + seconds
    wait = FIRST_WAIT
    while True:
        try:
            return await call(*args)
        except DBAPIError as exc:
            if not _is_connection_problem(exc) or time.monotonic() + wait > deadline:
                raise
            log.warning("tracker store: database unreachable (%s); retry in %.1fs", type(exc).__name__, wait)
            await asyncio.sleep(wait)
            wait = min(wait * 2, MAX_WAIT)


class PatientSQLTrackerStore(SQLTrackerStore):
    """SQLTrackerStore whose reads and writes wait out a database restart."""

    async def retrieve(self, sender_id: str):
        return await patiently(super().retrieve, sender_id)

    async def retrieve_full_tracker(self, conversation_id: str):
        return await patiently(super().retrieve_full_tracker, conversation_id)

    async def save(self, tracker) -> None:
        """Store the new events; after a complete turn of a long session, continue it in a new
        session (bot/dialogue/session_bound.py) so the work per message stays flat."""
        await patiently(super().save, tracker)
        carried = new_session_events(tracker)
        if carried:
            for event in carried:
                tracker.update(event)
            # Rasa's save writes what follows the events the database holds for the session
            await patiently(super().save, tracker)

    async def keys(self):
        return await patiently(super().keys)
