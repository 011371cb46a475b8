"""Understand a typed answer on a check's scale: "4", "vier", "four", "helemaal eens",
"4 - eens", "ik geef een 3". The words come from the scale (bot/content/scale.py), the
phrasings from bot/selfchecks/nlu.py, the same sources the NLU examples are made from."""

from __future__ import annotations

import re

from bot.content.scale import AGREE_5, LANGS, NUMBER_WORDS, Scale, normalize
from bot.content.selfchecks import SelfCheck
from bot.selfchecks.nlu import PHRASES

_NUMBER = re.compile(r"(\d{1,6})(\s.*)?")  # \d: decimal digits int() reads; not "²", not 5000 digits
_ANY_NUMBER_WORD = {
    normalize(w): value for lang in LANGS for value, ws in NUMBER_WORDS[lang].items() for w in ws
}


def _phrase_patterns() -> list[re.Pattern[str]]:
    patterns = []
    for phrase in (p for lang in LANGS for p in PHRASES[lang]):
        before, _, after = normalize(phrase.replace("{value}", " VALUE ")).partition("value")
        patterns.append(re.compile(re.escape(before) + r"(?P<value>.+?)" + re.escape(after)))
    return patterns


_PATTERNS = _phrase_patterns()


def _candidates(norm: str) -> list[str]:
    """The text itself, then what a known phrasing ("ik geef een {value}") wraps."""
    found = [norm]
    for pattern in _PATTERNS:
        match = pattern.fullmatch(norm)
        if match:
            found.append(match.group("value").strip())
    return found


# How people say (dis)agreement in a sentence ("ja, helemaal mee eens", "no I don't agree",
# "yes I agree completely"): a stance word, maybe a negation, maybe a word that makes it
# strong, and words that add nothing. Any other word: not an answer (e.g. a question).
_STANCE = {"eens": "agree", "agree": "agree", "akkoord": "agree", "oneens": "disagree",
           "disagree": "disagree", "neutraal": "neutral", "neutral": "neutral"}
_NEGATION = {"niet", "not", "t", "dont", "geen", "nee", "no", "never"}  # "don't" -> "don t"
_STRONG = {"helemaal", "volledig", "totaal", "compleet", "absoluut", "zeer", "heel", "erg", "sterk",
           "volmondig", "totally", "completely", "fully", "strongly", "absolutely", "entirely",
           "very", "much", "so", "really", "100"}
_FILLER = {"ja", "jazeker", "zeker", "yes", "yeah", "yep", "ik", "i", "ben", "het", "er", "mee", "ermee",
           "daar", "hiermee", "daarmee", "wel", "dat", "eigenlijk", "am", "do", "m", "with", "that",
           "this", "it", "ok", "oke", "okay", "would", "d", "say", "zou", "zeggen", "beetje", "eerder",
           "somewhat", "mostly", "grotendeels", "redelijk", "fairly", "quite", "rather", "s", "is",
           "wat", "a", "bit", "dus", "then", "dan", "hoor", "toch", "does", "doesn", "don",
           "didn"}  # fmt: skip
_KNOWN = set(_STANCE) | _NEGATION | _STRONG | _FILLER


def agreement(text: str) -> tuple[str, bool] | None:
    """How a typed text reads as (dis)agreement: (stance, strong), stance "agree",
    "disagree" or "neutral"; None when it is not a plain statement of (dis)agreement.
    "niet mee eens" -> ("disagree", False), "yes I agree completely" -> ("agree", True)."""
    words = normalize(text).split()
    stances = [_STANCE[w] for w in words if w in _STANCE]
    if len(set(stances)) != 1 or any(w not in _KNOWN for w in words):
        return None
    stance = stances[0]
    # "nee, oneens" / "no, I disagree": a leading no just repeats the stance
    negations = [i for i, w in enumerate(words) if w in _NEGATION and not (i == 0 and w in ("nee", "no"))]
    strong = [i for i, w in enumerate(words) if w in _STRONG]
    if negations:
        if stance != "agree" or (strong and negations[0] < strong[0]):
            return None  # "niet oneens", "not totally agree": too vague to score
        stance = "disagree"
    return stance, bool(strong)


def _by_agreement(text: str, scale: Scale) -> int | None:
    """The point whose label reads the same (stance, strong) as `text`, on any scale whose
    labels say (dis)agreement; None otherwise."""
    reading = agreement(text)
    if reading is None:
        return None
    for lang in LANGS:
        for point in scale:
            if agreement(point.label[lang]) == reading:
                return point.value
    return None


def _number(text: str, scale: Scale, anywhere: bool) -> int | None:
    words = {w: v for lang in LANGS for w, v in scale.words(lang).items()}
    for candidate in _candidates(normalize(text)):
        match = _NUMBER.fullmatch(candidate)
        if match:
            return int(match.group(1))
        if candidate in words:
            return words[candidate]
        if anywhere and candidate in _ANY_NUMBER_WORD:
            return _ANY_NUMBER_WORD[candidate]
        value = _by_agreement(candidate, scale)
        if value is not None:
            return value
    return None


def parse_answer(text: str, check: SelfCheck | None = None) -> int | None:
    """The value on the check's scale (the standard 1-5 scale without a check), or None when
    the text is not an answer on it (a question, or a number off the scale)."""
    scale = check.scale if check is not None else AGREE_5
    value = _number(text, scale, anywhere=False)
    return value if value in scale else None


def off_scale(text: str, scale: Scale) -> int | None:
    """The number typed when it is a number but not on the scale ("5" on a 1-4 scale, "nine"),
    else None: such an answer is refused with the scale's range, not misunderstood."""
    value = _number(text, scale, anywhere=True)
    return value if value is not None and value not in scale else None
