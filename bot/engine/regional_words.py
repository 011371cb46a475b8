"""The search's reading of Flemish and informal Dutch words: the list and its parser live with the
content (bot/content/regional_words.py, regional_words.txt), so the work matters and safety lines
read the same `ik ...` forms (bot/content/shorthand.py)."""

from bot.content.regional_words import (
    REGIONAL_WORDS_FILE,
    parse_regional_words,
    regional_words,
    standard_dutch,
)

__all__ = ["REGIONAL_WORDS_FILE", "parse_regional_words", "regional_words", "standard_dutch"]
