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


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("how do i submit my expense claim for the training in utrecht", "en"),
        ("where do I claim my train ticket to amsterdam", "en"),
        ("how do I greet guests in the hotel in den haag", "en"),
        ("hoe dien ik mijn declaratie in voor de training in london", "nl"),
    ],
)
def test_a_place_name_does_not_make_a_message_unsure(text: str, lang: str) -> None:
    """Tester round (stop 24): "in utrecht" made the detector unsure, so an English referral
    came in the previous turn's Dutch. Unsure, the function words of one language decide."""
    from bot.engine import detect_language

    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("tell me a joke", "en"),
        ("tell a joke pls", "en"),
        ("sing a song", "en"),
        ("vertel een mop", "nl"),
        ("zeg eens wat", "nl"),
    ],
)
def test_a_short_message_the_detector_is_unsure_of_goes_by_its_clear_words(text: str, lang: str) -> None:
    """Tester round (stop 29): "tell me a joke" (the detector 0.52 English, no two function
    words) got its off-topic reply in the previous turn's Dutch. Words that clearly belong to
    one language decide when the detector and the function words cannot."""
    from bot.engine import detect_language

    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["ok", "4", "ja", "top"])
def test_a_bare_word_still_keeps_the_conversations_language(text: str) -> None:
    from bot.engine import detect_language

    assert detect_language(text) is None
