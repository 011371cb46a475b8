"""Tell Dutch from English, and say so only when sure: a bare "ok" or "4" keeps the
language the conversation already has."""

from __future__ import annotations

import re
from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

_CODES = {Language.DUTCH: "nl", Language.ENGLISH: "en"}
_WORD = re.compile(r"[^\W\d_]{2,}")

# Greetings, thanks and goodbyes typed on their own belong to one language, though they are
# too short for the detector ("goeiemorgen" was answered in English after an English turn).
# Only phrases of one language: "hey", "hi", "ok", "top", "super" keep the conversation's.
_GREETINGS = {
    "nl": frozenset(
        [
            *[
                "goeiemorgen",
                "goedemorgen",
                "goeienmorgen",
                "goeiemiddag",
                "goedemiddag",
                "goeienavond",
                "goedenavond",
                "goeiedag",
                "goedendag",
                "goeiendag",
                "morgen",
                "hallo",
                "hallootjes",
                "hallokes",
                "hoi",
                "hoihoi",
                "daag",
                "dagdag",
                "doei",
                "doeg",
                "houdoe",
                "bedankt",
                "dankjewel",
                "dankuwel",
                "dankje",
                "merci",
                "mercikes",
                "alsjeblieft",
                "alstublieft",
                "aub",
                "welterusten",
            ],
            "dag",
            "tot ziens",
            "dank je",
            "dank je wel",
            "dank u",
            "dank u wel",
            "goede morgen",
            "goeie morgen",
            "goeie middag",
            "goede middag",
            "goeie avond",
            "goede avond",
            "fijne dag",
            "fijne avond",
            "tot morgen",
            "tot later",
            "dag allemaal",
            "hallo allemaal",
        ]
    ),
    "en": frozenset(
        [
            *[
                "hello",
                "hiya",
                "howdy",
                "thanks",
                "thankyou",
                "thx",
                "cheers",
                "bye",
                "goodbye",
                "byebye",
                "morning",
                "afternoon",
                "evening",
            ],
            "thank you",
            "thanks a lot",
            "many thanks",
            "good morning",
            "good afternoon",
            "good evening",
            "good night",
            "see you",
            "see ya",
            "see you later",
            "have a nice day",
        ]
    ),
}


def _greeting_language(text: str) -> str | None:
    """'nl' or 'en' when the whole message is a greeting, thanks or goodbye of one language."""
    said = " ".join(_WORD.findall((text or "").lower()))
    found = [lang for lang, phrases in _GREETINGS.items() if said in phrases]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_CODES).build()


def detect_language(text: str, min_confidence: float = 0.7) -> str | None:
    """'nl', 'en', or None when the text is too short or too mixed to tell."""
    greeting = _greeting_language(text)
    if greeting is not None:
        return greeting
    if len(_WORD.findall(text or "")) < 2:
        return None
    values = _detector().compute_language_confidence_values(text[:1000])
    if not values or values[0].value < min_confidence:
        return None
    return _CODES.get(values[0].language)
