"""Tell Dutch from English, and say so only when sure: a bare "ok" or "4" keeps the
language the conversation already has."""

from __future__ import annotations

import re
from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

_CODES = {Language.DUTCH: "nl", Language.ENGLISH: "en"}
_WORD = re.compile(r"[^\W\d_]{2,}")


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_CODES).build()


def detect_language(text: str, min_confidence: float = 0.7) -> str | None:
    """'nl', 'en', or None when the text is too short or too mixed to tell."""
    if len(_WORD.findall(text or "")) < 2:
        return None
    values = _detector().compute_language_confidence_values(text[:1000])
    if not values or values[0].value < min_confidence:
        return None
    return _CODES.get(values[0].language)
