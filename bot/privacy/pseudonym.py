"""The sender id Rasa sees: an HMAC of the Telegram user id, so conversations, answers
and profiles are stored under a pseudonym that cannot be reversed without the key."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

KEY_FILE = "telegram-hash.key"
PREFIX = "tg-"


def load_or_create_key(configured: str, var_dir: Path) -> bytes:
    """The key from SERVICECOACH_TELEGRAM_HASH_KEY, else one made once and kept in var/
    (0600). Losing it means users start afresh, so it is never regenerated silently."""
    if configured:
        return configured.encode()
    path = var_dir / KEY_FILE
    if path.exists():
        return path.read_text().strip().encode()
    var_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it just now
        return path.read_text().strip().encode()
    with os.fdopen(fd, "w") as out:
        out.write(key + "\n")
    return key.encode()


class Pseudonyms:
    def __init__(self, key: bytes) -> None:
        self._key = key

    def sender_id(self, telegram_user_id: int) -> str:
        digest = hmac.new(self._key, str(int(telegram_user_id)).encode(), hashlib.sha256).hexdigest()
        return PREFIX + digest[:32]
