"""Whether a word is a real word of Dutch or English, by how often it is used: its Zipf
frequency (wordfreq: log10 of uses per billion words; "klant" 4.7, "commute" 3.6) in either
language is at least REAL_WORD_ZIPF. The threshold sits between the typos staff make and the
real words (tests/unit/test_spelling.py). Read by the engine's typo tolerance
(bot/engine/spelling.py) and by referral matching (bot/content/referrals.py `served_spelled`),
so it lives in the bottom layer."""

from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency

__all__ = ["LANGUAGES", "REAL_WORD_ZIPF", "is_real_word"]

REAL_WORD_ZIPF = 3.0  # a word this frequent in Dutch or English is a word, not a typo
LANGUAGES = ("nl", "en")


@lru_cache(maxsize=8192)
def is_real_word(word: str) -> bool:
    """True when `word` (lowercase, as typed, not stemmed) is used at least REAL_WORD_ZIPF
    in Dutch or English (wordfreq Zipf scale, 0 = unseen, "de"/"the" about 7.5)."""
    return max(zipf_frequency(word, lang) for lang in LANGUAGES) >= REAL_WORD_ZIPF
