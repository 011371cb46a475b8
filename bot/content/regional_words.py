"""Flemish and informal Dutch words read in standard Dutch before a Dutch search.

Staff in Flanders write "een klant die over alles zit te zagen", "kzit" and "nie"; others
"zeuren" and "bonnetje". The articles say "klagen", "vervelend" and "kassabon", and the
word index and the embedding model read "zagen" as sawing: "efkes een vraagje, hoe ga ik om
met een klant die over echt alles zit te zagen" was offered listening, price objections and
internal respect instead of the angry customer (dev set 5). `standard_dutch(text)` replaces
each listed word (regional_words.txt next to this file) by its standard form, whole words
only, keeping everything else as typed."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

REGIONAL_WORDS_FILE = Path(__file__).with_name("regional_words.txt")
_WORD = re.compile(r"[^\W\d_]+")


def parse_regional_words(text: str) -> dict[str, str]:
    """{regional form: standard form} from lines "standard = regional forms" (comma
    separated, single lower-case words; the standard form may be several words, as a Flemish
    "kzit" is "ik zit"; blank lines and # comments skipped).

    Raises ValueError naming the line when a line has no single "=", an empty side, a
    regional form of several words, or a form listed twice."""
    found: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        sides = line.split("=")
        if len(sides) != 2:
            raise ValueError(f"regional_words line {number}: expected 'standard = regional forms': {raw!r}")
        standard = sides[0].strip().lower()
        forms = [f.strip().lower() for f in sides[1].split(",") if f.strip()]
        if not standard or not forms or any(" " in w for w in forms):
            raise ValueError(f"regional_words line {number}: single regional words: {raw!r}")
        for form in forms:
            if form in found:
                raise ValueError(f"regional_words line {number}: {form!r} is listed twice")
            found[form] = standard
    return found


@lru_cache(maxsize=1)
def regional_words() -> dict[str, str]:
    """The bundled list, parsed once (see parse_regional_words)."""
    return parse_regional_words(REGIONAL_WORDS_FILE.read_text(encoding="utf-8"))


def standard_dutch(text: str) -> str:
    """`text` with each listed regional or informal word in its standard Dutch form ("zit te
    zagen" -> "zit te klagen"; a capital first letter is kept); other words as typed."""
    words = regional_words()

    def swap(match: re.Match[str]) -> str:
        typed = match.group(0)
        standard = words.get(typed.lower())
        if standard is None:
            return typed
        return standard.capitalize() if typed[:1].isupper() else standard

    return _WORD.sub(swap, text)
