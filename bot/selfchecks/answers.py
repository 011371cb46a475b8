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
