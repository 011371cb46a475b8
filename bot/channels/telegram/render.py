"""Rasa's replies as Telegram messages: text HTML-escaped (Rasa's text is plain, and
`<` or `&` in it must not break parse mode), split under Telegram's 4096-character limit
at paragraph boundaries, buttons as inline keyboards, images as photos."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.dialogue.split import size, split_text

CAPTION_LIMIT = 1024  # Telegram counts UTF-16 code units, as size() does


@dataclass
class Outgoing:
    """One Telegram message: HTML text, or a photo with an optional caption."""

    html: str = ""
    photo: str | None = None  # a file:// URL, a path or an http(s) URL
    buttons: list[tuple[str, str]] = field(default_factory=list)  # (title, Rasa payload)


def escape(text: str) -> str:
    return html.escape(text, quote=False)


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
            if text and size(text) <= CAPTION_LIMIT:
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
