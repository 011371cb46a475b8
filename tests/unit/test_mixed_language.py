"""How much of a message is in the other language (bot/engine/mixed_language.py), on the
real word indexes of the bundled knowledge (fixture `searcher`)."""

from __future__ import annotations

import pytest

from bot.engine.mixed_language import foreign_share


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("the klant keeps complaining about de prijs", "en"),
        ("my klant is heel boos, what should i do", "en"),
        ("mijn customer is boos over the price", "nl"),
        ("de klant wil een refund maar dat mag niet", "nl"),
    ],
)
def test_mixed_messages_have_a_foreign_share(searcher, message: str, lang: str) -> None:
    other = "nl" if lang == "en" else "en"
    share = foreign_share(message, searcher.index.lexical[lang], searcher.index.lexical[other])
    assert 0.1 <= share <= 0.7


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("how do i deal with an angry customer", "en"),
        ("hoe ga ik om met een boze klant", "nl"),
        ("hoe handel ik een klagt af", "nl"),  # a typo is not a foreign word
        ("klnat is heel bozz", "nl"),
        ("", "nl"),
    ],
)
def test_one_language_messages_and_typos_have_none(searcher, message: str, lang: str) -> None:
    other = "nl" if lang == "en" else "en"
    assert foreign_share(message, searcher.index.lexical[lang], searcher.index.lexical[other]) == 0.0
