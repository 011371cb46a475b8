"""Feedback buttons, the anonymous answer and gap logs, and the knowledge report: with the
real index and actions, the real CLI, and the real stack for the button round trip."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import subprocess
import sys
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.advice import ActionAnswerAdvice
from actions.coaching import ActionCoachingTip
from actions.feedback import ActionFeedback
from bot.insights.grouping import group_questions
from bot.insights.report import build_report, parse_since, render_report
from bot.settings import Settings
from bot.storage.insights import InsightsStore
from tests.helpers import ROOT

SENDER = "sender-7f3a9c"  # must never reach the insight tables


def tracker(text: str, intent: str = "ask_advice", entities=None, events=None, slots=None) -> Tracker:
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": entities or []}
    base = {"language": "nl", "pinned_language": None, "tips_given": None}
    return Tracker(SENDER, {**base, **(slots or {})}, latest, events or [], False, None, {}, "action_listen")


def run(action, t: Tracker) -> list[dict]:
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, t, {}))
    return dispatcher.messages


@pytest.fixture()
def db(tmp_path, monkeypatch, searcher) -> Path:
    path = tmp_path / "app.db"
    monkeypatch.setenv("SERVICECOACH_DATABASE_URL", f"sqlite:///{path}")
    return path


def feedback_buttons(messages: list[dict]) -> list[dict]:
    return [b for m in messages for b in m.get("buttons") or [] if b["payload"].startswith("/feedback")]


def ref_of(button: dict) -> str:
    return json.loads(button["payload"].removeprefix("/feedback"))["answer_ref"]


def dump(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return "\n".join(conn.iterdump())


def test_advice_asks_for_feedback_in_a_separate_message_and_logs_the_answer(db: Path) -> None:
    question = "Een klant staat tegen me te schreeuwen aan de balie, wat doe ik?"
    messages = run(ActionAnswerAdvice(), tracker(question))
    assert all(b["payload"].startswith("/ask_advice") for b in messages[0]["buttons"])  # related topics
    prompt = next(m for m in messages if feedback_buttons([m]))
    assert prompt["text"] == "Had je hier iets aan?"
    up, down = feedback_buttons([prompt])
    assert '"feedback_value":"up"' in up["payload"] and '"feedback_value":"down"' in down["payload"]
    assert ref_of(up) == ref_of(down)

    [logged] = InsightsStore(f"sqlite:///{db}").answers()
    assert logged.ref == ref_of(up) and logged.question == question and logged.lang == "nl"
    assert logged.article_id == "angry-customer" and logged.shown[0]["id"] == "angry-customer"
    assert all(isinstance(s["score"], float) for s in logged.shown) and len(logged.shown) >= 2
    assert SENDER not in dump(db)


def test_not_helpful_is_stored_and_logged_as_a_gap_typed_feedback_finds_the_answer(db: Path) -> None:
    messages = run(ActionAnswerAdvice(), tracker("How do I say no to a customer?", slots={"language": "en"}))
    _, down = feedback_buttons(messages)
    ref = ref_of(down)
    entities = [{"entity": "feedback_value", "value": "down"}, {"entity": "answer_ref", "value": ref}]
    reply = run(ActionFeedback(), tracker(down["payload"], "feedback", entities, slots={"language": "en"}))
    assert "fell short" in reply[0]["text"]
    store = InsightsStore(f"sqlite:///{db}")
    assert store.answers()[0].feedback == "down"
    gap = store.gaps()[0]
    assert (gap.reason, gap.question, gap.best_article) == (
        "not_helpful",
        "How do I say no to a customer?",
        "saying-no-kindly",
    )
    # typed ("this answer was helpful"): no ref in the message, so the last offered answer
    events = [
        {"event": "bot", "text": m.get("text"), "data": {"buttons": m.get("buttons")}} for m in messages
    ]
    typed = run(
        ActionFeedback(),
        tracker(
            "this answer was helpful",
            "feedback",
            [{"entity": "feedback_value", "value": "up"}],
            events,
            slots={"language": "en"},
        ),
    )
    assert "thanks" in typed[0]["text"].lower()
    assert store.answers()[0].feedback == "up"  # a second opinion replaces the first
    unknown = run(
        ActionFeedback(),
        tracker(
            "/feedback",
            "feedback",
            [{"entity": "feedback_value", "value": "up"}, {"entity": "answer_ref", "value": "nope1234"}],
        ),
    )
    assert "knoppen" in unknown[0]["text"]
    assert SENDER not in dump(db)


def test_a_key_mash_is_not_logged_as_a_question_to_write(db: Path) -> None:
    run(ActionAnswerAdvice(), tracker("qwertzuiop"))
    assert InsightsStore(f"sqlite:///{db}").gaps() == []


def test_a_question_without_an_answer_is_logged_without_identity(db: Path) -> None:
    # (a tax return is the asker's private affair since stop 49: said so, not a gap)
    question = "Hoe plak ik een lekke fietsband van mijn boot in Portugal?"
    messages = run(ActionAnswerAdvice(), tracker(question))
    assert "geen goed antwoord" in messages[0]["text"]
    assert not feedback_buttons(messages)  # nothing to rate
    [gap] = InsightsStore(f"sqlite:///{db}").gaps()
    assert gap.reason == "no_answer" and gap.question == question
    assert SENDER not in dump(db)


def test_coaching_tips_offer_feedback_too(db: Path) -> None:
    messages = run(ActionCoachingTip(), tracker("geef me een coachingstip", intent="ask_coaching_tip"))
    assert feedback_buttons(messages)
    assert InsightsStore(f"sqlite:///{db}").answers()[0].kind == "tip"


def test_near_identical_questions_land_in_one_group() -> None:
    groups = group_questions(
        [
            "Mag ik een fooi aannemen van een klant?",
            "Hoe ga ik om met een klant die een levende kreeft terugbrengt?",
            "mag ik een fooi aannemen van klanten",
            "Mag ik fooi aannemen van een klant??",
            "What do I do when the fire alarm goes off?",
            "hoe ga ik om met een klant die een levende kreeft terug brengt",
        ]
    )
    assert [g.size for g in groups] == [3, 2, 1]
    assert all("fooi" in q for q in groups[0].questions)
    assert all("kreeft" in q for q in groups[1].questions)


def test_parse_since() -> None:
    today = datetime(2026, 11, 24, 12)
    assert parse_since("7d", today) == datetime(2026, 11, 17)  # today and the 7 days before
    assert parse_since("2026-11-01") == datetime(2026, 11, 1)
    with pytest.raises(ValueError):
        parse_since("last week")


def test_report_shows_topics_not_helpful_answers_and_grouped_gaps(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    store = InsightsStore(url)
    for _ in range(3):
        store.log_answer(
            "hoe ga ik om met een boze klant", "nl", "angry-customer", [{"id": "angry-customer"}]
        )
    ref = store.log_answer("hoe zeg ik nee", "nl", "saying-no-kindly", [{"id": "saying-no-kindly"}])
    store.record_feedback(ref, "down")
    for q in ("Mag ik een fooi aannemen?", "mag ik een fooi aannemen", "Mag ik fooi aannemen??"):
        store.log_gap(q, "nl", "no_answer")
    store.log_gap("Wat is de wifi-code van het kantoor?", "nl", "unsure")
    # pointed where to go, or off-topic: nothing to write an article about
    store.log_gap("wanneer wordt mijn salaris gestort", "nl", "referred")
    store.log_gap("wie wint de eredivisie dit jaar", "nl", "off_topic")
    settings = Settings(var_dir=tmp_path, database_url=url)
    report = build_report(settings, lang="nl")
    assert report.top_topics[0] == ("angry-customer", 3)
    assert report.not_helpful == [("hoe zeg ik nee", "saying-no-kindly", 1)]
    assert [g.size for g in report.gaps] == [3, 1]
    text = render_report(report, "nl")
    assert "3× Omgaan met een boze klant (angry-customer)" in text
    assert "“hoe zeg ik nee” → " in text and "3 mensen, 3 vragen [nl]: “" in text and "fooi" in text
    assert "salaris" not in text and "eredivisie" not in text
    assert (
        # four sections, each empty: topics, not helpful, sent again after an answer (stop 59), gaps
        render_report(build_report(settings, since=datetime.now() + timedelta(days=1))).count("(none)") == 4
    )

    cli = subprocess.run(
        [sys.executable, "-m", "bot.cli.main", "report", "--since", "7d", "--lang", "en"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**__import__("os").environ, "SERVICECOACH_DATABASE_URL": url},
    )
    assert cli.returncode == 0, cli.stderr
    assert "Knowledge report (since" in cli.stdout and "Handling an angry customer" in cli.stdout
    assert "Questions without a good answer" in cli.stdout and "fooi" in cli.stdout


@pytest.mark.e2e
def test_feedback_button_round_trip_on_the_real_stack(chat, stack) -> None:
    user = f"fb-{uuid.uuid4().hex[:8]}"
    replies = chat(user, "Hoe ga ik om met een boze klant?")
    assert replies[0]["buttons"] and replies[0]["buttons"][0]["payload"].startswith("/ask_advice")
    _, down = feedback_buttons(replies)
    thanks = chat(user, down["payload"])
    assert "tekortschoot" in "\n".join(r.get("text", "") for r in thanks)
    store = InsightsStore(stack.settings.app_db_url)
    rated = [a for a in store.answers() if a.ref == ref_of(down)]
    assert rated and rated[0].feedback == "down" and rated[0].article_id == "angry-customer"
    assert any(g.reason == "not_helpful" and "boze klant" in g.question for g in store.gaps())


@pytest.mark.e2e
@pytest.mark.parametrize("typed", ["dat hielp niet echt", "nee daar heb ik niks aan"])
def test_typed_feedback_after_an_answer_on_the_real_stack(chat, stack, typed: str) -> None:
    """Whatever intent NLU gives a typed verdict (feedback without its value, or deny), it is
    stored for the answer just given (bot/dialogue/feedback_words.py)."""
    user = f"fb-{uuid.uuid4().hex[:8]}"
    replies = chat(user, "Hoe ga ik om met een boze klant?")
    _, down = feedback_buttons(replies)
    said = "\n".join(r.get("text", "") for r in chat(user, typed))
    assert "tekortschoot" in said, said
    rated = [a for a in InsightsStore(stack.settings.app_db_url).answers() if a.ref == ref_of(down)]
    assert rated and rated[0].feedback == "down"
