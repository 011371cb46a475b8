"""Typo tolerance for word search: a query word the index has never seen is read as the
known word closest to it, when that word is at most a typo away.

Staff type fast on a phone: "klnat" (swapped letters), "bozz" (a wrong or doubled letter),
"verassen" (a missing double letter), "klagt". Whole-word BM25 sees nothing in common
between "klnat" and "klant", so the message lost its key word. Words are compared after
stemming, as the index stores them, by Damerau-Levenshtein distance (an edit is an
insertion, deletion, substitution or swap of two neighbouring letters; rapidfuzz):

- words shorter than MIN_LENGTH are left alone ("pis", "wat"): too many known words are one
  edit away from any of them;
- up to MAX_EDITS_SHORT edits for words shorter than LONG_WORD, up to MAX_EDITS_LONG from it on;
- among the closest known words the one in most chunks wins (the common reading), then the
  alphabetically first, so a correction is the same on every run;
- a word with a digit is never corrected (order numbers, amounts).

Known words are never changed: "boos" and "boze" stay what they are. Nor are real words of
the language that the index happens not to know ("night", "commute", "coat", "luider"):
reading them as an index word ("right", "commit", "cost", "leider") made long off-topic
messages look on-topic. A word is real when its Zipf frequency (wordfreq: log10 of uses per
billion words; "klant" 4.7, "commute" 3.6) in Dutch or English is at least REAL_WORD_ZIPF
(bot/content/word_frequency.py `is_real_word`);
the threshold is set between the typos and the real words in tests/unit/test_spelling.py."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein
from wordfreq import zipf_frequency

from bot.content.word_frequency import LANGUAGES
from bot.engine.dutch_compounds import split_compound

MIN_LENGTH = 4
LONG_WORD = 8
MAX_EDITS_SHORT = 1
MAX_EDITS_LONG = 2


def max_edits(word: str) -> int:
    """Edits allowed for a word of this length (0: not corrected)."""
    if len(word) < MIN_LENGTH or any(ch.isdigit() for ch in word):
        return 0
    return MAX_EDITS_LONG if len(word) >= LONG_WORD else MAX_EDITS_SHORT


class Spelling:
    """Corrections against one index's vocabulary: `frequency` maps each known (stemmed)
    word to the number of chunks it occurs in."""

    def __init__(self, frequency: Mapping[str, int]) -> None:
        self._frequency = {word: n for word, n in frequency.items() if word}
        self._words = sorted(self._frequency)
        self.correct = lru_cache(maxsize=4096)(self._correct)

    def _correct(self, word: str) -> str:
        """`word` itself when it is known or nothing known is close enough, else the closest
        known word (ties: most chunks, then alphabetical)."""
        limit = max_edits(word)
        if word in self._frequency or not limit or not self._words:
            return word
        found = process.extract(
            word, self._words, scorer=DamerauLevenshtein.distance, score_cutoff=limit, limit=None
        )
        if not found:
            return word
        best = min(found, key=lambda hit: (hit[1], -self._frequency[hit[0]], hit[0]))
        return best[0]

    def correct_all(self, words: list[str]) -> list[str]:
        """Each word corrected (see `correct`), in order."""
        return [self.correct(word) for word in words]


# The letter rows of a QWERTY keyboard: a word of 3+ letters typed along one of them
# ("asdf", "jkl", "rtyu", "zxcv") is a key-mash unless it is a common word ("poi", "wert").
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_PLACE = {letter: (row, i) for row, keys in enumerate(_KEY_ROWS) for i, letter in enumerate(keys)}
KEY_RUN_MAX_ZIPF = 2.3  # wordfreq: "asdf" 1.7 and "jkl" 1.5 are mash, "poi" 3.1 is a word
# a key-row run this long is mash however often it is written: "qwerty" (2.5), "asdfgh"; no word
# of Dutch or English runs along six neighbouring keys (tester round of stop 63: "asdfjkl qwerty")
KEY_RUN_LONG = 6


def _along_a_key_row(word: str) -> bool:
    places = [_KEY_PLACE.get(letter) for letter in word]
    if len(word) < 3 or None in places:
        return False
    return all(a[0] == b[0] and abs(a[1] - b[1]) == 1 for a, b in pairwise(places))


def _is_mash(word: str) -> bool:
    known = max(zipf_frequency(word, lang) for lang in LANGUAGES)
    if known == 0:  # a Dutch compound of real words ("zelfscan", "teamresultaten") is no mash
        return split_compound(word, lambda part: zipf_frequency(part, "nl") > 0) is None
    return (known < KEY_RUN_MAX_ZIPF or len(word) >= KEY_RUN_LONG) and _along_a_key_row(word)


def is_gibberish(text: str) -> bool:
    """Whether `text` has words and each is a key-mash: never used in Dutch or English
    (wordfreq: Zipf 0 in both), like "asdfghjkl" or "qwerty uiop", or typed along one key
    row and rare ("asdf jkl", "rtyu fghj": the tester round of stop 47 got "Mooi. Stel je
    vraag maar" for it, NLU read it as a yes). Typos of real words are not gibberish by this
    test when wordfreq knows them, and short answers ("ja", "ok", "jep", "yup") are words."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return bool(words) and all(_is_mash(w) for w in words)

