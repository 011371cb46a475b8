"""Stop 67 (fresh-user tester D2, helper S2), kind C: the safety state stuck. Right after a danger
line (actions/after_danger.py):

- a question the line itself invites, about the other customers or the shop around the scene ("en
  moet ik de kassa dan sluiten of zo? hoe vang ik de andere klanten op", "should I close the till?")
  got the first-aid `then` line again: it is answered as usual (`asks_of_the_bystanders`);
- a message that says the scene is over and goes on to something else ("ok, die is opgehaald.
  iemand vraagt of ze haar kind van 10 mee mag nemen naar de fitness") starts a scene of its own
  (`tells_the_scene_is_over`), after every danger topic;
- the invited question is answered with the bystanders article when the search found it among its
  results (`invited_after_a_danger_line`, actions/advice.py), not an offer with it third.

Look-alikes stay: more of the same scene ("ze ligt op de grond maar ze praat weer"), and "hij is weg.
wat nu?" after the robbery line (it asks of the scene) still get the `then` line.

Real actions, the real index and an own app database per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from actions.after_danger import (
    BYSTANDERS_ARTICLE,
    asks_of_the_bystanders,
    tells_a_new_scene,
    tells_the_scene_is_over,
)
from bot.content.referrals import load_referrals
from tests.unit.replies import said, source_id
from tests.unit.turns import advice_turn

TOPICS = {r.id: r for r in load_referrals(Path(__file__).resolve().parents[2] / "knowledge")}
DANGER_TOPICS = [t for t in TOPICS.values() if t.danger and t.then]

BYSTANDERS = [
    "en moet ik de kassa dan sluiten of zo? hoe vang ik de andere klanten op",
    "moet ik de winkel dicht doen? de andere klanten staan te kijken",
    "hoe hou ik de rest van de klanten rustig",
    "wat zeg ik tegen de omstanders",
    "should i close the till? how do i look after the other customers",
    "what do i tell the other guests",
    "how do i keep the bystanders calm",
]
NOT_BYSTANDERS = [
    "ze ligt op de grond maar ze praat weer",
    "moet ik de ambulance bellen?",
    "is het kind al gevonden?",
    "everyone is outside now",
]
SCENE_OVER = [
    "ok, die is opgehaald. iemand vraagt of ze haar kind van 10 mee mag nemen naar de fitness",
    "ze is opgehaald door de ambulance. een klant wil zijn geld terug",
    "het kind is gevonden. nu vraagt een klant of we morgen open zijn",
    "ok she's been taken to hospital. a member asks if she can bring her dog",
    "all sorted. someone wants to know if they can park here",
]
NOT_SCENE_OVER = [
    "hij is weg. wat nu?",
    "de ambulance is er, wat moet ik doen",
    "ze is weer bij maar ze voelt zich duizelig",
    "the ambulance has been picked up",
]


def test_the_bystanders_are_a_question_of_its_own() -> None:
    assert [t for t in BYSTANDERS if not asks_of_the_bystanders(t)] == []
    assert [t for t in NOT_BYSTANDERS if asks_of_the_bystanders(t)] == []


@pytest.mark.parametrize("topic", DANGER_TOPICS, ids=lambda t: t.id)
def test_a_scene_told_over_then_something_else_is_new_after_every_danger_topic(topic) -> None:
    assert [t for t in SCENE_OVER if not tells_a_new_scene(t, topic)] == []


def test_the_scene_going_on_is_not_over() -> None:
    assert [t for t in NOT_SCENE_OVER if tells_the_scene_is_over(t)] == []


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("danger", "text", "lang"),
    [
        ("er ligt een oude man op de grond bij de kassa", BYSTANDERS[0], "nl"),
        ("a man just fainted at the checkout", BYSTANDERS[4], "en"),
        ("er is iemand onwel geworden op de loopband", SCENE_OVER[0], "nl"),
    ],
)
def test_after_the_112_line_the_invited_question_or_a_new_scene_gets_its_own_answer(
    danger: str, text: str, lang: str
) -> None:
    first, events = advice_turn(danger, lang, [])
    assert TOPICS["emergency"].where[lang] in said(first), said(first)
    messages, _ = advice_turn(text, lang, events)
    assert TOPICS["emergency"].then[lang] not in said(messages) and said(messages), said(messages)


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("danger", "text", "lang"),
    [
        ("er ligt een oude man op de grond bij de kassa", BYSTANDERS[0], "nl"),
        ("een vrouw is net flauwgevallen in de wachtkamer", BYSTANDERS[2], "nl"),
        ("a man just fainted at the checkout", BYSTANDERS[4], "en"),
    ],
)
def test_the_invited_question_gets_the_bystanders_article(danger: str, text: str, lang: str) -> None:
    _, events = advice_turn(danger, lang, [])
    messages, _ = advice_turn(text, lang, events)
    assert source_id(messages) == BYSTANDERS_ARTICLE, said(messages)


@pytest.mark.usefixtures("own_app_db")
def test_more_of_the_same_scene_still_gets_the_then_line() -> None:
    first, events = advice_turn("er ligt een oude man op de grond bij de kassa", "nl", [])
    messages, _ = advice_turn("ze ligt op de grond maar ze praat weer", "nl", events)
    assert TOPICS["emergency"].then["nl"] in said(messages), said(messages)
