"""Stop 69: a question how what was just told could have been prevented reaches the search under any
reading NLU gives it. Stop 68 read it in the advice action only; live, Rasa read "hoe had ik dat kunnen
voorkomen eigenlijk?" as out_of_scope (the coach said it could not help), "wat had ik anders moeten
doen" as help (the list of what it can do) and "what should I have done differently?" as out_of_scope.
Now every action checks it first (actions/base.py, through actions/advice.py
`answered_as_prevention_question`), and the off-topic action no longer refuses it.

Real actions on the real index (tests/unit/turns.py); the e2e twin is in
tests/e2e/test_conversation_e2e.py. None of these messages is a dev set's sentence."""

from __future__ import annotations

import pytest

from actions.advice import ActionOutOfScope
from actions.feedback import ActionFeedback
from actions.help import ActionHelp
from actions.yes_no import ActionAffirm, ActionDeny
from tests.unit.replies import said, source_id
from tests.unit.turns import new_sender, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

STORIES = {
    "nl": "klant is kwaad omdat zijn keuken drie weken later geleverd wordt dan we hadden gezegd",
    "en": "the customer is angry because his order came a week late, what do i do",
}
QUESTIONS = {
    "nl": [
        "hoe had ik dat kunnen voorkomen eigenlijk?",
        "wat had ik anders moeten doen",
        "hoe had ik da kunne voorkome",
    ],
    "en": ["how could I have avoided this?", "what should I have done differently?"],
}
READINGS = [
    (ActionOutOfScope, "out_of_scope"),
    (ActionHelp, "help"),
    (ActionAffirm, "affirm"),
    (ActionDeny, "deny"),
    (ActionFeedback, "feedback"),
]


def first_article(replies: list[dict]) -> str | None:
    """The article answered with, or the first one offered."""
    offered = [m["custom"]["ids"] for m in replies if (m.get("custom") or {}).get("type") == "offer"]
    return source_id(replies) or (offered[0][0] if offered else None)


# each question under another reading (every reading and every question once: the kind, at a test's cost)
CASES = [
    (lang, question, *READINGS[n % len(READINGS)])
    for n, (lang, question) in enumerate((lang, q) for lang, qs in QUESTIONS.items() for q in qs)
]


@pytest.mark.parametrize(
    ("lang", "question", "action", "intent"), CASES, ids=[f"{c[3]}-{c[1]}" for c in CASES]
)
def test_a_prevention_question_is_searched_whatever_nlu_read(
    lang: str, question: str, action: type, intent: str
) -> None:
    sender = new_sender()
    story, events = turn(STORIES[lang], lang, [], sender)
    assert source_id(story) is not None, said(story)
    replies, _ = turn(question, lang, events, sender, action=action, intent=intent, confidence=0.95)
    assert first_article(replies) == "pyramid-promise", said(replies)


@pytest.mark.parametrize(("action", "intent"), READINGS[:2], ids=[i for _, i in READINGS[:2]])
def test_look_alike_without_an_answer_before_is_not_read_as_a_follow_up(action: type, intent: str) -> None:
    replies, _ = turn(
        "hoe had ik dat kunnen voorkomen eigenlijk?",
        "nl",
        [],
        new_sender(),
        action=action,
        intent=intent,
        confidence=0.95,
    )
    assert first_article(replies) != "pyramid-promise", said(replies)


@pytest.mark.parametrize(
    "text",
    [
        "wat had ik anders moeten doen bij het uitgeven van de auto",
        "hoe had ik dat kunnen voorkomen aan de telefoon?",
        "hoe had ik da kunne voorkome bij de intake",
        "wat had ik anders moeten doen op het moment zelf",
        "what should I have done differently at the check-in?",
        "how could I have avoided this during the handover",
    ],
)
def test_the_moment_it_is_about_may_follow_the_question(text: str) -> None:
    """A fresh tester (stop 69): "wat had ik anders moeten doen bij het uitgeven van de auto" was refused:
    the moment of the story after the question names nothing new to search."""
    from actions.followup import asks_how_to_prevent

    assert asks_how_to_prevent(text)


@pytest.mark.parametrize(
    "text",
    [
        "hoe voorkom ik dat klanten boos worden",
        "wat had ik anders moeten doen bij een klant die altijd klaagt over de prijs van onze producten",
        "how could I have avoided this, the customer wants a refund now",
    ],
)
def test_look_alike_a_question_of_its_own_after_it_is_not_a_moment(text: str) -> None:
    from actions.followup import asks_how_to_prevent

    assert not asks_how_to_prevent(text)


def test_a_prevention_question_after_an_offer_with_its_moment_is_searched() -> None:
    sender = new_sender()
    story = (
        "de offerte zei 180 euro voor een week maar bij inleveren kwam er 420 uit door extra kilometers, "
        "klant voelt zich opgelicht"
    )
    _, events = turn(story, "nl", [], sender)
    replies, _ = turn(
        "wat had ik anders moeten doen bij het uitgeven van de auto",
        "nl",
        events,
        sender,
        action=ActionOutOfScope,
        intent="out_of_scope",
        confidence=0.95,
    )
    assert first_article(replies) is not None, said(replies)
