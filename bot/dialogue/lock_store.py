"""Rasa's Redis lock store, with its bookkeeping made atomic across Rasa servers. It runs
inside Rasa (its own virtualenv, Python 3.10: it imports only Rasa and redis-py) and
endpoints.yml names it as the lock store type when SERVICECOACH_LOCK_STORE_URL is set
(bot/stack/rasa_env.py).

Why: Rasa's RedisLockStore keeps one serialised ticket lock per conversation and changes it
by read-modify-write (get the lock, issue or remove a ticket, save it back). Two servers
that receive messages of one conversation at the same moment both read "no lock", both
issue ticket 0, and both handle their message at once; the later tracker save then drops
the other's user event (seen in tests/e2e/test_production_profile.py; Rasa issue #9213;
the fix upstream, ConcurrentRedisLockStore, is not in Rasa Open Source 3.6). Here every
read-modify-write of a conversation's lock runs under a short Redis mutex (redis-py's
`Lock`: SET NX with an expiry), so tickets are issued one by one and the conversation's
messages are handled one after the other, in ticket order.

And a turn whose ticket is gone no longer waits for ever: Rasa's wait loop asks "is my
ticket the first one?", so a waiter whose ticket expired (it waited longer than the lock
lifetime, e.g. behind a turn stalled by a database restart) or was lost spins on the lock
without end (seen with Rasa's own store: a ticket list emptied by a lost update, a waiter
polling it for good). Here it gives up with Rasa's LockError instead; the channel retries
the message under its message id."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore

MUTEX_SECONDS = 10.0  # a holder that died frees the mutex after this long
MUTEX_WAIT = 10.0  # how long a server waits for the mutex before it gives up (LockError)
MUTEX_POLL = 0.005  # seconds between two tries for a held mutex (redis-py's default, 0.1 s, added
# up to a tenth of a second to a contended message; a holder keeps it for one Redis round trip)


class AtomicRedisLockStore(RedisLockStore):
    """RedisLockStore whose ticket bookkeeping is atomic per conversation.

    Rasa creates it from endpoints.yml with `endpoint_config` (url = host; port, db,
    password as keyword arguments), as it does for its own Redis lock store."""

    def __init__(self, endpoint_config: Any = None, **kwargs: Any) -> None:
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url, **endpoint_config.kwargs, **kwargs}
        super().__init__(**kwargs)

    def _mutex(self, conversation_id: str):
        return self.red.lock(
            f"{self.key_prefix}{conversation_id}:mutex",
            timeout=MUTEX_SECONDS,
            sleep=MUTEX_POLL,
            blocking_timeout=MUTEX_WAIT,
        )

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        with self._mutex(conversation_id):
            return super().issue_ticket(conversation_id, lock_lifetime)

    def update_lock(self, conversation_id: str) -> None:
        with self._mutex(conversation_id):
            super().update_lock(conversation_id)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        with self._mutex(conversation_id):
            super().cleanup(conversation_id, ticket_number)

    async def _acquire_lock(
        self, conversation_id: str, ticket: int, wait_time_in_seconds: float
    ) -> TicketLock:
        """Rasa's wait for `ticket`'s turn (polling every `wait_time_in_seconds`), ended with a
        LockError when the lock or the ticket itself (expired, removed) is gone.

        Raises:
            LockError: the ticket can never be served."""
        while True:
            lock = self.get_lock(conversation_id)
            if lock is None or not any(t.number == ticket and not t.has_expired() for t in lock.tickets):
                raise LockError(
                    f"Could not acquire lock for conversation '{conversation_id}': ticket {ticket} is gone."
                )
            if not lock.is_locked(ticket):
                return lock
            await asyncio.sleep(wait_time_in_seconds)
            self.update_lock(conversation_id)
