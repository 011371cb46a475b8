"""Rasa's replies as Telegram messages: text HTML-escaped (Rasa's text is plain, and
`<` or `&` in it must not break parse mode), split under Telegram's 4096-character limit
at paragraph boundaries, buttons as inline keyboards, images as photos."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
# Where to cut a long text, best first: paragraphs, lines, sentences, words.
_SEPARATORS = (
    (re.compile(r"\n\s*\n"), "\n\n"),
    (re.compile(r"\n"), "\n"),
    (re.compile(r"(?<=[.!?…])\s+"), " "),
    (re.compile(r"\s+"), " "),
)


@dataclass
class Outgoing:
    """One Telegram message: HTML text, or a photo with an optional caption."""

    html: str = ""
    photo: str | None = None  # a file:// URL, a path or an http(s) URL
    buttons: list[tuple[str, str]] = field(default_factory=list)  # (title, Rasa payload)


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def _size(text: str) -> int:
    """Telegram counts UTF-16 code units; counting the escaped form errs on the safe side."""
    return len(escape(text).encode("utf-16-le")) // 2


def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Pieces whose escaped form fits the limit, cut at paragraphs, then lines, then
    sentences, then words; only a single overlong word is cut mid-word."""
    text = text.strip()
    if _size(text) <= limit:
        return [text] if text else []
    for separator, joiner in _SEPARATORS:
        parts = [p.strip("\n") for p in separator.split(text) if p.strip()]
        if len(parts) > 1:
            return _pack(parts, joiner, limit)
    # one unbroken run of characters: cut it
    pieces, current = [], ""
    for char in text:
        if _size(current + char) > limit:
            pieces.append(current)
            current = ""
        current += char
    return pieces + ([current] if current else [])


def _pack(parts: list[str], joiner: str, limit: int) -> list[str]:
    pieces: list[str] = []
    current = ""
    for part in parts:
        candidate = f"{current}{joiner}{part}" if current else part
        if _size(candidate) <= limit:
            current = candidate
            continue
        if current:
            pieces.append(current)
        if _size(part) <= limit:
            current = part
        else:
            *whole, current = split_text(part, limit)
            pieces.extend(whole)
    if current:
        pieces.append(current)
    return pieces


def to_outgoing(replies: list[dict]) -> list[Outgoing]:
    """Each Rasa message becomes one or more Telegram messages; its buttons go on the last."""
    out: list[Outgoing] = []
    for reply in _with_captions(replies):
        text = str(reply.get("text") or "").strip()
        buttons = [
            (str(b.get("title") or b.get("payload") or "?"), str(b.get("payload") or b.get("title") or ""))
            for b in reply.get("buttons") or []
        ]
        image = reply.get("image")
        messages: list[Outgoing] = []
        if image:
            if text and _size(text) <= CAPTION_LIMIT:
                messages.append(Outgoing(html=escape(text), photo=str(image)))
            else:
                messages += [Outgoing(html=escape(piece)) for piece in split_text(text)]
                messages.append(Outgoing(photo=str(image)))
        elif text:
            messages += [Outgoing(html=escape(piece)) for piece in split_text(text)]
        elif buttons:
            messages.append(Outgoing(html="…"))
        if messages:
            messages[-1].buttons = buttons
        out += messages
    return out


def _with_captions(replies: list[dict]) -> list[dict]:
    """Rasa's REST channel sends `utter_message(text=..., image=...)` as two messages;
    in Telegram the text belongs under the photo, as its caption."""
    merged: list[dict] = []
    for reply in replies:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and reply.get("image")
            and not reply.get("text")
            and previous.get("text")
            and not previous.get("image")
            and not previous.get("buttons")
            and not previous.get("custom")
        ):
            merged[-1] = {**previous, "image": reply["image"], "buttons": reply.get("buttons") or []}
        else:
            merged.append(reply)
    return merged


def keyboard(buttons: list[tuple[str, str]], encode: Callable[[str], str]) -> InlineKeyboardMarkup | None:
    """One button per row: titles are often whole questions."""
    if not buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(title[:120], callback_data=encode(payload))] for title, payload in buttons]
    )
