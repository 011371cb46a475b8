"""Work matters a tester found missed (tester round of stop 61, knowledge/referrals.yml): the roster
in the app in chat spelling ("kzn mn rooster nie vinden in de app", #81), the pension (#86), a lost
key card or badge (#84), a manager's team member asking about the bonus (#281) and one who wants to
work fewer hours (#65) got a menu, "I can't help with that" or "no good answer". Each kind now names
its topic (`rosters`, `pay`, `it`, `employment`), and a leader gets the topic's line for a leader.
Look-alikes stay service questions: a customer's card or pension, a loyalty card ("bonuskaart"),
a supermarket's "bonus" offer, a guest's key card. Real referrals, the real decision and actions."""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice, ActionOutOfScope
from bot.content.referrals import leads_a_team
from tests.unit.action_helpers import run_text as run
from tests.unit.test_referrals_s55b import REFERRALS, topic_of

BY_ID = {r.id: r for r in REFERRALS}
pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/conftest.py

KINDS = {
    "rosters": [
        "kzn mn rooster nie vinden in de app", "ik kan mijn rooster niet vinden",
        "k vind me rooster ni in de app",
        "waar staat mn rooster", "de roosterapp laat mijn diensten niet zien",
        "the roster app won't show my shifts",
        "i cant find my schedule",
        "mn rooster staat nog nie in de app",
    ],
    "pay": [
        "hoe werkt het pensioen hier", "bouw ik hier pensioen op", "hoe zit het met ons pensioen",
        "wanneer mag ik met pensioen", "how does the pension work here", "is there a workplace pension",
        "one of my team asks when the bonus will be paid",
        "mijn medewerker vraagt wanneer de bonus wordt uitbetaald",
        "when will the bonus be paid", "krijgen we dit jaar een bonus", "wanneer komt de bonus",
    ],
    "it": [
        "wie moet ik bellen als ik mijn sleutelpas kwijt ben", "k ben mn badge kwijt",
        "mijn toegangskaart werkt niet meer", "ik ben mijn personeelspasje verloren", "i lost my key card",
        "lost my access card, who do i call", "my staff pass doesn't open the door",
    ],
    "employment": [
        "one of my staff wants to work fewer hours, who arranges that?",
        "mijn medewerker wil minder uren werken, wie regelt dat", "ik wil graag minder uren gaan werken",
        "kan ik 4/5de werken", "ik wil meer uren, bij wie moet ik zijn", "can i go part-time",
        "kan ik tijdskrediet opnemen", "i'd like to reduce my hours",
    ],
}  # fmt: skip
SERVICE = [
    "de klant is zijn pasje kwijt", "de klant vraagt naar zijn pensioen",
    "een klant vraagt hoe het pensioen hier werkt",
    "bonuskaart", "klant heeft zijn bonuskaart niet bij zich", "staat dit product in de bonus",
    "de gast is zijn sleutelpas kwijt", "a guest lost his key card", "how do i motivate my part time staff",
    "ik werk in de thuiszorg en mijn rooster zit propvol, een client zegt dat ik te weinig tijd heb",
    "de klant wil minder uren wachten", "how does the pension fund work, a customer asks",
]  # fmt: skip


@pytest.mark.parametrize(("topic", "text"), [(k, text) for k, texts in KINDS.items() for text in texts])
def test_each_work_matter_names_its_topic(topic: str, text: str) -> None:
    assert topic_of(text) == topic


@pytest.mark.parametrize("text", SERVICE)
def test_look_alikes_stay_service_questions(text: str) -> None:
    assert topic_of(text) is None


@pytest.mark.parametrize(
    ("text", "topic", "lang", "leader"),
    [
        ("kzn mn rooster nie vinden in de app", "rosters", "nl", False),
        ("hoe werkt het pensioen hier", "pay", "nl", False),
        ("wie moet ik bellen als ik mijn sleutelpas kwijt ben", "it", "nl", False),
        ("one of my team asks when the bonus will be paid", "pay", "en", True),
        ("one of my staff wants to work fewer hours, who arranges that?", "employment", "en", True),
    ],
)
@pytest.mark.parametrize(
    ("action", "intent"), [(ActionAnswerAdvice, "ask_advice"), (ActionOutOfScope, "out_of_scope")]
)
def test_the_testers_messages_get_where_to_go(
    action, intent: str, text: str, topic: str, lang: str, leader: bool
) -> None:
    assert leads_a_team(text) is leader
    found = BY_ID[topic].for_the_asker(text)
    where = found.where[lang]
    assert where == (BY_ID[topic].where_manager[lang] if leader else BY_ID[topic].where[lang])
    said = "\n".join(m.get("text") or "" for m in run(action(), text, intent, lang))
    assert where in said, said
