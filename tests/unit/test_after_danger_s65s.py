"""Stop 65 (fresh-user tester D, helper S): right after a danger line (actions/after_danger.py).

A2 a question about leaving the place ("moeten we naar buiten?", "should we go outside?", the exits, the lift)
   right after the fire line gets the fire topic's `then` line, also when NLU reads it as off-topic
   (it got "Daar kan ik je niet mee helpen").
A1 a new person in a new scene ("mijn collega zit op het toilet te huilen na een overleden patient") right
   after the `unsafe` line gets its own line (the colleague line), not the earlier topic's `then` line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from actions.advice import ActionAnswerAdvice, ActionOutOfScope
from bot.content.referrals import load_referrals
from tests.unit.replies import said
from tests.unit.turns import advice_turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py: own app database

TOPICS = {r.id: r for r in load_referrals(Path(__file__).resolve().parents[2] / "knowledge")}
FIRE = {
    "nl": "er gaat net het brandalarm af in het hotel en de gasten vragen wat ze moeten doen",
    "en": "the fire alarm just went off in the hotel",
}
UNSAFE = {
    "nl": "ik voel me niet veilig, een klant bedreigde me net aan de balie",
    "en": "i don't feel safe, a customer just threatened me at the desk",
}


@pytest.mark.parametrize(
    ("action", "intent"), [(ActionAnswerAdvice, "ask_advice"), (ActionOutOfScope, "out_of_scope")]
)
@pytest.mark.parametrize(
    ("then", "lang"),
    [
        ("moeten we naar buiten?", "nl"),
        ("moet iedereen naar buiten", "nl"),
        ("mag ik de lift nemen?", "nl"),
        ("waar is de nooduitgang", "nl"),
        ("moeten we ontruimen?", "nl"),
        ("should we go outside?", "en"),
        ("do we leave the building?", "en"),
        ("can we take the elevator?", "en"),
        ("which exit do we use", "en"),
    ],
)
def test_leaving_the_place_after_the_fire_line_gets_its_then_line(then, lang, action, intent) -> None:
    first, events = advice_turn(FIRE[lang], lang, [])
    assert TOPICS["fire"].where[lang] in said(first)
    messages, _ = advice_turn(then, lang, events, action=action, intent=intent)
    assert said(messages) == TOPICS["fire"].then[lang], said(messages)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("mijn collega zit op het toilet te huilen na een overleden patient, wat kan ik doen", "nl"),
        ("mijn collega zit in de personeelsruimte te huilen na die klant", "nl"),
        ("my colleague is in the toilet crying after a patient died", "en"),
    ],
)
def test_a_colleague_in_tears_after_the_unsafe_line_gets_the_colleague_line(text: str, lang: str) -> None:
    first, events = advice_turn(UNSAFE[lang], lang, [])
    assert TOPICS["unsafe"].where[lang] in said(first)
    messages, _ = advice_turn(text, lang, events)
    assert TOPICS["colleague_distress"].where[lang] in said(messages), said(messages)
    assert TOPICS["unsafe"].then[lang] not in said(messages)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_colleague_in_tears_in_a_fresh_chat_gets_the_colleague_line(lang: str) -> None:
    text = {
        "nl": "mijn collega zit op het toilet te huilen na een overleden patient, wat kan ik doen",
        "en": "my colleague is in the toilet crying after a patient died, what can i do",
    }[lang]
    messages, _ = advice_turn(text, lang, [])
    assert TOPICS["colleague_distress"].where[lang] in said(messages), said(messages)
