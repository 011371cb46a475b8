"""A place typed as a follow-on ("en de laatste?", "and the second one?") picks from the list on
screen (tester round of stop 60: "en de laatste?" after the list of ten shifts was refused);
look-alikes that name no place stay unpicked (bot/dialogue/choices.py `_PICK_WORDS`)."""

from __future__ import annotations

import pytest

from bot.dialogue import payloads
from bot.dialogue.choices import by_place_in_words

MENU = [(f"Shift {n}", payloads.advice(f"shift-{n}")) for n in range(1, 11)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("en de laatste?", 10),
        ("en de laatste", 10),
        ("En de tweede?", 2),
        ("en nummer 3?", 3),
        ("en de derde dan?", 3),
        ("and the last one?", 10),
        ("and the second one", 2),
        ("en den eerste?", 1),
    ],
)
def test_a_follow_on_place_picks(text: str, place: int) -> None:
    assert by_place_in_words(text, MENU) == MENU[place - 1][1]


@pytest.mark.parametrize(
    "text",
    [
        "de eerste en de laatste",  # two places
        "wat is de eerste stap",
        "en de eerste stap?",
        "en wat betekent de laatste voor mij",
        "and what does the first one mean",
    ],
)
def test_no_place_no_pick(text: str) -> None:
    assert by_place_in_words(text, MENU) is None
