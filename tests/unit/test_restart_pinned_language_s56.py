"""Stop 56: after /start or /restart (the greet payload) the greeting says that the language is
pinned, and how to unpin it (actions/small_talk.py `say_pinned_language_on_a_fresh_start`).
Both testers of stop 55 read /restart as a new conversation and were surprised that the pin held."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.language import pin_language
from actions.small_talk import ActionSmallTalk
from bot.dialogue import payloads
from bot.i18n import t

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py: own app database


def greeted(text: str, lang: str, pinned: str | None, intent: str = "greet") -> list[str]:
    """The texts the small-talk action says to `text` for a new user who pinned `pinned`."""
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [], "metadata": {}}
    user = f"pin-{uuid.uuid4().hex[:8]}"
    tracker = Tracker(user, {"language": lang}, latest, [], False, None, {}, "action_listen")
    if pinned:
        pin_language(tracker, pinned)
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionSmallTalk().run(dispatcher, tracker, {}))
    return [str(m.get("text") or m.get("response") or "") for m in dispatcher.messages]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_restart_says_the_pinned_language_and_how_to_unpin_it(lang: str) -> None:
    said = greeted(payloads.greet(), lang, pinned=lang)
    assert said[0].startswith("utter_greet")
    assert said[-1] == t("greet_language_pinned", lang)


def test_a_restart_without_a_pin_only_greets() -> None:
    said = greeted(payloads.greet(), "nl", pinned=None)
    assert len(said) == 1 and said[0].startswith("utter_greet")


@pytest.mark.parametrize("text", ["hoi", "hallo daar", "hello"])
def test_a_typed_greeting_does_not_repeat_the_pin(text: str) -> None:
    said = greeted(text, "nl", pinned="nl")
    assert len(said) == 1 and said[0].startswith("utter_greet")
