"""Stop 56: a clause-final "he" is the Dutch and Flemish tag "hè", not the English pronoun
(bot/engine/code_switching.py `_TAG_HE`). "amai ge zijt nie veel waard he" was read as English
and answered in English in a Dutch conversation (tester round of stop 56)."""

from __future__ import annotations

import pytest

from bot.engine import detect_language


@pytest.mark.parametrize(
    "text",
    [
        "amai ge zijt nie veel waard he",
        "dat is toch niet normaal he",
        "goed he, dankjewel",
        "ge zijt echt nie slim hè",
        "das wel raar hé!",
    ],
)
def test_a_message_ending_in_the_tag_he_is_not_english(text: str) -> None:
    assert detect_language(text) != "en"


@pytest.mark.parametrize(
    "text",
    ["he is really angry", "what did he say", "he said no, what now", "he keeps shouting at me"],
)
def test_the_english_pronoun_he_is_still_english(text: str) -> None:
    assert detect_language(text) == "en"
