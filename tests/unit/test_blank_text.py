"""A blank message is read as BLANK_MARKER inside NLU (bot/dialogue/blank_message.py) and
answered with "I didn't see any text" (actions/advice.py); both sides use `is_blank`."""

from __future__ import annotations

import pytest

from bot.dialogue.blank_text import BLANK_MARKER, is_blank


@pytest.mark.parametrize("text", ["", None, " ", "\r", "\t\n", "\u2028", BLANK_MARKER, f" {BLANK_MARKER} "])
def test_blank(text: str | None) -> None:
    assert is_blank(text)


@pytest.mark.parametrize("text", ["a", "?", "4", "hoi", f"{BLANK_MARKER} klant", "/help"])
def test_not_blank(text: str) -> None:
    assert not is_blank(text)
