"""Helpers the unit tests share (stop 62: about 60 test modules imported them from other test
modules, and some copied them). Reading the coach's replies: `said`, `source_id`, `source_of`,
`scale_buttons`; a self-check walked with bare trackers (no events but the coach's last reply),
as tests/unit/test_yes_no.py first did: `tracker`, `run`, `start`, `after` for the sender `USER`
on the self-check `CHECK`. Conversations with events and a sender of their own: tests/unit/turns.py.
The work matters a message names, as the decision reads it (knowledge/referrals.yml): `topics_of`
(stop 63: three test modules each had their own)."""

from __future__ import annotations

import asyncio
from functools import cache
from pathlib import Path
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.selfcheck import ActionSelfcheckAnswer, ActionStartSelfcheck
from bot.content.referrals import Referral, load_referrals
from bot.dialogue import payloads
from bot.engine.decision import referrals_for

USER = "yes-no-user"
CHECK = "keeping-promises"
KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@cache
def referrals() -> tuple[Referral, ...]:
    """The work matters of knowledge/referrals.yml, read once per test run."""
    return tuple(load_referrals(KNOWLEDGE))


def topics_of(text: str) -> list[str]:
    """The ids of the work matters `text` names, in the decision's order and reading (as typed,
    then in either language, then part by part: bot/engine/decision.py `referrals_for`)."""
    return [r.id for r in referrals_for(text, referrals())]


def said(messages: list[dict[str, Any]]) -> str:
    """Every text the coach said, joined by new lines."""
    return "\n".join(str(m.get("text") or "") for m in messages)


def source_id(messages: list[dict]) -> str | None:
    """The id of the article the coach answered with, None without one."""
    found = [m["custom"] for m in messages if (m.get("custom") or {}).get("type") == "source"]
    return found[0]["id"] if found else None


def source_of(messages: list[dict]) -> dict:
    """The source note of the answer (its "custom" data: type "source", id, lang, title...)."""
    return next(m["custom"] for m in messages if m.get("custom", {}).get("type") == "source")


def scale_buttons(messages: list[dict]) -> list[str]:
    """The payloads of the self-check answer buttons among the coach's messages."""
    return [
        b["payload"]
        for m in messages
        for b in m.get("buttons") or []
        if b["payload"].startswith("/selfcheck")
    ]


def tracker(text: str, intent: str, lang: str = "nl", last_bot: dict | None = None) -> Tracker:
    """The tracker of USER's `text`, read by NLU as `intent`, in `lang`, after the coach's
    `last_bot` message (its data) if given."""
    entities = []
    if text == payloads.start_selfcheck(CHECK):  # Rasa reads a button's payload into its entity
        entities = [{"entity": "selfcheck_id", "value": CHECK}]
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.9},
        "entities": entities,
        "metadata": {},
    }
    slots = {"language": lang, "pinned_language": None, "tips_given": None}
    events = [{"event": "bot", "text": last_bot.get("text"), "data": last_bot}] if last_bot else []
    return Tracker(USER, slots, latest, events, False, None, {}, "action_listen")


def run(
    action, text: str, intent: str, lang: str = "nl", last_bot: dict | None = None
) -> list[dict[str, Any]]:
    """The messages of `action` run on `tracker(text, intent, lang, last_bot)`."""
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, tracker(text, intent, lang, last_bot), {}))
    return dispatcher.messages


def start(lang: str = "nl") -> list[dict[str, Any]]:
    """Start the check and answer question 1; returns the coach's reply (question 2)."""
    run(ActionStartSelfcheck(), payloads.start_selfcheck(CHECK), "start_selfcheck", lang)
    return run(ActionSelfcheckAnswer(), "4", "selfcheck_answer", lang)  # question 1 answered


def after(reply: list[dict[str, Any]], text: str, intent: str, lang: str = "nl") -> Tracker:
    """A tracker whose latest message `text` follows the coach's `reply` to "4"."""
    bots = [{"event": "bot", "text": m.get("text"), "data": {"buttons": m.get("buttons")}} for m in reply]
    events = [{"event": "user", "text": "4"}, *bots, {"event": "user", "text": text}]
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [], "metadata": {}}
    slots = {"language": lang, "pinned_language": None, "tips_given": None}
    return Tracker(USER, slots, latest, events, False, None, {}, "action_listen")
