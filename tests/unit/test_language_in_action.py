"""One action round trip per message (issue 14.2, speed): the coach's actions set the
`language` slot themselves, in the same call, instead of after a separate
`action_detect_language` call. For every action that does so, a message answered in one
call is answered exactly as the old two calls answered it (detection, then the action with
the slot set), and data/rules keep `action_detect_language` exactly where a response of the
domain needs the slot beforehand.

Real actions on the real knowledge index and a real app database (SQLite)."""

from __future__ import annotations

import asyncio
import inspect
import uuid
from typing import Any

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

import actions.advice
import actions.coaching
import actions.feedback
import actions.help
import actions.language
import actions.selfcheck
import actions.small_talk
import actions.yes_no
from actions.base import CoachAction
from actions.language import ActionDetectLanguage
from bot.dialogue import payloads
from bot.engine import detect_language
from tests.helpers import ROOT

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

MODULES = (
    actions.advice,
    actions.coaching,
    actions.feedback,
    actions.help,
    actions.language,
    actions.selfcheck,
    actions.small_talk,
    actions.yes_no,
)
ACTIONS = {
    cls().name(): cls
    for module in MODULES
    for _, cls in inspect.getmembers(module, inspect.isclass)
    if issubclass(cls, CoachAction) and not inspect.isabstract(cls) and cls.__module__ == module.__name__
}
DETECTING = sorted(name for name, cls in ACTIONS.items() if cls.detects_language)

# (intent, a typed message in Dutch, the same in English) per detecting action
MESSAGES = {
    "action_answer_advice": ("ask_advice", "Hoe ga ik om met een boze klant?",
                             "How do I handle an angry customer?"),
    "action_kb_fallback": ("nlu_fallback", "de klant is boos, wat moet ik nu doen",
                           "the customer is angry, what now then"),
    "action_coaching_tip": ("ask_coaching_tip", "Geef me een coachingstip voor mijn team",
                            "Give me a coaching tip for my team"),
    "action_help": ("help", "Wat kun je allemaal?", "What can you do for me?"),
    "action_feedback": ("feedback", "Dat antwoord was heel nuttig, dank je",
                        "That answer was very useful, thanks"),
    "action_start_selfcheck": ("start_selfcheck", "Ik wil een zelftest doen",
                               "I would like to do a self-check"),
    "action_selfcheck_answer": ("selfcheck_answer", "helemaal mee eens", "I totally agree with that"),
    "action_show_results": ("show_results", "Laat mijn resultaten zien", "Show me my results please"),
    "action_team_results": ("team_results", "Hoe doet mijn team het?", "How is my team doing?"),
}


def _tracker(text: str, intent: str, language: str, sender: str) -> Tracker:
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [], "metadata": {}}
    slots = {"language": language, "pinned_language": None, "tips_given": None}
    events = [{"event": "slot", "name": "language", "value": language}]
    return Tracker(sender, slots, latest, events, False, None, {}, "action_listen")


def _run(action: CoachAction, tracker: Tracker) -> tuple[list[dict], list[dict]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return dispatcher.messages, events


def _old_two_calls(
    name: str, text: str, intent: str, slot: str, sender: str
) -> tuple[list[dict], list[dict]]:
    """What Rasa did before: action_detect_language, its events applied, then the action."""
    first = _tracker(text, intent, slot, sender)
    detected = asyncio.run(ActionDetectLanguage().run(CollectingDispatcher(), first, {}))
    language = next((e["value"] for e in detected if e.get("name") == "language"), slot)
    messages, events = _run(ACTIONS[name](), _tracker(text, intent, language, sender))
    return messages, [*detected, *events]


def _comparable(messages: list[dict], name: str = "") -> list[Any]:
    """Messages without the per-answer ids of the app database (feedback refs); a coaching
    tip is picked anew per call, so of its texts only the language counts."""
    def text(m: dict) -> Any:
        said = m.get("text")
        return detect_language(said) if said and name == "action_coaching_tip" else said

    return [(text(m), len(m.get("buttons") or []), (m.get("custom") or {}).get("type")) for m in messages]


def test_every_action_but_the_language_ones_detects_itself() -> None:
    assert set(DETECTING) == set(MESSAGES), "a new action: add its messages here"
    assert not ACTIONS["action_detect_language"].detects_language
    assert not ACTIONS["action_set_language"].detects_language


@pytest.mark.parametrize("name", DETECTING)
@pytest.mark.parametrize(("slot", "typed"), [("nl", "en"), ("en", "nl"), ("nl", "nl"), ("en", "en")])
def test_one_call_answers_as_the_two_calls_did(name: str, slot: str, typed: str) -> None:
    intent, dutch, english = MESSAGES[name]
    text = english if typed == "en" else dutch
    one_messages, one_events = _run(ACTIONS[name](), _tracker(text, intent, slot, f"one-{uuid.uuid4().hex}"))
    two_messages, two_events = _old_two_calls(name, text, intent, slot, f"two-{uuid.uuid4().hex}")
    assert _comparable(one_messages, name) == _comparable(two_messages, name)
    assert [e for e in one_events if e.get("name") == "language"] == [
        e for e in two_events if e.get("name") == "language"
    ]
    changed = [SlotSet("language", typed)] if typed != slot else []
    assert [e for e in one_events if e.get("name") == "language"] == changed
    assert one_events[: len(changed)] == changed  # the slot is set before anything else


@pytest.mark.parametrize("name", DETECTING)
def test_a_button_keeps_the_conversation_language(name: str) -> None:
    intent = MESSAGES[name][0]
    tracker = _tracker(payloads.show_help(), intent, "en", f"button-{uuid.uuid4().hex}")
    _, events = _run(ACTIONS[name](), tracker)
    assert [e for e in events if e.get("name") == "language"] == []
    assert tracker.get_slot("language") == "en"  # the action leaves the tracker as it came


def test_a_pinned_language_wins() -> None:
    sender = f"pinned-{uuid.uuid4().hex}"
    actions.language.pin_language(_tracker("", "set_language", "en", sender), "en")
    messages, events = _run(ACTIONS["action_help"](), _tracker("Wat kun je allemaal?", "help", "nl", sender))
    assert events[:1] == [SlotSet("language", "en")]
    assert [detect_language(m["text"]) for m in messages if m.get("text")] == ["en"]


def _rule_steps() -> list[list[str]]:
    steps = []
    for path in sorted((ROOT / "data" / "rules").glob("*.yml")):
        for rule in yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]:
            steps.append([s["action"] for s in rule["steps"] if "action" in s])
    return steps


def test_rules_detect_first_exactly_where_a_domain_response_needs_it() -> None:
    for actions_of_rule in _rule_steps():
        for before, after in zip(actions_of_rule, actions_of_rule[1:], strict=False):
            if before == "action_detect_language":
                assert after.startswith("utter_") or not ACTIONS[after].detects_language, actions_of_rule
        for name in actions_of_rule:
            if name.startswith("utter_"):
                assert actions_of_rule[actions_of_rule.index(name) - 1] == "action_detect_language"
            elif name in ACTIONS and not ACTIONS[name].detects_language and name != "action_detect_language":
                assert name == "action_set_language" or "action_detect_language" in actions_of_rule, name


@pytest.mark.parametrize(
    ("text", "expected"), [("yes", "en"), ("thanks", "en"), ("nope", "en"), ("ja", "nl"), ("ok", "nl")]
)
def test_a_first_short_message_of_one_language_sets_it(text: str, expected: str) -> None:
    """A first "yes" with no hint from the front end got the Dutch reply (tester round of stop
    42); words that belong to one language only now say which. "ok" belongs to both."""
    from actions.language import conversation_language

    latest = {"text": text, "intent": {"name": "affirm", "confidence": 0.9}, "entities": [], "metadata": {}}
    events = [{"event": "user", "text": text}]
    first = Tracker("first-short", {"language": "nl"}, latest, events, False, None, {}, "x")
    assert conversation_language(first) == expected


@pytest.mark.parametrize("text", ["yes", "thanks", "nope"])
def test_a_later_short_message_keeps_the_dutch_conversation(text: str) -> None:
    from actions.language import conversation_language

    latest = {"text": text, "intent": {"name": "affirm", "confidence": 0.9}, "entities": [], "metadata": {}}
    events = [{"event": "user", "text": "hoe ga ik om met een boze klant"}, {"event": "user", "text": text}]
    later = Tracker("later-short", {"language": "nl"}, latest, events, False, None, {}, "x")
    assert conversation_language(later) == "nl"


def test_language_auto_unpins_and_the_next_message_is_answered_in_its_own_language() -> None:
    """/taal auto and /language auto (both channels send set_language{"language": "auto"}):
    the pin is gone, the coach says so in the conversation's language, and the next message
    written in Dutch is answered in Dutch (the tester round of stop 48 found no such command)."""
    sender = f"auto-{uuid.uuid4().hex}"
    actions.language.pin_language(_tracker("", "set_language", "en", sender), "en")
    tracker = _tracker(payloads.set_language("auto"), "set_language", "en", sender)
    tracker.latest_message["entities"] = [{"entity": "language", "value": "auto"}]
    messages, events = _run(ACTIONS["action_set_language"](), tracker)
    assert SlotSet("pinned_language", None) in events and SlotSet("language", "en") in events
    assert [m["text"] for m in messages] == [actions.language.t("language_automatic", "en")]
    assert actions.language.pinned_language(_tracker("", "help", "en", sender)) is None
    messages, events = _run(ACTIONS["action_help"](), _tracker("Wat kun je allemaal?", "help", "en", sender))
    assert events[:1] == [SlotSet("language", "nl")]
    assert [detect_language(m["text"]) for m in messages if m.get("text")][:1] == ["nl"]
