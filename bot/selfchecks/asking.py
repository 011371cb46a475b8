"""Does a message ask for a self-check at all? NLU reads "mag ik zelf een korting geven" as
start_selfcheck ("zelf" sounds like "zelftest"); a request for a self-check names one: a
self-check word ("zelftest", "vragenlijst", "quiz", "scan", "toets", "assess myself") or
the title of a check. A message that names none is a question, and the start action
answers it as one."""

from __future__ import annotations

import re
from collections.abc import Iterable

_SELFCHECK_WORDS = re.compile(
    r"zelf ?(test|scan|check|evaluatie|onderzoek|beoordeling)\w*|"
    r"self[- ]?(check|test|assess|evaluat|scan)\w*|"
    r"\w*(test|toets|scan|quiz|vragenlijst|questionnaire|assessment)\w*|\bcheck\w*|"
    r"\bassess (my|me|myself)\b|\b(score|rate|evaluate|measure) (me|myself|my service)\b|"
    r"\b(meet|beoordeel|evalueer|toets|test) (mij|me|mezelf)\b|"
    r"\bhoe (goed|klantgericht|servicegericht) ben ik\b|"
    r"\bhow (good|customer[- ]focused|service[- ]minded) am i\b",
    re.IGNORECASE,
)


def names_a_selfcheck(text: str | None, titles: Iterable[str] = ()) -> bool:
    """True when `text` asks for a self-check in words: a self-check word, or one of
    `titles` (the checks' titles, any language, matched case-insensitively)."""
    text = " ".join((text or "").split())
    if _SELFCHECK_WORDS.search(text):
        return True
    low = text.lower()
    return any(title and title.lower() in low for title in titles)
