"""Understand a typed answer: "4", "vier", "four", "helemaal eens", "4 - eens"."""

from __future__ import annotations

import re
import unicodedata

from bot.content.selfchecks import SelfCheck

_WORDS = {
    "een": 1, "één": 1, "one": 1, "twee": 2, "two": 2, "drie": 3, "three": 3,
    "vier": 4, "four": 4, "vijf": 5, "five": 5,
}  # fmt: skip


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().strip()
    return re.sub(r"[^\w\s]", " ", text).strip()


def parse_answer(text: str, check: SelfCheck | None = None) -> int | None:
    """1..5, or None when the text is not an answer (then it is probably a question)."""
    norm = _norm(text)
    if not norm:
        return None
    match = re.fullmatch(r"([1-5])(\s.*)?", norm)
    if match:
        return int(match.group(1))
    words = norm.split()
    if len(words) == 1 and words[0] in _WORDS:
        return _WORDS[words[0]]
    if check is not None:
        labels = {_norm(label): value for value, names in check.scale.items() for label in names.values()}
        # longest label first: "helemaal oneens" must not match as "oneens"
        for label in sorted(labels, key=len, reverse=True):
            if norm == label:
                return labels[label]
    return None
