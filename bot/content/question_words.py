"""Does a typed message (or a clause of it) ask something? One list of the question words
that open a question in Dutch and English, shared by the actions that must tell a question
from something else: a verdict on the last answer ("wat helpt tegen stress?" is no praise,
actions/help.py) and a question typed beside a language request ("and in english? what are
the four levels", actions/language.py).

Pure Python (no Rasa)."""

from __future__ import annotations

import re

# question words and the verbs a yes/no question opens with, Dutch then English
QUESTION_WORD = (
    r"(?:wat|hoe|wie|waarom|welke?|wanneer|waar|kan|kun|mag|moet|"
    r"what|how|who|why|which|when|where|can|could|may|should|does|do|is|are)"
)
_OPENS_WITH = re.compile(rf"^\W*{QUESTION_WORD}\b", re.IGNORECASE)
# a clause ends at punctuation, or at "and"/"en"/"then"/"dan" before a question word
_CLAUSE_BREAK = re.compile(rf"[?.!:;,]+\s*|\s+(?:and|en|then|dan)\s+(?={QUESTION_WORD}\b)", re.IGNORECASE)


def opens_with_question_word(text: str) -> bool:
    """True when `text` starts (after any punctuation) with a question word: "hoe ga ik ...",
    "can you ...", "wat helpt tegen stress"."""
    return _OPENS_WITH.match(text) is not None


def asks(text: str) -> bool:
    """True when `text` holds a question mark or opens with a question word."""
    return "?" in text or opens_with_question_word(text)


def clauses(text: str) -> list[str]:
    """`text` split into clauses (stripped, none empty): "and in english? what are the four
    levels" -> ["and in english", "what are the four levels"]."""
    return [c.strip() for c in _CLAUSE_BREAK.split(text) if c and c.strip()]
