"""Turn Rasa's REST replies into terminal text: buttons become choices to type.

Which key picks which button depends on what is on screen. While a self-check statement
is on screen its answer buttons are keyed by their own value ("4" is the score 4, on any
scale) and every other button (related topics, 👍/👎, stop) by a letter, so a number
meant as a score can never pick another button. Without a statement, buttons are
numbered 1, 2, 3, except the 👍/👎 rating buttons, which get letters (a, b): a number then
always means a place in the list, never a rating (stop 59: after a list of seven, "9" was
the 👎 of the answer instead of "that list runs from 1 to 7"). A button can also be picked
by typing its title ("Nog een tip", "nuttig")."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field

from bot.dialogue import payloads
from bot.dialogue.choices import answer_value, by_title, place_named
from bot.i18n import t


@dataclass
class Rendered:
    lines: list[str] = field(default_factory=list)
    choices: list[tuple[str, str]] = field(default_factory=list)  # (title, payload)


def _rates(payload: str) -> bool:
    """Whether the button rates an answer (👍/👎: the feedback intent)."""
    parsed = payloads.parse(payload)
    return parsed is not None and parsed.intent == payloads.FEEDBACK


def choice_keys(choices: list[tuple[str, str]]) -> list[str]:
    """The key to type for each choice, in order: with answer buttons on screen, their
    value for them and a, b, c... for the others; otherwise 1, 2, 3... for the list's
    buttons and a, b... for the 👍/👎 rating buttons (never a number: "9" after a list of
    seven is a place past its end, not 👎)."""
    values = [answer_value(p) for _, p in choices]
    letters = iter(string.ascii_lowercase)
    if not any(v is not None for v in values):
        numbers = iter(range(1, len(choices) + 1))
        return [next(letters, "?") if _rates(p) else str(next(numbers)) for _, p in choices]
    return [str(v) if v is not None else next(letters, "?") for v in values]


def render(messages: list[dict], lang: str = "nl") -> Rendered:
    out = Rendered()
    for message in messages:
        if message.get("text"):
            out.lines.append(str(message["text"]))
        if message.get("image"):
            image = str(message["image"])
            shown = image.removeprefix("file://") if image.startswith("file://") else image
            out.lines.append(t("image_saved", lang, path=shown))
        for button in message.get("buttons") or []:
            title = str(button.get("title") or button.get("payload") or "?")
            out.choices.append((title, str(button.get("payload") or title)))
    if out.choices:
        keys = choice_keys(out.choices)
        out.lines.append(
            "\n".join(f"  {k}) {title}" for k, (title, _) in zip(keys, out.choices, strict=True))
        )
    return out


_CHOICE = re.compile(r"[0-9]{1,3}|[a-z]")  # ASCII only: "²".isdigit() is true but int("²") fails
_LOOKS_LIKE_CHOICE = re.compile(r"\(?\s*(?:nr\.?|nummer|number|no\.?|optie|option|keuze|choice)?\s*"
                                r"([0-9]{1,3}|[a-z])\s*[).:]?\s*\)?")  # fmt: skip


def resolve_choice(text: str, choices: list[tuple[str, str]]) -> str:
    """The payload of the button that `text` picks: its key on screen (see choice_keys), its
    title typed out (or what `by_title` reads as naming it: "principe 3", "de tweede" in one
    menu, a clear part of a title) or its number on screen in words ("de derde"); anything
    else ("²", "٣", "0", "99", a 5000-digit number, a question) is returned as typed, so the
    coach answers it as text."""
    stripped = text.strip()
    lowered = stripped.lower()
    # "2", and the same key written as people write a pick: "2.", "2)", "(2)", "nr 2", "optie b"
    written = _LOOKS_LIKE_CHOICE.fullmatch(lowered)
    key_typed = written.group(1) if written else lowered
    if choices and _CHOICE.fullmatch(key_typed):
        for key, (_, payload) in zip(choice_keys(choices), choices, strict=True):
            if key == key_typed:
                return payload
    picked = by_title(stripped, choices)  # also "principe 3", "shift 5" for its button
    if picked is not None:
        return picked
    # "de derde", "da eerste", "the third one": the choice shown as 3), 1) (numbers on screen
    # only: a statement's answer buttons count only when nothing else is on screen)
    place = place_named(stripped)
    keys = choice_keys(choices)
    numbered = choices if all(k.isdigit() for k in keys) else _numbered(choices)
    if place == -1 and numbered:  # "de laatste", "the last one"
        return numbered[-1][1]
    if place is not None and 0 < place <= len(numbered):
        return numbered[place - 1][1]
    return text


def _numbered(choices: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The choices keyed 1, 2, 3... (a list), in order; [] while a statement's answer buttons
    are on screen (their keys are scores, not places)."""
    if any(answer_value(p) is not None for _, p in choices):
        return []
    return [c for c, key in zip(choices, choice_keys(choices), strict=True) if key.isdigit()]


def choice_hint(text: str, choices: list[tuple[str, str]], lang: str) -> str | None:
    """A short hint about the choices on screen when `text` looks like an attempt to pick
    one that picks nothing ("7" with three choices, "1)", "nr 2", "b" without letters);
    None when it picks a choice or is something else (a question, an answer in words)."""
    if not choices or resolve_choice(text, choices) != text:
        return None
    match = _LOOKS_LIKE_CHOICE.fullmatch(text.strip().lower())
    if match is None:
        return None
    numbered = _numbered(choices)
    if match.group(1).isdigit() and len(numbered) >= 2:
        # "9" after a list of seven (and 👍/👎): "Kies 1 tot 7 ...", the list's range only
        return t("choice_hint", lang, choices=t("choice_range", lang, first="1", last=str(len(numbered))))
    return _hint(choices, lang)


def _hint(choices: list[tuple[str, str]], lang: str) -> str:
    keys = choice_keys(choices)
    numbers = sorted((k for k in keys if k.lstrip("-").isdigit()), key=int)
    letters = [k for k in keys if k.isalpha()]
    parts = []
    if numbers:
        parts.append(
            numbers[0] if len(numbers) == 1 else t("choice_range", lang, first=numbers[0], last=numbers[-1])
        )
    if letters:
        parts.append(
            letters[0] if len(letters) == 1 else t("choice_range", lang, first=letters[0], last=letters[-1])
        )
    shown = parts[0] if len(parts) == 1 else t("choice_or", lang, a=parts[0], b=parts[1])
    return t("choice_hint", lang, choices=shown)
