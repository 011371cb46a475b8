"""bot/content/question_words.py: one list of question words for the actions that must tell
a question from a verdict or from a language request's reason."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.content.question_words import asks, clauses, opens_with_question_word


@pytest.mark.parametrize(
    "text",
    [
        "wat helpt tegen stress",
        "Hoe ga ik om met een boze klant",
        "kun je me helpen",
        "welk artikel past hier",
        "mag ik korting geven",
        "what are the four levels",
        "Can you tell me more",
        "does this work for phone calls",
        "are there seven principles",
        "...waarom doen we dit",
    ],
)
def test_a_message_opening_with_a_question_word_asks(text: str) -> None:
    assert opens_with_question_word(text)
    assert asks(text)


@pytest.mark.parametrize(
    "text",
    [
        "ja zeker, dat hielp",
        "super tip",
        "ik snap het niet goed",
        "thanks that helped",
        "de klant is boos",
        "whatever",  # a word that starts like one
        "howdy",
        "kantoor is dicht",
    ],
)
def test_a_statement_does_not_ask(text: str) -> None:
    assert not asks(text)


def test_a_question_mark_anywhere_asks() -> None:
    assert asks("dat hielp toch?")
    assert not opens_with_question_word("dat hielp toch?")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("and in english? what are the four levels", ["and in english", "what are the four levels"]),
        (
            "in het Nederlands graag: hoe ga ik om met een boze klant",
            ["in het Nederlands graag", "hoe ga ik om met een boze klant"],
        ),
        ("english please and how do I say no", ["english please", "how do I say no"]),
        (
            "antwoord in het engels en kan je uitleggen wat nps is",
            ["antwoord in het engels", "kan je uitleggen wat nps is"],
        ),
        ("klant en collega", ["klant en collega"]),  # "en" before no question word joins
        ("", []),
    ],
)
def test_clauses(text: str, expected: list[str]) -> None:
    assert clauses(text) == expected


@given(st.text(alphabet="abcdehnotw ?.!:;,", max_size=60))
def test_clauses_are_stripped_and_hold_no_break(text: str) -> None:
    for clause in clauses(text):
        assert clause and clause == clause.strip()
        assert not set(clause) & set("?.!:;,")
