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
messages are handled one after the other, in ticket order."""

from __future__ import annotations

from typing import Any

from rasa.core.lock_store import LOCK_LIFETIME, RedisLockStore

MUTEX_SECONDS = 10.0  # a holder that died frees the mutex after this long
MUTEX_WAIT = 10.0  # how long a server waits for the mutex before it gives up (LockError)


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
            f"{self.key_prefix}{conversation_id}:mutex", timeout=MUTEX_SECONDS, blocking_timeout=MUTEX_WAIT
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
