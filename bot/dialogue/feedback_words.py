"""Is a typed message a verdict on the coach's last answer, and which one? NLU finds the
feedback intent but not always its `feedback_value` entity: "that didnt help at all" and
"dat hielp niet echt" got "Bij welk antwoord hoort je reactie?", and "nee daar heb ik niks
aan" was read as a plain "no". Their words say it: a negated or negative verdict is "down",
a positive one "up"; anything else is no verdict (None).

Pure Python (no Rasa), used by actions/feedback.py and actions/yes_no.py."""

from __future__ import annotations

import re

_DOWN = re.compile(
    r"\b(niet|nie|ni|geen|weinig)\s+(\w+\s+){0,2}(nuttig|bruikbaar|handig|geholpen|goed|duidelijk|relevant)\b|"
    r"\b(hielp|helpt|help|hielpen)\s+(me\s+|mij\s+)?(niet|nie|ni|niks|niets|geen)\b|"
    r"\b(niks|niets|weinig|geen (bal|zak|moer|fluit)) aan\b|\bslaat (nergens|kant noch wal) op\b|"
    r"\b(nutteloos|waardeloos|onzin|zinloos|klopt niet|klopt niks)\b|"
    r"\b(not|wasn'?t|isn'?t|hardly)\s+(\w+\s+){0,2}"
    r"(helpful|useful|relevant|right|clear|what i (asked|meant|needed))\b|"
    r"\b(did ?n[o']?t|didnt|doesn'?t|doesnt|does not|did not)\s+help\b|"
    r"\b(no help|useless|unhelpful|pointless)\b|"
    r"\bmissed the point\b|\bwrong answer\b",
    re.IGNORECASE,
)
_UP = re.compile(
    r"\b(nuttig|bruikbaar|handig|hielp|helpt|geholpen|duidelijk|top|super|goede? (tip|antwoord|advies))\b|"
    r"\b(helpful|useful|helped|great (tip|answer|advice)|spot on|exactly what i needed)\b",
    re.IGNORECASE,
)


def feedback_value(text: str | None) -> str | None:
    """"down", "up" or None for a typed message (lower or any case): "dat hielp niet echt"
    -> "down", "super tip, heel bruikbaar" -> "up", "nee" -> None."""
    text = " ".join((text or "").split())
    if _DOWN.search(text):
        return "down"
    if _UP.search(text):
        return "up"
    return None
