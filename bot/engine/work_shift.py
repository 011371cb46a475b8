"""A work shift is no paradigm shift: "mijn shift was echt zwaar vandaag", "how do i start my
shift well" and "de derde shift deze week was zwaar" were answered, sure at 0.85-0.98, with the
overview of the ten paradigm shifts, whose articles are full of the word "shift" (tester
round of stop 51). `as_work_shift(text, lang)` writes a "shift" that is a stretch of work as
the article's word for it ("dienst"; "workday" in English) before the search reads the
message. A message that speaks of paradigm shifts, or asks what a shift is, keeps the word.

Pure Python, used by bot/engine/search.py."""

from __future__ import annotations

import re

from bot.engine.named_concept import asks_what

__all__ = ["as_work_shift"]

# the words before "shift" that make it a stretch of work: whose, which, when, how long
_BEFORE = (
    r"mijn|m'n|mn|me|je|jouw|uw|onze|ons|deze|die|elke|iedere|vorige|volgende|vroege|late|lange|hele|zware|"
    r"drukke|rustige|laatste|eerste|tweede|derde|nacht|dag|avond|ochtend|weekend|tijdens|na|voor|per|"
    r"my|your|our|this|that|every|each|next|last|early|late|long|whole|busy|quiet|double|night|day|"
    r"evening|morning|weekend|after|before|during|per|first|second|third"
)
WORK_SHIFT = re.compile(rf"(?<!\w)(?P<before>(?:{_BEFORE})\s+)shift(?P<plural>s)?(?!\w)", re.IGNORECASE)
# a message about the paradigm shifts themselves
_PARADIGM = re.compile(
    r"paradigm|paradigma|\b(?:tien|10|ten)\s+shifts\b|excelleren in service", re.IGNORECASE
)
_WORD = {"nl": "dienst", "en": "workday"}
_PLURAL = {"nl": "diensten", "en": "workdays"}


def as_work_shift(text: str, lang: str) -> str:
    """`text` with each "shift" that is a stretch of work (after "mijn", "tijdens", "late",
    "my", "during" ...) written as "dienst" (nl) or "workday" (en); `text` itself when it
    speaks of paradigm shifts or asks what something is ("wat is de derde shift")."""
    if _PARADIGM.search(text) or asks_what(text):
        return text
    word, plural = _WORD.get(lang, "dienst"), _PLURAL.get(lang, "diensten")
    return WORK_SHIFT.sub(lambda m: m.group("before") + (plural if m.group("plural") else word), text)
