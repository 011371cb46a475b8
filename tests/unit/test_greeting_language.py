"""A greeting, thanks or goodbye typed on its own is in one language, though too short for
the detector: "goeiemorgen" after an English turn was answered in English
(bot/engine/language.py). Words both languages use keep the conversation's language, and so
do English courtesy words in a Dutch conversation ("thanks bye": Dutch staff type them too).
On a first message an English thanks is English."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.language import ActionDetectLanguage
from bot.engine import detect_language

DUTCH = [
    "goeiemorgen",
    "Goedemorgen!",
    "goeiemiddag",
    "goedenavond",
    "goeiendag",
    "hallo",
    "hallokes",
    "hoi",
    "daag",
    "doei",
    "houdoe",
    "bedankt!",
    "dankjewel",
    "dank je wel",
    "Dank u wel.",
    "merci",
    "tot ziens 👋",
    "fijne dag",
    "welterusten",
    "hallo allemaal",
]
ENGLISH = [
    "hello",
    "Hello!",
    "hiya",
    "thanks",
    "thx",
    "thank you",
    "Thank you!",
    "many thanks",
    "cheers",
    "bye",
    "goodbye",
    "good morning",
    "Good evening.",
    "see you later",
    "have a nice day",
    "thx a lot",
    "thank you so much",
    "tnx",
    "take care",  # a fresh tester: "thx a lot" got Dutch
]
EITHER = ["hey", "hi", "ok", "oké", "top", "super", "ja", "nee", "yes", "4", "?", "👍", "coach"]


@pytest.mark.parametrize("text", DUTCH)
def test_a_dutch_greeting_is_dutch(text: str) -> None:
    assert detect_language(text) == "nl"


@pytest.mark.parametrize("text", ENGLISH)
def test_an_english_greeting_is_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text", EITHER)
def test_a_word_both_languages_use_tells_nothing(text: str) -> None:
    assert detect_language(text) is None


@pytest.mark.parametrize(
    ("text", "before", "now"),
    [
        ("goeiemorgen", "en", "nl"),
        ("bedankt!", "en", "nl"),
        # English courtesy words from a Dutch speaker keep the Dutch conversation (tester round
        # of stop 37: "thanks bye" and "no thanks" turned it English, and "help" after it)
        ("thanks!", "nl", "nl"),
        ("thanks bye", "nl", "nl"),
        ("no thanks", "nl", "nl"),
        ("ok cheers", "nl", "nl"),
        ("sorry!", "nl", "nl"),
        ("thanks, how do I handle an angry customer?", "nl", "en"),  # a question in English switches
        ("thanks!", "en", "en"),
    ],
)
def test_a_greeting_switches_the_conversation(text: str, before: str, now: str, tmp_path, monkeypatch):
    monkeypatch.setenv("SERVICECOACH_DATABASE_URL", f"sqlite:///{tmp_path / 'app.db'}")
    latest = {"text": text, "intent": {"name": "greet", "confidence": 0.9}, "entities": [], "metadata": {}}
    slots = {"language": before, "pinned_language": None}
    events = [{"event": "slot", "name": "language", "value": before}]
    tracker = Tracker("greeting-user", slots, latest, events, False, None, {}, "action_listen")
    result = asyncio.run(ActionDetectLanguage().run(CollectingDispatcher(), tracker, {}))
    set_to = [e["value"] for e in result if e.get("name") == "language"]
    assert (set_to[-1] if set_to else before) == now  # no slot event: the language stays


def test_english_thanks_after_dutch_turns_without_a_slot_event_keeps_dutch(tmp_path, monkeypatch) -> None:
    """A Dutch first message sets no language event (the slot's default is Dutch already):
    "thanks bye" after it still keeps the conversation Dutch (seen in `make chat`)."""
    monkeypatch.setenv("SERVICECOACH_DATABASE_URL", f"sqlite:///{tmp_path / 'app.db'}")
    latest = {
        "text": "thanks bye",
        "intent": {"name": "thank", "confidence": 0.9},
        "entities": [],
        "metadata": {},
    }
    slots = {"language": "nl", "pinned_language": None}
    events = [
        {"event": "user", "text": "hoi"},
        {"event": "bot", "text": "Hoi! Ik ben je servicecoach."},
        {"event": "user", "text": "thanks bye"},
    ]
    tracker = Tracker("thanks-user", slots, latest, events, False, None, {}, "action_listen")
    result = asyncio.run(ActionDetectLanguage().run(CollectingDispatcher(), tracker, {}))
    assert [e["value"] for e in result if e.get("name") == "language"] in ([], ["nl"])
    first = Tracker("thanks-user-2", slots, latest, events[-1:], False, None, {}, "action_listen")
    result = asyncio.run(ActionDetectLanguage().run(CollectingDispatcher(), first, {}))
    assert [e["value"] for e in result if e.get("name") == "language"] == ["en"]  # a first message
