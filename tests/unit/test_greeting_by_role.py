"""The greeting fits the person (actions/advice.py `greeting_response`, actions/small_talk.py):
an employee is offered a problem of their own, a manager or admin a coaching tip for the
team. Found by a tester against the fake Bot API (stop 39): every employee's "hoi" came with
"Een coachingstip voor mijn team". Real actions, real domain."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import selfcheck
from actions.small_talk import ActionSmallTalk

DOMAIN = yaml.safe_load((Path(__file__).parents[2] / "domain.yml").read_text(encoding="utf-8"))


def greet(user: str, metadata: dict | None = None) -> list[dict]:
    latest = {"text": "hoi", "intent": {"name": "greet", "confidence": 0.98}, "entities": [],
              "metadata": metadata or {}}  # fmt: skip
    tracker = Tracker(user, {"language": "nl"}, latest, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionSmallTalk().run(dispatcher, tracker, {}))
    return dispatcher.messages


def test_an_employee_or_unknown_person_gets_the_employee_greeting() -> None:
    assert [m.get("response") for m in greet(f"new-{uuid.uuid4().hex}")] == ["utter_greet_employee"]
    assert [m.get("response") for m in greet(f"e-{uuid.uuid4().hex}", {"role": "employee"})] == [
        "utter_greet_employee"
    ]


@pytest.mark.parametrize("role", ["manager", "admin"])
def test_a_leader_gets_the_coaching_tip_greeting(role: str) -> None:
    assert [m.get("response") for m in greet(f"m-{uuid.uuid4().hex}", {"role": role})] == ["utter_greet"]
    stored = f"p-{uuid.uuid4().hex}"
    selfcheck.service().repo.set_profile(stored, role, None)  # a stored role, no channel word
    assert [m.get("response") for m in greet(stored)] == ["utter_greet"]


def test_the_employee_greeting_offers_no_coaching_tip_in_either_language() -> None:
    variants = DOMAIN["responses"]["utter_greet_employee"]
    assert len(variants) == 2
    for variant in variants:
        titles = [b["title"].lower() for b in variant["buttons"]]
        assert not any("coach" in title for title in titles), titles
        assert "/help" in [b["payload"] for b in variant["buttons"]]
    leaders = [b["payload"] for v in DOMAIN["responses"]["utter_greet"] for b in v["buttons"]]
    assert any("coach" in p.lower() for p in leaders)
