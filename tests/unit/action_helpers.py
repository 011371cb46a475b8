"""Trackers and action runs for the unit tests that call a real action on one message (like
rasa-demo's tracker fixtures): `tracker` builds the rasa_sdk Tracker Rasa would send for a typed
message, `run` runs an action on it, `run_text` does both for a message with no conversation
before it and returns only the messages. For a conversation of several turns see
tests/unit/turns.py `turn`. Tests that store anything use the `own_app_db` fixture
(tests/unit/conftest.py).

Moved here from tests/unit/test_actions.py and tests/unit/test_work_matters_first.py (stop 65), so
test modules no longer import helpers from other test modules."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

__all__ = ["SENDER", "run", "run_text", "tracker"]

SENDER = "test-user"
SLOTS: dict[str, Any] = {"language": "nl", "pinned_language": None, "tips_given": None}


def tracker(
    text: str,
    intent: str = "ask_advice",
    entities: list[dict] | None = None,
    slots: dict[str, Any] | None = None,
    events: list[dict] | None = None,
    confidence: float = 0.9,
) -> Tracker:
    """The tracker for `text` from SENDER as NLU read it (`intent` with `confidence`, `entities`),
    with `slots` on top of the defaults (Dutch) and `events` before it."""
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": confidence},
        "entities": entities or [],
        "metadata": {},
    }
    return Tracker(SENDER, {**SLOTS, **(slots or {})}, latest, events or [], False, None, {}, "action_listen")


def run(action: Any, t: Tracker) -> tuple[list[dict], list[dict]]:
    """Run the action instance `action` on `t`: (its messages, the events it returned)."""
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, t, {}))
    return dispatcher.messages, events


def run_text(action: Any, text: str, intent: str, lang: str = "nl") -> list[dict[str, Any]]:
    """The messages of the action instance `action` on `text` from a sender of its own
    ("work-matter-user"), read as `intent`, in the conversation language `lang`."""
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [], "metadata": {}}
    slots = {**SLOTS, "language": lang}
    found = Tracker("work-matter-user", slots, latest, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, found, {}))
    return dispatcher.messages
