"""Dutch compounds read as their parts, when the articles only use the parts.

Dutch writes compounds as one word: "piramidemodel", "klantbeloftes", "gesprekstijd".
Whole-word BM25 knows a compound only when an article writes it the same way, so "wat is
het piramidemodel" had no lexical evidence at all although "piramide" and "model" are in
the articles, and the coach refused it (tester round of stop 42). A query word the index
does not know is split into a head and a tail that it does know (the word search weighs
them at half a typed word: bot/engine/lexical.py, PART_WEIGHT), with the linking letters
Dutch puts between them ("klacht-en-brief", "gesprek-s-tijd", "pannekoek": "e"); a head
that is itself a compound is split again ("klantenservicemedewerker"). The longest known
tail wins (the base word carries the meaning), so a split is the same on every run.

Each part has at least MIN_PART letters: shorter ones ("ver", "be", "aan") are prefixes
far more often than words, and "verassen" must stay a typo of "verrassen", not "ver" +
"assen".

Only words that are no real word are split (`LexicalIndex._parts`): a common compound has a
meaning of its own, and "wachtwoord" (password) is no "wacht" (wait) and "woord" (word)."""

from __future__ import annotations

from collections.abc import Callable

MIN_PART = 4
# linking letters between head and tail: none first, so a head stays as written
# ("piramide|model", not "piramid|e|model"), then the longest ("klacht|en|brief", "gesprek|s|tijd")
LINKS = ("", "en", "s", "e")


def split_compound(
    word: str, known: Callable[[str], bool], depth: int = 2, fix: Callable[[str], str] | None = None
) -> list[str] | None:
    """The parts of `word` (folded, lowercase) as written, head first, when every part is a
    word `known` accepts (e.g. its stem is in the index); None when `word` is no compound of
    known words. `depth`: how often a head may be split again (2: three parts at most).
    `fix` (optional) reads a tail `known` does not accept as the word it is a typo of (the
    tail as it is when none): "ochtendhudle" -> ["ochtend", "huddle"]; a head is never read
    so ("teamuitje" is no "team" + a typo of "uitje")."""
    if len(word) < 2 * MIN_PART or not word.isalpha():
        return None
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):  # longest tail first
        tail = word[cut:]
        if not known(tail) and fix is not None:
            tail = fix(tail)
        if not known(tail):
            continue
        for link in LINKS:
            if not word[:cut].endswith(link):
                continue
            head = word[: cut - len(link)] if link else word[:cut]
            if len(head) < MIN_PART:
                continue
            if known(head):
                return [head, tail]
            if depth > 1 and (parts := split_compound(head, known, depth - 1)) is not None:
                return [*parts, tail]
    return None
