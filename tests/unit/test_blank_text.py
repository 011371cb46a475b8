"""A blank message is read as BLANK_MARKER inside NLU (bot/dialogue/blank_message.py) and
answered with "I didn't see any text" (actions/advice.py); both sides use `is_blank`."""

from __future__ import annotations

import pytest

from bot.dialogue.blank_text import BLANK_MARKER, has_no_words, is_blank


@pytest.mark.parametrize("text", ["", None, " ", "\r", "\t\n", "\u2028", BLANK_MARKER, f" {BLANK_MARKER} "])
def test_blank(text: str | None) -> None:
    assert is_blank(text)


@pytest.mark.parametrize("text", ["a", "?", "4", "hoi", f"{BLANK_MARKER} klant", "/help"])
def test_not_blank(text: str) -> None:
    assert not is_blank(text)


@pytest.mark.parametrize("text", ["...", "??", "!!!", " - ", "👍", "😡😡", "¿?"])
def test_no_words(text: str) -> None:
    """Punctuation, symbols or emoji only (tester round of stop 27)."""
    assert has_no_words(text) and not is_blank(text)


@pytest.mark.parametrize("text", ["", " ", None, BLANK_MARKER, "a", "4", "?!a", "klant?", "/help", "é"])
def test_words_or_blank(text: str | None) -> None:
    assert not has_no_words(text)
