"""Where the note on a long message goes in the coach's reply: first, before the answer it is
about, so that the reader knows what the answer rests on before reading it. Stop 64 put it
between the answer and the feedback question; the fresh tester of stop 67 found it after the
card and wanted it before. Used by both channels (telegram/handlers.py, terminal/chat.py)."""

from __future__ import annotations


def with_long_note(replies: list[dict], note: str) -> list[dict]:
    """`replies` with a reply saying `note` in front of them. The replies themselves are not
    changed."""
    return [{"text": note}, *replies]
