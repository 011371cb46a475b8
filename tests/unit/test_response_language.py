"""A domain response in the language a message changes to (actions/base.py `in_language`).

Rasa picks a response's variation (`response="utter_..."`) by the `language` slot before the
action's events apply, so an action that detects the language itself and utters a domain
response would answer a first English message with the Dutch variation (stop 41's open
list). Now such a message is written out as the new language's variation; actions that leave
the detection to `action_detect_language` before them (data/rules) keep Rasa's rendering.
Real actions, the real domain.yml and a real app database (SQLite), one per test."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import CoachAction, in_language
from actions.yes_no import ActionAffirm
from bot.dialogue.domain_responses import domain_response
from bot.settings import ROOT

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py


def run(action, text: str, intent: str, slot: str) -> tuple[list[dict[str, Any]], list[dict]]:
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [], "metadata": {}}
    slots = {"language": slot, "pinned_language": None, "tips_given": None}
    tracker = Tracker(f"lang-{uuid.uuid4().hex}", slots, latest, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return dispatcher.messages, events


class _Utters(CoachAction):
    """An action that detects the language itself and utters the domain response named in
    the message's intent, as the knowledge actions do (utter_affirm to a yes emoji, a greeting
    to a wave, utter_stop when no self-check is open)."""

    wording_requests_first = False
    selfcheck_answers_first = False

    def name(self) -> str:
        return "action_test_utters"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict]:
        dispatcher.utter_message(response=tracker.latest_message["intent"]["name"])
        return []


_RESPONSES = sorted(yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"])


@pytest.mark.parametrize("response", _RESPONSES)
@pytest.mark.parametrize(
    ("text", "slot", "lang"),
    [
        ("could you help me with something please", "nl", "en"),
        ("kun je me ergens mee helpen alsjeblieft", "en", "nl"),
    ],
)
def test_a_first_message_in_another_language_gets_the_response_in_it(
    response: str, text: str, slot: str, lang: str
) -> None:
    messages, events = run(_Utters(), text, response, slot)
    assert {"event": "slot", "name": "language", "value": lang, "timestamp": None} in events
    expected = domain_response(response, lang)
    assert [(m.get("text"), m.get("buttons")) for m in messages] == [(expected["text"], expected["buttons"])]
    assert not any(m.get("response") for m in messages)  # Rasa would render the old language's


@pytest.mark.parametrize(("text", "slot"), [("yes that would be great", "en"), ("ja graag", "nl")])
def test_in_the_same_language_the_response_is_left_to_rasa(text: str, slot: str) -> None:
    messages, events = run(ActionAffirm(), text, "affirm", slot)
    assert [m.get("response") for m in messages] == ["utter_affirm"] and not events


def test_a_message_that_is_no_domain_response_is_left_as_it_is() -> None:
    message = {"text": "Hoi", "buttons": [{"title": "a", "payload": "/a"}], "custom": {"x": 1}}
    assert in_language(message, "en") is message
    written = in_language({"response": "utter_stop", "custom": {"x": 1}, "buttons": []}, "en")
    assert written == {"custom": {"x": 1}, **domain_response("utter_stop", "en")}
