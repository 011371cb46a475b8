"""A language the user says they do not speak is never the one set, and a clear request for a
language in a message wins over an earlier pin (tester round of stop 53: "sorry i dont speak
dutch" got "Prima, vanaf nu antwoord ik in het Nederlands"; "hi im the night porter at a hotel,
english only sorry. what can u help me with" was answered in Dutch after Dutch was pinned).
actions/language.py `negated_languages`, `wanted_language`, `requested_language`. Real actions."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.advice import ActionAnswerAdvice
from actions.language import (
    ActionDetectLanguage,
    ActionSetLanguage,
    negated_languages,
    pinned_language,
    requested_language,
    wanted_language,
)
from bot.i18n import t

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

USER = "negation-user"
# (message, language named in it (NLU's entity), language meant)
NOT_SPOKEN = [
    ("sorry i dont speak dutch", "nl", "en"),
    ("i don't speak dutch", "nl", "en"),
    ("no dutch sorry", "nl", "en"),
    ("I can't read Dutch", "nl", "en"),
    ("i do not understand dutch", "nl", "en"),
    ("I cannot read dutch, sorry", "nl", "en"),
    ("not in dutch please", "nl", "en"),
    ("my dutch is not good", "nl", "en"),
    ("ik spreek geen engels", "en", "nl"),
    ("ik versta geen Engels", "en", "nl"),
    ("ik begrijp geen Engels", "en", "nl"),
    ("geen engels aub", "en", "nl"),
    ("niet in het Engels alsjeblieft", "en", "nl"),
    ("ik klap gene Engels", "en", "nl"),  # Flemish
    ("ik versta da Engels nie", "en", "nl"),  # Flemish
    ("i don't speak english", "en", "nl"),
    ("no dutch, english please", "nl", "en"),
]
ASKED = [
    ("english only sorry", "en"),
    ("english only", "en"),
    ("only english please", "en"),
    ("in english pls", "en"),
    ("alleen Nederlands graag", "nl"),
    ("enkel in het Nederlands aub", "nl"),
    ("kun je in het Engels antwoorden", "en"),
    ("can you answer in dutch please", "nl"),
    ("switch to english", "en"),
]
NO_REQUEST = [
    "klant spreekt geen Nederlands, hoe help ik hem",  # someone else
    "guest doesnt speak dutch",
    "hoe zeg ik dat in het Engels",  # the last answer in the other language
    "plain english please",  # simpler, not a language
    "how do I handle an angry customer?",  # only written in a language
    "hoe ga ik om met een boze klant?",
]


def _tracker(text: str, intent: str, slots: dict, entities: list[dict] | None = None, earlier=()) -> Tracker:
    events: list[dict] = []
    for said in earlier:
        events += [{"event": "user", "text": said}, {"event": "bot", "text": "..."}]
    events.append({"event": "user", "text": text})
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": entities or [],
              "metadata": {}}  # fmt: skip
    base = {"language": "nl", "pinned_language": None, "tips_given": None}
    return Tracker(USER, {**base, **slots}, latest, events, False, None, {}, "action_listen")


def _slots(events: list[dict]) -> dict:
    return {e.get("name"): e.get("value") for e in events if e.get("event") == "slot"}


@pytest.mark.parametrize(("text", "named", "meant"), NOT_SPOKEN)
def test_a_language_not_spoken_is_read_as_a_request_for_the_other(text: str, named: str, meant: str) -> None:
    assert named in negated_languages(text) or "," in text
    assert wanted_language(text) == meant
    assert requested_language(text) == meant


@pytest.mark.parametrize(("text", "named", "meant"), NOT_SPOKEN)
@pytest.mark.parametrize("current", ["nl", "en"])
def test_set_language_never_pins_the_language_not_spoken(
    text: str, named: str, meant: str, current: str
) -> None:
    """NLU reads these as set_language with the negated language as entity (the brief's case)."""
    dispatcher = CollectingDispatcher()
    entity = {"entity": "language", "value": named}
    events = asyncio.run(
        ActionSetLanguage().run(
            dispatcher, _tracker(text, "set_language", {"language": current}, [entity]), {}
        )
    )
    slots = _slots(events)
    assert slots.get("pinned_language") == meant, (text, dispatcher.messages)
    assert slots.get("language") == meant
    assert dispatcher.messages[0]["text"] == t("language_pinned", meant)


@pytest.mark.parametrize(("text", "meant"), ASKED)
def test_a_clear_request_names_its_language(text: str, meant: str) -> None:
    assert requested_language(text) == meant


@pytest.mark.parametrize("text", NO_REQUEST)
def test_a_message_only_in_a_language_or_about_someone_else_asks_for_none(text: str) -> None:
    assert requested_language(text) is None


@pytest.mark.parametrize(("text", "named", "meant"), NOT_SPOKEN[:8] + NOT_SPOKEN[8:12])
def test_a_language_not_spoken_read_as_another_intent_still_switches(
    text: str, named: str, meant: str
) -> None:
    """NLU read "i don't understand dutch" as a question (ask_advice): the detection before the
    reply reads the request too, whatever the conversation's language or pin."""
    other = "nl" if meant == "en" else "en"
    tracker = _tracker(text, "ask_advice", {"language": other, "pinned_language": other})
    events = asyncio.run(ActionDetectLanguage().run(CollectingDispatcher(), tracker, {}))
    assert _slots(events).get("language") == meant
    assert pinned_language(tracker) == meant


PORTER = "hi im the night porter at a hotel, english only sorry. what can u help me with"


def test_a_request_in_a_longer_message_wins_over_a_dutch_pin() -> None:
    """The brief's case: Dutch pinned (after /start and a Dutch message), then the night porter's
    message with "english only": answered in English, and English is pinned from then on."""
    tracker = _tracker(PORTER, "ask_advice", {"pinned_language": "nl"}, earlier=["/start", "hoi"])
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionAnswerAdvice().run(dispatcher, tracker, {}))
    assert _slots(events).get("language") == "en"
    said = "\n".join(m.get("text") or "" for m in dispatcher.messages)
    assert "Nice to meet you" in said and "Leuk je" not in said, dispatcher.messages
    assert pinned_language(_tracker("ok", "affirm", {})) == "en"


@pytest.mark.parametrize("text", ["in english pls, how do I calm an angry guest?", "english only sorry"])
def test_a_request_is_read_by_the_detection_under_a_pin(text: str) -> None:
    tracker = _tracker(text, "ask_advice", {"pinned_language": "nl"})
    events = asyncio.run(ActionDetectLanguage().run(CollectingDispatcher(), tracker, {}))
    assert _slots(events).get("language") == "en"


@pytest.mark.parametrize(
    "text",
    ["how do I handle an angry customer?", "hi im the night porter at a hotel, what can u help me with"],
)
def test_a_whole_english_message_without_a_request_keeps_the_dutch_pin(text: str) -> None:
    """As designed (actions/language.py): a pin holds for a message only written in the other
    language; only a request in it moves the pin."""
    tracker = _tracker(text, "ask_advice", {"pinned_language": "nl"})
    events = asyncio.run(ActionDetectLanguage().run(CollectingDispatcher(), tracker, {}))
    assert _slots(events).get("language", "nl") == "nl"
    assert pinned_language(tracker) == "nl"
