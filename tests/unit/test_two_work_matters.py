"""Two work matters in one message get a line each (bot/engine/decision.py `referrals_for`,
`Decision.also_referred`; actions/advice.py). Found in a tester round (stop 40): "mijn
loonstrook klopt niet en mijn wachtwoord werkt niet" got only IT's line. Real actions, the
real referrals file (knowledge/referrals.yml), the real index."""

from __future__ import annotations

from pathlib import Path

import pytest

from actions.advice import ActionAnswerAdvice, ActionOutOfScope
from bot.content.referrals import load_referrals
from bot.engine.decision import referrals_for
from bot.i18n import t
from tests.unit.action_helpers import run_text as run

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

REFERRALS = load_referrals(Path(__file__).resolve().parents[2] / "knowledge")
BY_ID = {r.id: r for r in REFERRALS}

TWO = [
    ("mijn loonstrook klopt niet en mijn wachtwoord werkt niet", "nl", {"pay", "it"}),
    ("hoeveel vakantiedagen heb ik nog en wanneer krijg ik mijn salaris", "nl", {"leave", "pay"}),
    ("hoe dien ik een declaratie in? en mijn rooster klopt niet", "nl", {"expenses", "rosters"}),
    ("my payslip is wrong and I forgot my password", "en", {"pay", "it"}),
    ("when is payday, also how do I claim my travel expenses", "en", {"pay", "expenses"}),
]
ONE = [
    ("I forgot my password for the roster app", "it"),  # one matter: the password of an app
    ("ik ben mijn wachtwoord kwijt", "it"),
    ("de klant is boos en mijn wachtwoord werkt niet", "it"),
    ("waar vind ik mijn loonstrook", "pay"),
]


@pytest.mark.parametrize(("text", "lang", "topics"), TWO)
def test_each_matter_of_a_message_is_named(text: str, lang: str, topics: set[str]) -> None:
    assert {r.id for r in referrals_for(text, REFERRALS)} == topics


@pytest.mark.parametrize(("text", "topic"), ONE)
def test_one_matter_stays_one(text: str, topic: str) -> None:
    assert [r.id for r in referrals_for(text, REFERRALS)] == [topic]


@pytest.mark.parametrize("action", [ActionAnswerAdvice, ActionOutOfScope])
@pytest.mark.parametrize(("text", "lang", "topics"), TWO)
def test_the_reply_says_where_to_go_for_each(action, text: str, lang: str, topics: set[str]) -> None:
    messages = run(action(), text, "ask_advice", lang)
    said = "\n".join(m.get("text") or "" for m in messages)
    assert said.startswith(t("referral", lang, where="").strip())  # the intro once
    for topic in topics:
        assert BY_ID[topic].where[lang] in said, (topic, said)
    assert said.count(t("referral", lang, where="").strip()) == 1


def test_an_emergency_beside_a_work_matter_is_said_alone() -> None:
    text = "een collega is flauwgevallen en mijn rooster klopt niet"
    messages = run(ActionAnswerAdvice(), text, "ask_advice", "nl")
    said = "\n".join(m.get("text") or "" for m in messages)
    assert BY_ID["emergency"].where["nl"] in said and BY_ID["rosters"].where["nl"] not in said
