"""A bare link or number is no question (bot/dialogue/blank_text.py `is_link_only`,
`has_no_letters`; actions/advice.py): said plainly in the user's language, not searched
(tester round of stop 36: both got "no good answer" and five topics). Real action, real texts."""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice, ActionKbFallback
from bot.dialogue.blank_text import has_no_letters, is_link_only
from bot.i18n import t
from tests.unit.test_followup import _turn

LINKS = [
    "https://www.google.com/maps/place/Utrecht",
    "http://x.nl",
    "www.klantenservice.nl",
    " <https://a.b/c?d=1> ",
]
NUMBERS = ["12345", "06-12345678", "4", "3,5", "2026"]
NEITHER = ["kijk op https://x.nl wat vind je", "klant belde 3x", "wat is nps", "", "...", "www", "http"]


@pytest.mark.parametrize("text", LINKS)
def test_a_bare_link_is_one(text: str) -> None:
    assert is_link_only(text) and not has_no_letters(text)


@pytest.mark.parametrize("text", NUMBERS)
def test_a_bare_number_is_one(text: str) -> None:
    assert has_no_letters(text) and not is_link_only(text)


@pytest.mark.parametrize("text", NEITHER)
def test_words_or_punctuation_are_neither(text: str) -> None:
    assert not is_link_only(text) and not has_no_letters(text)


@pytest.fixture(autouse=True)
def _app_db(tmp_path, monkeypatch, searcher):
    monkeypatch.setenv("SERVICECOACH_DATABASE_URL", f"sqlite:///{tmp_path / 'app.db'}")


@pytest.mark.parametrize("action", [ActionAnswerAdvice, ActionKbFallback])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_coach_says_it_plainly(action, lang: str) -> None:
    for text, key in [(LINKS[0], "link_only"), (NUMBERS[0], "number_only")]:
        messages, _ = _turn(text, lang, [], action)
        assert [m.get("text") for m in messages] == [t(key, lang)], text


def test_a_link_inside_a_question_is_searched_as_usual() -> None:
    messages, _ = _turn(
        "een klant stuurde https://x.nl/review, hoe reageer ik op een slechte review", "nl", []
    )
    assert any((m.get("custom") or {}).get("type") in ("source", "offer") for m in messages)
