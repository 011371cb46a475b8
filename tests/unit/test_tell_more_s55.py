"""A request to hear more right after an answer ("vertel meer", "tell me more about that",
"kun je daar meer over vertellen?", "go on") gets the article's next view, as "nog een tip"
does (bot/dialogue/tip_request.py `asks_to_tell_more`; actions/advice.py
`tip_request_target`; actions/followup.py `continued_article`). Found by a helper in stop 55:
both were refused with "Daar weet ik (nog) geen goed antwoord op". Real actions on the real
index, with trackers built from the real replies of each turn."""

from __future__ import annotations

import pytest

from bot.dialogue.tip_request import asks_to_tell_more
from tests.unit.turns import advice_turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

MORE = {
    "nl": ["vertel meer", "vertel me meer", "vertel eens meer daarover", "kun je daar meer over vertellen?",
           "meer uitleg graag", "ok interessant, vertel meer", "kunde ge daar wat meer over vertellen",
           "ga door", "ja, ga door", "leg dat eens verder uit"],
    "en": ["tell me more", "tell me more about that", "can you elaborate?", "go on", "say more please",
           "go on then", "could you explain a bit more", "more info please", "ok, tell me more"],
}  # fmt: skip
NOT_MORE = [
    "vertel meer over klachten",  # a topic of its own: searched
    "tell me more about complaint handling",
    "ga door met je werk",
    "meer",  # "one more" is tip_request's own
    "ik wil meer klanten helpen",
    "the customer wants to tell me more about his problem",
]
FIRST = {
    "nl": "klant is boos omdat zijn pakket te laat is",
    "en": "customer is angry because his parcel is late",
}


@pytest.mark.parametrize("text", [m for ms in MORE.values() for m in ms])
def test_requests_to_hear_more_are_read(text: str) -> None:
    assert asks_to_tell_more(text)


@pytest.mark.parametrize("text", NOT_MORE)
def test_other_messages_are_no_request_for_more(text: str) -> None:
    assert not asks_to_tell_more(text)


def _views(messages: list[dict]) -> list[tuple[str, str]]:
    found = (m.get("custom") or {} for m in messages)
    return [(n["id"], n.get("view")) for n in found if n.get("type") == "source"]


@pytest.mark.parametrize(("lang", "text"), [(lang, m) for lang, ms in MORE.items() for m in ms])
def test_more_after_an_answer_gives_the_next_view(lang: str, text: str) -> None:
    first, events = advice_turn(FIRST[lang], lang, [])
    assert _views(first) == [("angry-customer", "card")]
    messages, _ = advice_turn(text, lang, events)
    assert _views(messages) == [("angry-customer", "example")], messages


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_more_twice_goes_on_through_the_article(lang: str) -> None:
    _, events = advice_turn(FIRST[lang], lang, [])
    _, events = advice_turn(MORE[lang][0], lang, events)
    messages, _ = advice_turn(MORE[lang][1], lang, events)
    assert _views(messages) == [("angry-customer", "meaning")], messages


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_more_out_of_the_blue_gives_no_article_view(lang: str) -> None:
    messages, _ = advice_turn(MORE[lang][0], lang, [])
    assert all(view == "card" for _, view in _views(messages)), messages
