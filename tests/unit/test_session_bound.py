"""Bounded sessions (issue 14.2, latency flat in conversation length): the coach's tracker
store continues a long conversation in a new session at the end of a turn, carrying the
slots and the latest answer with buttons, and loses no event.

Runs Rasa's real SQLTrackerStore (the coach's subclass, SQLite in a temporary folder) and
Rasa's own event classes in .venv-rasa, with the project's domain.yml."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.helpers import ROOT, thread_policy

RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"

SCRIPT = r"""
import asyncio, json, sys
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered
from bot.dialogue.session_bound import MAX_SESSION_EVENTS
from bot.dialogue.tracker_store import PatientSQLTrackerStore

TURNS, OUT = int(sys.argv[1]), sys.argv[2]

async def main():
    domain = Domain.load("domain.yml")
    store = PatientSQLTrackerStore(domain=domain, dialect="sqlite", db=OUT)
    sender = "long-conversation"
    sizes, mid_turn_cut, lost_answer, lost_note = [], False, [], []
    for n in range(TURNS):
        tracker = await store.get_or_create_tracker(sender)
        sizes.append(len(tracker.events))
        bots = [e for e in tracker.events if isinstance(e, BotUttered) and (e.data or {}).get("buttons")]
        refs = [e.data["buttons"][0]["payload"] for e in bots]
        if n and refs[-1:] != [f"/feedback{{\"ref\": \"{n - 1}\"}}"]:
            lost_answer.append(n)
        notes = [
            e.data["custom"]["id"]
            for e in tracker.events
            if isinstance(e, BotUttered) and (e.data or {}).get("custom")
        ]
        if n and notes[-1:] != [f"article-{n - 1}"]:
            lost_note.append(n)
        tracker.update(UserUttered(f"vraag {n}", {"name": "ask_advice", "confidence": 1.0}))
        await store.save(tracker)  # Rasa saves after parsing the message too
        mid_turn_cut |= any(isinstance(e, SessionStarted) for e in list(tracker.events)[-2:])
        tracker.update(ActionExecuted("action_detect_language"))
        if n == 3:
            tracker.update(SlotSet("language", "en"))
        if n == 5:
            tracker.update(SlotSet("pinned_language", "en"))
        tracker.update(ActionExecuted("action_answer_advice"))
        button = {"title": "ok", "payload": f"/feedback{{\"ref\": \"{n}\"}}"}
        tracker.update(BotUttered(f"antwoord {n}"))
        tracker.update(BotUttered(None, {"custom": {"type": "source", "id": f"article-{n}"}}))
        tracker.update(BotUttered(f"nuttig? {n}", {"buttons": [button]}))
        tracker.update(ActionExecuted("action_listen"))
        await store.save(tracker)
    last = await store.retrieve(sender)
    full = await store.retrieve_full_tracker(sender)
    events = [e.as_dict() for e in last.events]
    print(json.dumps({
        "limit": MAX_SESSION_EVENTS, "lost_answer": lost_answer, "lost_note": lost_note,
        "sizes": sizes, "mid_turn_cut": mid_turn_cut,
        "slots": {k: last.get_slot(k) for k in ("language", "pinned_language")},
        "latest_buttons": [
            e["data"]["buttons"][0]["payload"]
            for e in events
            if e["event"] == "bot" and e["data"].get("buttons")
        ][-1],
        "user_texts_kept": [e.text for e in full.events if isinstance(e, UserUttered)]
        == [f"vraag {n}" for n in range(TURNS)],
        "sessions": sum(isinstance(e, SessionStarted) for e in full.events),
        "latest_action": last.latest_action_name,
    }))

asyncio.run(main())
"""


@pytest.fixture(scope="module")
def long_conversation(tmp_path_factory) -> dict:
    if not RASA_PYTHON.exists():
        pytest.skip("needs .venv-rasa")
    db = tmp_path_factory.mktemp("tracker") / "tracker.db"
    done = subprocess.run(
        [str(RASA_PYTHON), "-c", SCRIPT, "120", str(db)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", **thread_policy()},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_session_stays_bounded(long_conversation: dict) -> None:
    sizes = long_conversation["sizes"]
    assert max(sizes) <= long_conversation["limit"] + 10  # one turn over the limit at most
    assert long_conversation["sessions"] >= 5  # 120 turns of 8 events: new sessions were started


def test_a_turn_is_never_cut(long_conversation: dict) -> None:
    assert not long_conversation["mid_turn_cut"]
    assert long_conversation["latest_action"] == "action_listen"


def test_state_is_carried_over(long_conversation: dict) -> None:
    assert long_conversation["slots"] == {"language": "en", "pinned_language": "en"}
    # typed feedback still finds the latest answer that offered buttons
    assert long_conversation["latest_buttons"] == '/feedback{"ref": "119"}'
    assert long_conversation["lost_answer"] == []  # at the start of every turn, also after a new session
    # the whole last reply, its article's source note too: "korter" right after a new session
    # still knows the article (tester round of stop 56)
    assert long_conversation["lost_note"] == []


def test_no_event_is_lost(long_conversation: dict) -> None:
    assert long_conversation["user_texts_kept"]
