"""Where the note on a long message goes in the coach's reply: between the answer and the
feedback question ("Had je hier iets aan?" / "Was this helpful?") when the reply asks it, else
after the reply. The tester of stop 63 wanted it with the answer it is about, not after the
question that ends the reply. Used by both channels (telegram/handlers.py, terminal/chat.py)."""

from __future__ import annotations

from bot.i18n import LANGUAGES, t


def _asks_for_feedback(reply: dict) -> bool:
    text = str(reply.get("text") or "").strip()
    return bool(text) and any(text == t("feedback_ask", code).strip() for code in LANGUAGES)


def with_long_note(replies: list[dict], note: str) -> list[dict]:
    """`replies` with a reply saying `note` just before the first feedback question among them,
    or after the last one when there is none. The replies themselves are not changed."""
    placed = next((i for i, reply in enumerate(replies) if _asks_for_feedback(reply)), len(replies))
    return [*replies[:placed], {"text": note}, *replies[placed:]]
