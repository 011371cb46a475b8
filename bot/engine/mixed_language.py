"""Mixed-language messages: staff type "the klant keeps complaining about de prijs" or
"mijn customer is boos over the price". The message is searched in the language it is
detected in, where the words of the other language match nothing; this module measures how
much of the message is in the other language, so search can let that language's word
index count for that share (bot/engine/search.py)."""

from __future__ import annotations

from bot.engine.lexical import LexicalIndex


def foreign_share(query: str, own: LexicalIndex, other: LexicalIndex) -> float:
    """Share in [0, 1] of the query's content words (not stop words in `own`'s language)
    that `own`'s vocabulary does not know but `other`'s does.

    A misspelt word is known to neither and does not count; a word both languages know
    ("manager", "service") does not count either. 0.0 for an empty query."""
    words = query.split()
    if not words:
        return 0.0
    mine = own.known_words(words)
    theirs = other.known_words(words)
    content = [k for k in mine if k is not None]
    if not content:
        return 0.0
    foreign = sum(1 for k, o in zip(mine, theirs, strict=True) if k is False and o is True)
    return foreign / len(content)
