"""How the search reads a long message: a story told at length ends in its question ("... vroeg een
gast om korting. Mag ik dat zelf geven?"), so a message over QUERY_CHARS is read as its end first and
then its start, each cut at a space, not as its first QUERY_CHARS characters (tester round of stop 64:
the question at the end of a 2,400-character story was never read). The channels cut a message over
4,000 characters the same way (bot/dialogue/client.py `cut_long`); the embedding model reads the first
part of what it gets best, so the end goes first.
"""

from __future__ import annotations

QUERY_CHARS = 1000  # the most of a message the search reads
END_CHARS = 600  # of a longer one, its end; the rest of QUERY_CHARS is its start
_GAP = " … "


def read_long(text: str) -> str:
    """`text` as the search reads it: whole up to QUERY_CHARS characters; longer, its last
    END_CHARS characters (from a word's start) and then its start (to a word's end), joined by " … ",
    at most QUERY_CHARS characters in all."""
    if len(text) <= QUERY_CHARS:
        return text
    end = text[-END_CHARS:]
    if " " in end and not text[-END_CHARS - 1].isspace():
        end = end[end.index(" ") + 1 :]
    start = text[: QUERY_CHARS - len(end) - len(_GAP)]
    if " " in start and not text[len(start)].isspace():
        start = start[: start.rindex(" ")]
    return end.strip() + _GAP + start.strip()
