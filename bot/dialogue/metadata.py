"""The metadata every channel sends with a message in the REST body (Rasa passes it to the
actions as `tracker.latest_message["metadata"]`): which channel, the client's language hint,
and the message's id. The id names the user's message, not the request: a retry of the same
message (the client's RetryPolicy, a redelivered Telegram update) carries the same id, so
the actions can do each side effect once (bot/storage/processed.py)."""

from __future__ import annotations

import re
import uuid
from typing import Any

MESSAGE_ID = "message_id"
# the text of the message a tapped button sits under (its first BUTTON_UNDER_CHARS characters):
# the reply to a tap is in that message's language, not the last typed one's (stop 67)
BUTTON_UNDER = "button_under"
BUTTON_UNDER_CHARS = 500
_ID = re.compile(r"[A-Za-z0-9:._-]{1,64}")


def new_message_id() -> str:
    """A fresh id for a message that has none of its own (a typed terminal line)."""
    return uuid.uuid4().hex


def telegram_message_id(chat_id: int, message_id: int) -> str:
    """A Telegram message's id (unique per chat), e.g. "tg:123:45"."""
    return f"tg:{chat_id}:{message_id}"


def telegram_update_id(update_id: int) -> str:
    """A Telegram update's id (a button tap has no message of its own), e.g. "tgu:987"."""
    return f"tgu:{update_id}"


def telegram_callback_id(query_id: str) -> str:
    """A button tap's id (Telegram's callback query id, one per tap), e.g. "tgq:4711"."""
    return "tgq:" + "".join(c for c in str(query_id) if c.isascii() and c.isalnum())[:60]


def message_id_of(metadata: Any) -> str | None:
    """The message id in a metadata dict; None when absent or not of the expected shape
    (1-64 characters of letters, digits and : . _ -)."""
    if not isinstance(metadata, dict):
        return None
    value = metadata.get(MESSAGE_ID)
    return value if isinstance(value, str) and _ID.fullmatch(value) else None


def button_under_of(metadata: Any) -> str:
    """The text of the message the tapped button sits under (`BUTTON_UNDER`), "" when none."""
    value = metadata.get(BUTTON_UNDER) if isinstance(metadata, dict) else None
    return value[:BUTTON_UNDER_CHARS] if isinstance(value, str) else ""
