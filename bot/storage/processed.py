"""Exactly once: a record of the side effects already done for an incoming message, so a
redelivered Telegram update, a double-sent request or the dialogue client's retry after a
crash never stores an answer, a question, feedback or a tip twice.

A message is known by the id its channel gives it (Telegram: the update's message id;
terminal: a uuid per typed line; see bot/dialogue/metadata.py). Each effect is claimed
once per (sender, message id, effect); the claim is kept for KEEP_DAYS days."""

from __future__ import annotations

import hashlib
import itertools
from datetime import timedelta

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.storage.db import sessions
from bot.storage.models import ProcessedMessage, now

KEEP_DAYS = 7  # a retry or redelivery comes within minutes; Telegram keeps updates 24 h
_EXPIRE_EVERY = 200  # claims between two clean-ups in a process


def claim_key(sender: str, message_id: str, effect: str) -> str:
    """The stored key: SHA-256 hex of the three parts (64 characters)."""
    return hashlib.sha256(f"{sender}\x1f{message_id}\x1f{effect}".encode()).hexdigest()


def claim_in(session: Session, key: str, result: str = "") -> str | None:
    """Inside the caller's transaction: None if `key` is new (claimed now), else the result
    stored the first time. Use it where the effect and the claim must commit together."""
    found = session.get(ProcessedMessage, key)
    if found is not None:
        return found.result
    session.add(ProcessedMessage(key=key, result=result[:64]))
    session.flush()
    return None


class ProcessedMessages:
    def __init__(self, url: str) -> None:
        self._sessions = sessions(url)
        self._claims = itertools.count()

    def claim(self, sender: str, message_id: str | None, effect: str, result: str = "") -> str | None:
        """None when the effect should run (first time, or no message id to know it by),
        else the result stored the first time (the effect already ran: skip it)."""
        if not message_id:
            return None
        if next(self._claims) % _EXPIRE_EVERY == 0:
            self.expire()
        key = claim_key(sender, message_id, effect)
        try:
            with self._sessions.begin() as s:
                return claim_in(s, key, result)
        except IntegrityError:  # the same message at the same moment from another process
            with self._sessions() as s:
                found = s.get(ProcessedMessage, key)
                return found.result if found is not None else ""

    def expire(self, days: int = KEEP_DAYS) -> int:
        """Delete claims older than `days`; the number deleted."""
        cutoff = now() - timedelta(days=days)
        with self._sessions.begin() as s:
            return s.execute(delete(ProcessedMessage).where(ProcessedMessage.created_at < cutoff)).rowcount
