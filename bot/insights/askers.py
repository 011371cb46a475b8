"""Count distinct people without storing who they are: each logged answer and gap carries
an asker key = HMAC-SHA256(salt of the day, sender id), cut to 16 hex characters. The salt
is random, lives only in this process's memory and is replaced when the UTC day changes,
so stored keys of different days (or of before a restart) cannot be linked to each other or
to a sender, and the salt is never stored with the data. The report counts distinct keys per
topic: one admin testing a question fifty times in a day counts once.

At midnight the day before's salt is kept aside in memory for one more day (KEPT_DAYS), never
stored and never used to make a key to log with: only so that an edit sent after midnight UTC
finds the gaps its original logged the day before (`keys_since`, actions/followup.py
`read_edit_as_replacement`; stop 61)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from datetime import date, datetime

from bot.storage.models import now

_lock = threading.Lock()
KEPT_DAYS = 2  # the day before's salt is held for edits until the day after that begins
_salt: tuple[date, bytes] | None = None  # the salt keys are made with: (UTC day, salt)
_previous: tuple[date, bytes] | None = None  # the day before's, for `keys_since` only


def _salt_of(day: date) -> bytes:
    """The salt of UTC day `day`: the one held when it is that day's, else a new one. When the
    new day is the next one, the old salt is kept aside for `keys_since`; otherwise it is gone."""
    global _salt, _previous
    with _lock:
        if _salt is None or _salt[0] != day:
            next_day = _salt is not None and (day - _salt[0]).days == 1
            _previous = _salt if next_day else None  # yesterday's salt: never used to make a key again
            _salt = (day, secrets.token_bytes(32))
        return _salt[1]


def _key(salt: bytes, sender_id: str) -> str:
    return hmac.new(salt, sender_id.encode("utf-8"), hashlib.sha256).hexdigest()[:16]


def asker_key(sender_id: str, day: date | None = None) -> str:
    """16 hex characters, the same for one sender within one UTC day (and process)."""
    return _key(_salt_of(day or now().date()), sender_id)


def keys_since(sender_id: str, since: datetime) -> list[str]:
    """The keys the sender's gaps logged since `since` (naive UTC) can carry: made with the salt
    held and the day before's (kept aside at midnight), of days from `since`'s on and less than
    KEPT_DAYS before today; the day before's first. Makes no salt, and drops a day before's that
    is too old."""
    global _previous
    today = now().date()
    with _lock:
        if _previous is not None and (today - _previous[0]).days >= KEPT_DAYS:
            _previous = None
        held = [
            salt
            for salt in (_previous, _salt)
            if salt is not None and salt[0] >= since.date() and (today - salt[0]).days < KEPT_DAYS
        ]
    return [_key(salt, sender_id) for _, salt in held]
