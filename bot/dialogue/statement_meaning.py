"""A question about what the self-check statement on screen means: "wat betekent dat eigenlijk,
ergernissen in hun eigen woorden?" with "Ik kan de drie grootste ergernissen van onze klanten
noemen, in hun eigen woorden." on screen was refused as a question and the statement came again
(tester round of stop 65). The coach says which topic the statement is about, in a line, and asks
it again (actions/advice.py `answered_as_selfcheck_answer`).

It must ask what something means ("betekent", "bedoeld", "mean", "meant") and point at the
statement: "dat", "dit", "deze stelling", "that", "this", or a word of the statement itself. "wat
betekent NPS?" mid-check names no word of the statement: a question of its own, searched as any.
"wat bedoel je?" alone is bot/selfchecks/not_understood.py's. Pure Python (no Rasa)."""

from __future__ import annotations

import re

__all__ = ["asks_what_it_means"]

_MEANING = re.compile(
    r"\b(?:wat\s+(?:betekent|betekenen|betekend|beteken|bedoel(?:t|d|de)?\s+(?:je|jij|ge|u|jullie)\s+(?:met|mee)"
    r"|wordt\s+(?:er\s+)?(?:bedoeld|bedoelt)|word\s+(?:er\s+)?bedoeld|houdt\s+(?:dat|dit|het)\s+in)"
    r"|wat\s+(?:[^\W\d_]+\s+){1,4}(?:betekent|betekenen)"
    r"|what\s+(?:does|do|did)\s+(?:[^\W\d_']+\s+){1,5}mean"
    r"|what\s+(?:is|'?s)\s+meant|what\s+(?:is|'?s)\s+the\s+meaning|what\s+(?:\w+\s+){0,4}means"
    r"|betekenis\s+van|meaning\s+of)\b",
    re.IGNORECASE,
)
_POINTS_AT_IT = re.compile(
    r"\b(?:dat|dit|het|da|die|deze|hier|that|this|it|here)\b(?:\s+(?:stelling|uitspraak|vraag|zin|statement|question))?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]{5,}")


def asks_what_it_means(text: str | None, statement: str) -> bool:
    """True when `text` asks what the statement on screen, or a word of it, means."""
    said = " ".join((text or "").split())
    if not said or _MEANING.search(said) is None:
        return False
    own = {w.casefold() for w in _WORD.findall(statement)}
    shares_a_word = any(w.casefold() in own for w in _WORD.findall(said))
    return shares_a_word or _POINTS_AT_IT.search(said) is not None
