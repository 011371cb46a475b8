"""Stop 56: "back to" a language is a request for it, beside a question too (actions/language.py
`_ASKED_FOR`). "ok terug naar het nederlands. hoe begroet ik klanten beter als het druk is" and
"english again please. what are the ten paradigm shifts" were answered in the old language
(tester round of stop 56)."""

from __future__ import annotations

import pytest

from actions.language import ActionSetLanguage, requested_language
from bot.engine import detect_language
from tests.unit.turns import advice_turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py: own app database


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ok terug naar het nederlands. hoe begroet ik klanten beter als het druk is", "nl"),
        ("terug naar het nederlands", "nl"),
        ("weer in het Nederlands graag", "nl"),
        ("nederlands weer aub", "nl"),
        ("english again please. what are the ten paradigm shifts", "en"),
        ("back to english pls", "en"),
        ("english from now on", "en"),
        ("weer in het Engels graag", "en"),
    ],
)
def test_back_to_a_language_is_a_request_for_it(text: str, lang: str) -> None:
    assert requested_language(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        "de klant wil terug naar het nederlands",
        "klant spreekt weer engels",
        "the customer went back to english",
        "hoe zeg ik dat weer in het engels",
    ],
)
def test_someone_else_going_back_to_a_language_is_no_request(text: str) -> None:
    assert requested_language(text) is None


@pytest.mark.parametrize(
    ("before", "lang", "text", "expected"),
    [
        (
            "how do i say no to a customer",
            "en",
            "ok terug naar het nederlands. hoe begroet ik klanten beter als het druk is",
            "nl",
        ),
        (
            "hoe zeg ik nee tegen een klant",
            "nl",
            "english again please. how do I stay friendly when it is very busy",
            "en",
        ),
    ],
)
def test_the_question_beside_it_is_answered_in_that_language(before, lang, text, expected) -> None:
    _, events = advice_turn(before, lang, [])
    messages, _ = advice_turn(text, lang, events, ActionSetLanguage, "set_language")
    answer = [m for m in messages if (m.get("custom") or {}).get("type") == "source"]
    assert answer and answer[0]["custom"]["lang"] == expected
    assert detect_language(" ".join(str(m.get("text") or "") for m in messages)) == expected
