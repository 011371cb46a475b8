"""Long texts cut into pieces a chat message can hold, at paragraph boundaries where
possible. Every channel's replies, the weekly tips, admin notices and the report use it.
Sizes are counted the strictest way a channel counts them: UTF-16 code units of the
HTML-escaped text (Telegram's rule), so a piece fits whatever the channel does with it."""

from __future__ import annotations

import html
import re

TEXT_LIMIT = 4096  # Telegram's limit for one message; others allow more
# Where to cut a long text, best first: paragraphs, lines, sentences, words.
_SEPARATORS = (
    (re.compile(r"\n\s*\n"), "\n\n"),
    (re.compile(r"\n"), "\n"),
    (re.compile(r"(?<=[.!?…])\s+"), " "),
    (re.compile(r"\s+"), " "),
)


def size(text: str) -> int:
    """UTF-16 code units of the HTML-escaped text; errs on the safe side for plain text."""
    return len(html.escape(text, quote=False).encode("utf-16-le")) // 2


def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Pieces (stripped, none empty) whose size() fits the limit, cut at paragraphs,
    then lines, then sentences, then words; only a single overlong word is cut mid-word."""
    text = text.strip()
    if size(text) <= limit:
        return [text] if text else []
    for separator, joiner in _SEPARATORS:
        parts = [p.strip("\n") for p in separator.split(text) if p.strip()]
        if len(parts) > 1:
            return _pack(parts, joiner, limit)
    # one unbroken run of characters: cut it
    pieces, current = [], ""
    for char in text:
        if size(current + char) > limit:
            pieces.append(current)
            current = ""
        current += char
    return pieces + ([current] if current else [])


def _pack(parts: list[str], joiner: str, limit: int) -> list[str]:
    pieces: list[str] = []
    current = ""
    for part in parts:
        candidate = f"{current}{joiner}{part}" if current else part
        if size(candidate) <= limit:
            current = candidate
            continue
        if current:
            pieces.append(current)
        if size(part) <= limit:
            current = part
        else:
            *whole, current = split_text(part, limit)
            pieces.extend(whole)
    if current:
        pieces.append(current)
    return pieces
