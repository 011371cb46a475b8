"""Issue 14.2 (latency flat in conversation length) over REST through the real Rasa and
action servers: a long conversation is continued in a new Rasa session by the tracker store
(bot/dialogue/session_bound.py), and the user notices nothing: the pinned language holds and
typed feedback right after the new session still finds the answer it is about."""

from __future__ import annotations

import uuid

import httpx
import pytest

pytestmark = pytest.mark.e2e

QUESTION = "Hoe zeg ik nee tegen een klant?"
# asked in turn with QUESTION: the same message a third time in a row gets "you've sent this a
# few times, what is missing?" (stop 57), so a long conversation asks two questions by turns
OTHER = "Hoe ga ik om met een boze klant?"
TITLES = {QUESTION: "Vriendelijk nee zeggen tegen een klant", OTHER: "Omgaan met een boze klant"}


def text_of(replies: list[dict]) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


def session_events(stack, user: str) -> list[dict]:
    """The events Rasa loads for `user` per message: those since the latest session start
    (the tracker endpoint shows every session's)."""
    response = httpx.get(
        f"{stack.settings.rasa_url}/conversations/{user}/tracker",
        params={"token": stack.api_token},
        timeout=30,
    )
    response.raise_for_status()
    events = response.json()["events"]
    starts = [i for i, e in enumerate(events) if e["event"] == "session_started"]
    return events[starts[-1]:] if starts else events


def test_a_long_conversation_goes_on_in_a_new_session_unnoticed(stack, chat) -> None:
    user = f"long-{uuid.uuid4().hex[:10]}"
    assert "English from now on" in text_of(chat(user, "in English please"))
    asked = 0
    while asked < 40:
        asking = (QUESTION, OTHER)[asked % 2]
        assert "Source:" in text_of(chat(user, asking))  # pinned: English
        asked += 1
        events = session_events(stack, user)
        if not any(e["event"] == "user" for e in events):
            break  # a new session has just started: the old turns are no longer loaded
    else:
        pytest.fail("40 questions and the session was never continued in a new one")
    assert asked > 5  # not cut at once
    assert events[0]["event"] == "session_started"
    assert len(events) < 20

    thanks = text_of(chat(user, "dit antwoord was nuttig"))  # the answer before the new session
    assert "Glad to hear it" in thanks
    assert "Source:" in text_of(chat(user, QUESTION))


def test_a_follow_up_right_after_a_new_session_knows_the_answer_it_follows(stack, chat) -> None:
    """"korter" as the first message of a new session still gives the short version of the
    article just answered: the new session carries the coach's whole last reply (tester round
    of stop 56: it got "Waar wil je een kort antwoord op?")."""
    user = f"long-{uuid.uuid4().hex[:10]}"
    for n in range(40):
        asking = (QUESTION, OTHER)[n % 2]
        assert "Bron:" in text_of(chat(user, asking))
        if not any(e["event"] == "user" for e in session_events(stack, user)):
            break  # a new session has just started
    else:
        pytest.fail("40 questions and the session was never continued in a new one")
    shorter = text_of(chat(user, "korter"))
    assert f"In het kort, over ‘{TITLES[asking]}’" in shorter, shorter
