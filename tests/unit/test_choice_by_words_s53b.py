"""An offered choice picked by a word for its place or by a clear part of its title
(bot/dialogue/choices.py `by_place_in_words`, `by_part_of_title`, through `by_title` and
`by_position`, which the terminal and Telegram call for every typed line). Tester round of stop
53: after "Gaat het hierover?" "de tweede graag" or "the first one" was searched as a question
and opened another article, and "standaard waar het moet" was refused."""

from __future__ import annotations

import pytest

from bot.channels.terminal.render import resolve_choice
from bot.dialogue import payloads
from bot.dialogue.choices import by_part_of_title, by_place_in_words, by_position, by_title

OFFER = [
    ("Standaardiseren waar het moet, personaliseren waar het kan", payloads.advice("standardise", ref="r1")),
    ("Van transactie naar relatie", payloads.advice("shift-relationships", ref="r1")),
    ("Leiderschap", payloads.advice("culture-leadership", ref="r1")),
]
SCALE = [(f"{v} · label", payloads.selfcheck_answer(v)) for v in range(1, 6)]
FEEDBACK = [("👍 Nuttig", payloads.feedback("up", "r2")), ("👎 Niet nuttig", payloads.feedback("down", "r2"))]

PLACES = [
    ("eerste", 1), ("de eerste", 1), ("Eerste!", 1), ("de tweede graag", 2), ("2e", 2), ("2de", 2),
    ("de derde aub", 3), ("nummer twee", 2), ("optie drie", 3), ("ok doe maar de laatste", 3),
    ("ik neem de tweede", 2), ("den eerste hé", 1), ("ja de eerste", 1), ("de bovenste", 1),
    ("the first one", 1), ("second", 2), ("the second one please", 2), ("I'll take the third one", 3),
    ("2nd", 2), ("first one pls", 1), ("option two", 2), ("the last one", 3), ("nummer 2 graag", 2),
]  # fmt: skip
NOT_A_PLACE = [
    "wat is de eerste stap", "niet de eerste", "twee", "de eerste twee", "top",
    "first of all, how do I start",
    "hoe ga ik om met een boze klant", "eerst even iets anders", "de vierde", "4e", "second hand goods",
]  # fmt: skip
PARTS = [
    ("standaard waar het moet", 1), ("standaardiseren waar het moet", 1), ("personaliseren waar het kan", 1),
    ("transactie naar relatie", 2), ("die over transactie en relatie graag", 2), ("leiderschap graag", 3),
    ("die over leiderschap", 3),
]  # fmt: skip
NOT_A_PART = ["relatie", "waar het moet", "personaliseren", "hoe bouw ik een relatie op met een klant", "ok"]


@pytest.mark.parametrize(("typed", "place"), PLACES)
def test_a_place_in_words_picks_that_button(typed: str, place: int) -> None:
    assert by_place_in_words(typed, OFFER) == OFFER[place - 1][1]
    assert by_title(typed, OFFER) == OFFER[place - 1][1]  # the call every channel makes
    assert by_position(typed, OFFER) == OFFER[place - 1][1]  # Telegram's with one keyboard
    assert resolve_choice(typed, OFFER) == OFFER[place - 1][1]  # the terminal's


@pytest.mark.parametrize("typed", NOT_A_PLACE)
def test_a_question_or_an_other_number_picks_no_place(typed: str) -> None:
    assert by_place_in_words(typed, OFFER) is None
    assert by_position(typed, OFFER) is None


@pytest.mark.parametrize(("typed", "place"), PARTS)
def test_a_clear_part_of_one_title_picks_it(typed: str, place: int) -> None:
    assert by_part_of_title(typed, OFFER) == OFFER[place - 1][1]
    assert by_title(typed, OFFER) == OFFER[place - 1][1]
    assert resolve_choice(typed, OFFER) == OFFER[place - 1][1]


@pytest.mark.parametrize("typed", NOT_A_PART)
def test_too_little_of_a_title_or_a_question_picks_nothing(typed: str) -> None:
    assert by_title(typed, OFFER) is None


def test_a_part_two_titles_share_picks_neither() -> None:
    choices = [
        ("Omgaan met boze klanten", payloads.advice("a")),
        ("Omgaan met boze collega's", payloads.advice("b")),
    ]
    assert by_part_of_title("omgaan met boze", choices) is None
    assert by_part_of_title("boze klanten", choices) == choices[0][1]


@pytest.mark.parametrize("typed", ["de tweede", "2e", "second", "the first one", "nummer twee"])
def test_with_a_statements_answer_buttons_on_screen_no_place_is_picked(typed: str) -> None:
    """There a number is a score (the action reads it): a place in words picks no button either."""
    assert by_title(typed, [*OFFER, *SCALE]) is None
    assert by_position(typed, [*OFFER, *SCALE]) is None


def test_digits_keep_their_meaning() -> None:
    """A bare digit names no title; by place only without answer buttons (unchanged)."""
    assert by_title("2", OFFER) is None
    assert by_position("2", OFFER) == OFFER[1][1]
    assert by_position("2", [*OFFER, *SCALE]) is None
    assert resolve_choice("2", [*OFFER, *SCALE]) == SCALE[1][1]  # the terminal: the score 2


def test_a_place_in_words_needs_one_menu() -> None:
    """An answer's related topics beside its 👍/👎: "de tweede" could mean either list."""
    assert by_place_in_words("de tweede", [*OFFER, *FEEDBACK]) is None


def test_feedback_titles_stay_exact() -> None:
    assert by_title("nuttig", FEEDBACK) == FEEDBACK[0][1]
    assert by_title("niet nuttig", FEEDBACK) == FEEDBACK[1][1]


@pytest.mark.parametrize(
    "typed", ["EENS0", "eensje", "oneens!!x", "Eens2", "standaardiseren123", "eens eens", "1 eens", "eens 3"]
)
def test_a_longer_word_that_starts_with_a_title_picks_nothing(typed: str) -> None:
    """CI's fuzz test (stop 53): "EENS0" picked the button "Eens", because a title word that
    starts a typed word counted; only a typed word that starts a title word does."""
    choices = [("Eens", '/answer{"value": 4}'), ("Oneens", '/answer{"value": 2}')]
    assert by_part_of_title(typed, choices) is None
    assert by_part_of_title(typed, [("Standaard", "/a"), ("Anders", "/b")]) is None
