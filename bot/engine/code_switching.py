"""Messages that switch between Dutch and English, read in one language.

Staff type "the klant keeps complaining about de prijs" or "mijn customer is boos over the
price". Searched as typed, half the words match nothing in the language's word index and
the English-centric dense model reads "klant" and "prijs" as noise: the first message was
refused, the second got the overview of the principles. `in_language(message, lang)`
translates the words of the other language, word by word, from a small list of service
words (word_pairs.txt next to this file), so search sees "the customer keeps complaining
about the price" and "mijn klant is boos over de prijs".

Only a mixed message is changed (`is_mixed`): it must hold Dutch and English words that are
on the list or are function words, so a place name ("amsterdam") is no switch. A word
belongs to a language when its Zipf frequency there (wordfreq: log10 of uses per billion
words) is at least CLEAR_GAP above its frequency in the other language ("klant" 4.66 in
Dutch and 0.0 in English, "customer" 4.61 and 3.47; "manager" (4.97 / 4.59), "team",
"service" and "sorry" belong to both and stay), or when it is on the list and unknown in the
other language ("servicepiramide"). A message wholly in one language is left alone.
`matrix_language` names the language a mixed message is written in (by its function words),
and `readings` gives the message in both languages (referrals match either).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from wordfreq import zipf_frequency

WORD_PAIRS_FILE = Path(__file__).with_name("word_pairs.txt")
LANGUAGES = ("en", "nl")
CLEAR_GAP = 1.0  # Zipf points; "customer" in a Dutch message (1.14) is English, "manager" (0.38) both
UNKNOWN_ZIPF = 1.0  # a word rarer than this in a language is not a word of it ("klantintimiteit" in English)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def parse_word_pairs(text: str) -> dict[str, dict[str, str]]:
    """{"en": {English form: Dutch word}, "nl": {Dutch form: English word}} from lines
    "English forms = Dutch forms" (comma separated; the first form of a side is what the
    other side's forms translate to, and only it may be several words: "excuses aanbieden").
    Blank lines and # comments are skipped.

    Raises ValueError naming the line when a line has no single "=", an empty side, or a
    later form of several words."""
    pairs: dict[str, dict[str, str]] = {"en": {}, "nl": {}}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        sides = line.split("=")
        forms = [[f.strip().lower() for f in side.split(",") if f.strip()] for side in sides]
        if len(sides) != 2 or not all(forms):
            raise ValueError(f"word_pairs line {number}: expected 'english forms = dutch forms': {raw!r}")
        if any(" " in form for side in forms for form in side[1:]):
            raise ValueError(f"word_pairs line {number}: only a side's first form may be words: {raw!r}")
        english, dutch = forms
        for form in english:
            if " " not in form:  # a message is translated word by word
                pairs["en"].setdefault(form, dutch[0])
        for form in dutch:
            if " " not in form:
                pairs["nl"].setdefault(form, english[0])
    return pairs


@lru_cache(maxsize=1)
def word_pairs() -> dict[str, dict[str, str]]:
    """The bundled word list, parsed once (see parse_word_pairs)."""
    return parse_word_pairs(WORD_PAIRS_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=20_000)
def clear_language(word: str) -> str | None:
    """'nl' or 'en' when the (lower-case) word clearly belongs to one language, else None."""
    nl, en = zipf_frequency(word, "nl"), zipf_frequency(word, "en")
    if nl - en >= CLEAR_GAP:
        return "nl"
    if en - nl >= CLEAR_GAP:
        return "en"
    return None


# Function words carry the grammar of a mixed message: its matrix language, the one the
# person is speaking, into which content words of the other language are dropped ("wat is
# customer effort" is Dutch, "what is gastvrijheid" English). A word counts only when it
# also clearly belongs to its language by frequency ("we", "is", "over" belong to both).
# fmt: off
FUNCTION_WORDS = {
    "nl": frozenset({
        "de", "het", "een", "ik", "jij", "je", "hij", "zij", "ze", "mijn", "mn", "jouw", "uw", "ons",
        "onze", "hun", "wat", "hoe", "waarom", "wanneer", "waar", "wie", "welke", "met", "van",
        "voor", "niet", "geen", "maar", "omdat", "dat", "dit", "deze", "die", "ook", "nog", "als",
        "moet", "kan", "kun", "mag", "wil", "er", "om", "te", "naar", "bij", "op", "aan", "zonder",
        "tegen", "heel", "erg", "echt", "altijd", "nooit", "hem", "haar", "mij", "zich", "wordt",
    }),
    "en": frozenset({
        "the", "a", "an", "i", "you", "he", "she", "they", "my", "your", "his", "her", "our",
        "their", "what", "how", "why", "when", "where", "who", "which", "with", "of", "for", "not",
        "no", "but", "because", "that", "this", "these", "also", "still", "if", "should", "can",
        "may", "will", "would", "do", "does", "to", "at", "on", "about", "without", "against",
        "very", "really", "always", "never", "him", "them", "me", "is", "are",
    }),
}
# fmt: on


def is_mixed(message: str) -> bool:
    """Whether the message holds words of Dutch and of English that are on the word list or
    function words (language_of). Other words do not count: a place name is not a switch of
    language ("what's the best pizza place in amsterdam" is English)."""
    pairs = word_pairs()
    found = set()
    for m in _WORD.finditer(message):
        word = m.group(0).lower()
        lang = language_of(word)
        if lang is not None and (word in pairs[lang] or word in FUNCTION_WORDS[lang]):
            found.add(lang)
    return "nl" in found and "en" in found


def matrix_language(message: str) -> str | None:
    """For a mixed message (is_mixed): the language with more function words in it ("hoe ga
    ik om met een boze customer" -> "nl", "can you explain de servicepiramide" -> "en"); None
    for a message in one language, or with as many of each ("mijn customer is boos over the
    price")."""
    if not is_mixed(message):
        return None
    counts = _function_word_counts(message)
    if counts["nl"] == counts["en"]:
        return None
    return "nl" if counts["nl"] > counts["en"] else "en"


# "he" as the last word of a clause is the Dutch and Flemish tag "hè" ("amai ge zijt nie veel
# waard he", "ge kunt da ni he"), not the English pronoun, which rarely ends one (tester round
# of stop 56: the first was answered in English in a Dutch conversation)
_TAG_HE = re.compile(r"(?<![\w'’])h[eéè](?=\s*(?:[.!?,;:)]|$))", re.IGNORECASE)


def _function_word_counts(message: str) -> dict[str, int]:
    """Per language, how many of the message's words are its function words and clearly its
    (a clause-final "he" is the Dutch tag "hè", `_TAG_HE`, and counts for neither)."""
    words = [m.group(0).lower() for m in _WORD.finditer(_TAG_HE.sub(" ", message))]
    return {
        lang: sum(1 for w in words if w in FUNCTION_WORDS[lang] and clear_language(w) == lang)
        for lang in LANGUAGES
    }


def function_word_language(message: str, minimum: int = 2) -> str | None:
    """The language whose function words (at least `minimum` of them) the message holds when it
    holds none of the other's; else None. For a message the detector is unsure of because a
    name leans the other way: "how do i submit my expense claim for the training in utrecht"
    is English."""
    counts = _function_word_counts(message)
    found = [lang for lang in LANGUAGES if counts[lang] > 0]
    return found[0] if len(found) == 1 and counts[found[0]] >= minimum else None


def readings(message: str) -> list[str]:
    """The message as typed, then read in Dutch and in English (in_language), without
    repeats: a mixed work matter ("when is my salaris paid") matches its referral in either."""
    out = [message]
    for lang in ("nl", "en"):
        text = in_language(message, lang)
        if text not in out:
            out.append(text)
    return out


@lru_cache(maxsize=20_000)
def language_of(word: str) -> str | None:
    """'nl' or 'en' for a (lower-case) word that clearly belongs to one language
    (clear_language), or that is on that side of the word list and unknown in the other
    language: compounds such as "servicepiramide" are too rare for wordfreq either way."""
    clear = clear_language(word)
    if clear is not None:
        return clear
    pairs = word_pairs()
    for lang, other in (("nl", "en"), ("en", "nl")):
        if word in pairs[lang] and zipf_frequency(word, other) < UNKNOWN_ZIPF:
            return lang
    return None


def in_language(message: str, lang: str) -> str:
    """The message with its other-language words from the word list translated into `lang`
    ("nl" or "en"; other values return the message unchanged). Unchanged too when the
    message is not clearly mixed (see the module docstring). Translated words are lower
    case; everything else, punctuation included, stays as typed."""
    if lang not in LANGUAGES:
        return message
    if not is_mixed(message):
        return message
    other = "en" if lang == "nl" else "nl"
    table = word_pairs()[other]

    def translate(match: re.Match[str]) -> str:
        word = match.group(0).lower()
        if word in table and language_of(word) == other:
            return table[word]
        return match.group(0)

    return _WORD.sub(translate, message)
