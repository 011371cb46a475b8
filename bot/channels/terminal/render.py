"""Turn Rasa's REST replies into terminal text: buttons become numbered choices."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.i18n import t


@dataclass
class Rendered:
    lines: list[str] = field(default_factory=list)
    choices: list[tuple[str, str]] = field(default_factory=list)  # (title, payload)


def render(messages: list[dict]) -> Rendered:
    out = Rendered()
    for message in messages:
        if message.get("text"):
            out.lines.append(str(message["text"]))
        if message.get("image"):
            image = str(message["image"])
            shown = image.removeprefix("file://") if image.startswith("file://") else image
            out.lines.append(t("image_saved", "en", path=shown))
        for button in message.get("buttons") or []:
            title = str(button.get("title") or button.get("payload") or "?")
            out.choices.append((title, str(button.get("payload") or title)))
    if out.choices:
        out.lines.append("\n".join(f"  {n}) {title}" for n, (title, _) in enumerate(out.choices, 1)))
    return out


_CHOICE = re.compile(r"[0-9]{1,3}")  # ASCII digits: "²".isdigit() is true but int("²") fails


def resolve_choice(text: str, choices: list[tuple[str, str]]) -> str:
    """A bare number (ASCII digits) on the list picks a button; anything else ("²", "٣",
    "0", "99", a 5000-digit number) is sent as typed, so the coach answers it as text."""
    stripped = text.strip()
    if _CHOICE.fullmatch(stripped) and 1 <= int(stripped) <= len(choices):
        return choices[int(stripped) - 1][1]
    return text
