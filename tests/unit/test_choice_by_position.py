"""A typed number picks a button by its place where buttons show no numbers (Telegram):
bot/dialogue/choices.py `by_position`. Found by a tester against the fake Bot API (stop
38): after "Welke bedoel je? Kies er een of typ het nummer." a typed "1" got "Met alleen een
nummer kan ik nu niets kiezen"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.dialogue import payloads
from bot.dialogue.choices import by_position

OFFER = [
    ("Een belofte nakomen", payloads.advice("pyramid-promise")),
    ("Van transactie naar relatie", payloads.advice("shift-relationships")),
    ("Leiderschap", payloads.advice("culture-leadership")),
]
SCALE = [(f"{v} · label", payloads.selfcheck_answer(v)) for v in range(1, 6)]


@pytest.mark.parametrize(
    ("typed", "place"),
    [("1", 1), ("2", 2), ("3", 3), (" 2 ", 2), ("2.", 2), ("2)", 2), ("(3)", 3), ("nr 2", 2),
     ("nummer 1", 1), ("optie 3", 3), ("#2", 2), ("number 2", 2), ("option 1", 1), ("keuze 2", 2)],
)  # fmt: skip
def test_a_number_picks_the_button_at_that_place(typed: str, place: int) -> None:
    assert by_position(typed, OFFER) == OFFER[place - 1][1]


@pytest.mark.parametrize("typed", ["0", "4", "99", "-1", "2 en 3", "twee", "hoe zit 2 dat", "", "²", "4e"])
def test_anything_else_picks_nothing(typed: str) -> None:
    assert by_position(typed, OFFER) is None


def test_self_check_answer_buttons_are_never_picked_by_place() -> None:
    """There "2" is the answer 2 on the scale, which the action reads; not the second button."""
    assert by_position("2", SCALE) is None
    assert by_position("2", [*OFFER[:1], *SCALE]) is None


def test_no_buttons_no_pick() -> None:
    assert by_position("1", []) is None


@given(st.text(max_size=12), st.integers(min_value=1, max_value=6))
def test_a_pick_is_always_one_of_the_buttons(typed: str, size: int) -> None:
    choices = [(f"t{i}", payloads.advice(f"a{i}")) for i in range(size)]
    picked = by_position(typed, choices)
    assert picked is None or picked in [p for _, p in choices]
