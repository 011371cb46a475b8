"""What a button on screen is, for a channel that lets people type instead of tap: its
kind (a self-check answer carries the value it answers with) and whether a typed line
names it by its title ("Nog een tip", "nuttig" for "👍 Nuttig", "eens" for "4 · Eens") or,
where the buttons carry no keys of their own (Telegram), by its place ("2" for the second)."""

from __future__ import annotations

import re

from bot.dialogue import payloads

ANSWER_INTENT = "selfcheck_answer"
Choice = tuple[str, str]  # (title, payload)


def answer_value(payload: str) -> int | None:
    """The scale value a self-check answer button carries, else None (any other button)."""
    parsed = payloads.parse(payload)
    if parsed is None or parsed.intent != ANSWER_INTENT:
        return None
    raw = str(parsed.entity("selfcheck_value") or "")
    return int(raw) if re.fullmatch(r"-?[0-9]{1,3}", raw) else None


def plain(text: str) -> str:
    """A title or typed line as compared: letters and digits only (no emoji, no
    punctuation), lower case, single spaces."""
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def by_title(text: str, choices: list[Choice]) -> str | None:
    """The payload of the choice whose title `text` types out, else None. An answer button
    "4 · Eens" is also named by its label alone ("eens"); a bare number names no title."""
    typed = plain(text)
    if not typed or typed.isdigit():
        return None
    for title, payload in choices:
        label = re.sub(r"^[0-9]+ ", "", plain(title)) if answer_value(payload) is not None else None
        if plain(title) == typed or label == typed:
            return payload
    return None


# "2", "2.", "2)", "(2)", "nr 2", "optie 2", "#2": a place in the list, as people type a pick
_PLACE = re.compile(
    r"\(?\s*(?:nr\.?|nummer|number|no\.?|optie|option|keuze|choice|#)?\s*([0-9]{1,2})\s*[).:]?\s*\)?"
)


def by_position(text: str, choices: list[Choice]) -> str | None:
    """The payload of the choice at the place `text` names, counted from 1 in the order shown
    ("2" for the second button), else None. For a channel whose buttons show no numbers
    (Telegram): "Welke bedoel je? Kies er een of typ het nummer" asks for one. Never for
    self-check answer buttons: there "2" is the answer 2 on the scale, read by the action."""
    match = _PLACE.fullmatch(text.strip().casefold())
    if match is None or not choices or any(answer_value(p) is not None for _, p in choices):
        return None
    place = int(match.group(1))
    return choices[place - 1][1] if 1 <= place <= len(choices) else None
