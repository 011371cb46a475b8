"""Count distinct people without storing who they are: each logged answer and gap carries
an asker key = HMAC-SHA256(salt of the day, sender id), cut to 16 hex characters. The salt
is random, lives only in this process's memory and is replaced when the UTC day changes,
so keys of different days (or of before a restart) cannot be linked to each other or to a
sender, and the salt is never stored with the data. The report counts distinct keys per
topic: one admin testing a question fifty times in a day counts once."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from datetime import date

from bot.storage.models import now

_lock = threading.Lock()
_salt: tuple[date, bytes] | None = None


def _salt_of(day: date) -> bytes:
    global _salt
    with _lock:
        if _salt is None or _salt[0] != day:
            _salt = (day, secrets.token_bytes(32))  # yesterday's salt is gone from here on
        return _salt[1]


def asker_key(sender_id: str, day: date | None = None) -> str:
    """16 hex characters, the same for one sender within one UTC day (and process)."""
    salt = _salt_of(day or now().date())
    return hmac.new(salt, sender_id.encode("utf-8"), hashlib.sha256).hexdigest()[:16]
