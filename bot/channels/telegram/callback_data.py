"""Button payloads as Telegram callback data, which may be at most 64 bytes. Short
payloads travel as they are; longer ones (a question as a button, a payload with JSON
entities) are stored under a hash key, in the database so buttons keep working after
a restart. Payloads come from the coach, never from users, so nothing personal is kept."""

from __future__ import annotations

import base64
import hashlib

from bot.storage.db import sessions
from bot.storage.models import CallbackPayload

LIMIT = 64  # bytes, Telegram's limit for callback_data
RASA = "r:"  # the payload itself follows
STORED = "h:"  # a key into the table follows
LOCAL = "x:"  # an action of the bot itself (e.g. confirming /forget), never sent to Rasa


class CallbackStore:
    def __init__(self, url: str) -> None:
        self._sessions = sessions(url)
        self._cache: dict[str, str] = {}

    def encode(self, payload: str) -> str:
        direct = RASA + payload
        if len(direct.encode()) <= LIMIT:
            return direct
        key = base64.urlsafe_b64encode(hashlib.sha256(payload.encode()).digest()).decode()[:32]
        if key not in self._cache:
            with self._sessions.begin() as s:
                if s.get(CallbackPayload, key) is None:
                    s.add(CallbackPayload(key=key, payload=payload))
            self._cache[key] = payload
        return STORED + key

    def decode(self, data: str) -> str | None:
        """The Rasa payload behind a button, or None for an unknown (stale) button."""
        if data.startswith(RASA):
            return data.removeprefix(RASA)
        if data.startswith(STORED):
            key = data.removeprefix(STORED)
            if key in self._cache:
                return self._cache[key]
            with self._sessions() as s:
                row = s.get(CallbackPayload, key)
            if row is not None:
                self._cache[key] = row.payload
                return row.payload
        return None


def local(action: str) -> str:
    return LOCAL + action


def local_action(data: str) -> str | None:
    return data.removeprefix(LOCAL) if data.startswith(LOCAL) else None
