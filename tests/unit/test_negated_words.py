"""A negated word of contentment read as its opposite before a search
(bot/engine/negated_words.py)."""

from __future__ import annotations

import pytest

from bot.engine.negated_words import unnegated


@pytest.mark.parametrize(
    ("typed", "lang", "read"),
    [
        ("klant is niet blij", "nl", "klant is ontevreden"),
        ("de klant is niet zo blij met de reparatie", "nl", "de klant is ontevreden met de reparatie"),
        ("mevrouw is helemaal niet tevreden", "nl", "mevrouw is helemaal ontevreden"),
        ("hij was echt niet blij met de rekening", "nl", "hij was echt ontevreden met de rekening"),
        ("Gast was Niet echt gelukkig met zijn kamer", "nl", "Gast was ontevreden met zijn kamer"),
        ("de klant is er niet blij mee", "nl", "de klant is er ontevreden mee"),
        ("klant was niet content over de service", "nl", "klant was ontevreden over de service"),
        ("the customer is not happy", "en", "the customer is unhappy"),
        ("customer isn't happy", "en", "customer is unhappy"),
        ("the guest wasn’t really happy with the room", "en", "the guest was unhappy with the room"),
        ("they aren't satisfied", "en", "they are dissatisfied"),
        ("client not pleased with the result", "en", "client unhappy with the result"),
        ("she is not at all satisfied with her haircut", "en", "she is dissatisfied with her haircut"),
        ("customer ain't happy", "en", "customer is unhappy"),
        # politeness (tester round of stop 49: "ni vriendelijk" found saying no kindly)
        ("klant zei dat ik niet vriendelijk was", "nl", "klant zei dat ik onvriendelijk was"),
        ("klant zei dat ik ni vriendelijk was", "nl", "klant zei dat ik onvriendelijk was"),
        ("ik was nie echt beleefd", "nl", "ik was onbeleefd"),
        ("she said I was not friendly", "en", "she said I was unfriendly"),
        ("the agent wasn't polite", "en", "the agent was impolite"),
    ],
)  # fmt: skip
def test_a_negated_word_of_contentment_reads_as_its_opposite(typed: str, lang: str, read: str) -> None:
    assert unnegated(typed, lang) == read


@pytest.mark.parametrize(
    ("typed", "lang"),
    [
        ("de klant is blij", "nl"),
        ("niet alleen tevreden maar enthousiast", "nl"),
        ("wat is het verschil tussen een tevreden klant en een enthousiaste klant", "nl"),
        ("ik ben niet zeker of de klant tevreden is", "nl"),
        ("the customer is happy", "en"),
        ("not only satisfied but loyal", "en"),
        ("happy enough is not good enough", "en"),
        ("customer is not happy", "de"),  # another language: as typed
        ("de klant is not happy", "nl"),  # the English words are read in the English pass
        ("hoe blijf ik vriendelijk als het druk is", "nl"),
        ("hoe zeg ik vriendelijk nee", "nl"),
        ("how do I stay polite with a rude customer", "en"),
    ],
)  # fmt: skip
def test_other_words_stay_as_typed(typed: str, lang: str) -> None:
    assert unnegated(typed, lang) == typed
