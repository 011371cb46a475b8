"""A message made only of some words: at least one key phrase, and otherwise nothing but
small words around it and punctuation ("sorry verkeerde plak", "kan het wat korter?").
Shared by bot/dialogue/slip_words.py and bot/dialogue/shorter_request.py. Pure Python."""

from __future__ import annotations

import re

__all__ = ["made_only_of"]


def made_only_of(keys: str, around: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(key, whole) patterns for the regex alternations `keys` and `around`: `key` finds a key
    phrase anywhere, `whole` matches a text made only of key phrases and `around` words
    between any punctuation. Both ignore case; a key may end in a non-word character
    ("tl;dr")."""
    key = re.compile(rf"\b({keys})(?!\w)", re.IGNORECASE)
    whole = re.compile(rf"^(?:[\W_]*(?:\b(?:{keys})(?!\w)|\b(?:{around})\b))+[\W_]*$", re.IGNORECASE)
    return key, whole
