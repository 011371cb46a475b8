"""Faults survived over the real servers (issue 10, points 1 and 6): Rasa killed right after
the action server stored an answer, then the client's retry with the same message id; a
retried advice question that has no answer. Shares the session's `stack` (it restarts the
session's Rasa server once)."""

from __future__ import annotations

import os
import signal
import threading
import time
import uuid

import pytest

from bot.dialogue import payloads
from bot.dialogue.client import RasaClient, RasaUnavailable
from bot.dialogue.metadata import MESSAGE_ID, new_message_id
from bot.storage.insights import InsightsStore
from bot.storage.repository import Repository

pytestmark = pytest.mark.e2e


def new_user() -> str:
    return f"fault-{uuid.uuid4().hex[:10]}"


def text_of(replies: list[dict]) -> str:
    return "\n".join(str(r.get("text") or "") for r in replies)


def answer_payloads(replies: list[dict]) -> dict[str, str]:
    """value -> payload of the self-check answer buttons in `replies`."""
    found = {}
    for reply in replies:
        for button in reply.get("buttons") or []:
            answer = payloads.bound_answer_of(button["payload"])
            if answer is not None:
                found[answer.value] = button["payload"]
    return found


def test_a_retry_after_rasa_was_killed_mid_turn_applies_the_answer_once(stack) -> None:
    user, repo = new_user(), Repository(stack.settings.app_db_url)
    repo.set_profile(user, "employee", "balie")
    client = RasaClient(stack.settings.rasa_url)
    first = client.send(user, payloads.start_selfcheck("keeping-promises"))
    assert "vraag 1 van 7" in text_of(first)
    press = answer_payloads(first)["4"]
    metadata = {MESSAGE_ID: new_message_id(), "channel": "terminal"}

    outcome: dict[str, object] = {}

    def send() -> None:
        try:
            outcome["replies"] = client.send(user, press, metadata)
        except RasaUnavailable as exc:
            outcome["error"] = exc

    sender = threading.Thread(target=send)
    sender.start()
    deadline = time.monotonic() + 120
    while not (repo.open_run(user) and repo.open_run(user).answers) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert repo.open_run(user).answers, "the answer was not stored"
    os.killpg(stack.rasa_server.process.pid, signal.SIGKILL)  # right after the answer was stored
    # SIGKILL is delivered at once but a big process takes a moment to exit; the turn may
    # also have ended just before the kill, so the sender can return before Rasa is gone
    stack.rasa_server.process.wait(60)
    sender.join(120)
    try:
        assert stack.restart_dead() == ["Rasa server"]
        retried = RasaClient(stack.settings.rasa_url).send(user, press, metadata)  # the same message id
    finally:
        assert stack.rasa_server.alive or stack.restart_dead()
    answers = repo.open_run(user).answers
    assert list(answers.values()) == [4]  # once, for statement 1
    assert "vraag 2 van 7" in text_of(retried) and "vraag 3" not in text_of(retried)
    follow = answer_payloads(retried)["2"]
    after = client.send(user, follow)
    assert sorted(repo.open_run(user).answers.values()) == [2, 4] and "vraag 3 van 7" in text_of(after)


def test_a_retried_question_without_an_answer_is_logged_once(stack) -> None:
    client, insights = RasaClient(stack.settings.rasa_url), InsightsStore(stack.settings.app_db_url)
    question = f"Hoe vul ik een belastingaangifte in voor mijn boot {uuid.uuid4().hex[:6]}?"
    user, metadata = new_user(), {MESSAGE_ID: new_message_id()}
    for _ in range(3):  # the first try and two retries of the same message (its reply was lost)
        replies = client.send(user, question, metadata)
        assert "geen goed antwoord" in text_of(replies) or "niet mee helpen" in text_of(replies)
    assert [g.question for g in insights.gaps()].count(question) == 1
    client.send(user, question)  # asked again as a new message: a second entry
    assert [g.question for g in insights.gaps()].count(question) == 2
