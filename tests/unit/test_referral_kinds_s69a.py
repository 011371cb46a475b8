"""Stop 69 (helper A6): stop 68's leftover answers, fixed by kind (knowledge/referrals.yml).

1  A leader asking how to support a team member who WAS threatened, abused or hit ("een klant dreigde
   gisteren mijn verkoper in elkaar te slaan, hoe vang ik haar op"): the care line for the team member
   with the aftercare article (`team_member_threatened`, which covers `unsafe`), not the asker's own
   danger line. A threat now, or one to the asker, keeps the `unsafe` line.
2  A fact question about a discount ("krijgt hij korting met de museumkaart?", "is there a student
   discount"): the customer's fact line (or the facts line without a customer); a customer who WANTS a
   discount stays a service question (price objection).
3  A customer's question about their own contract or policy ("een andere beller wil weten hoeveel eigen
   risico hij heeft"): the customer's fact line, also right after a danger line.

The messages are in tests/data/referral_kinds_s69a.yml; real referrals as the decision reads them, and
real actions on the real index for the replies."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.i18n import t
from tests.unit.replies import referrals, said, source_id, topics_of
from tests.unit.turns import advice_turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

KINDS = yaml.safe_load((Path(__file__).parents[1] / "data" / "referral_kinds_s69a.yml").read_text("utf-8"))
BY_ID = {r.id: r for r in referrals()}
CASES = [(topic, text) for topic, texts in KINDS.items() if topic != "none" for text in texts]


@pytest.mark.parametrize(("topic", "text"), CASES)
def test_each_message_names_its_topic_first(topic: str, text: str) -> None:
    found = topics_of(text)
    assert found and found[0] == topic, found
    if topic == "team_member_threatened":
        assert "unsafe" not in found  # the asker's own danger line is not said beside it


@pytest.mark.parametrize("text", KINDS["none"])
def test_look_alikes_name_none_of_these(text: str) -> None:
    assert not set(topics_of(text)) & {"team_member_threatened", "customer_asks_facts", "product_facts"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "een klant dreigde gisteren mijn verkoper in elkaar te slaan, hoe vang ik haar op"),
        ("en", "a customer threatened to beat up my cashier yesterday, how do I support her?"),
    ],
)
def test_a_leader_gets_the_care_line_and_the_aftercare_article(lang: str, text: str) -> None:
    messages, _ = advice_turn(text, lang, [])
    told = said(messages)
    assert BY_ID["team_member_threatened"].where[lang] in told
    assert BY_ID["unsafe"].where[lang] not in told
    assert source_id(messages) == "coaching-aftercare"


def test_a_threat_now_keeps_the_unsafe_line() -> None:
    messages, _ = advice_turn(
        "een klant bedreigt nu mijn medewerker aan de kassa, hoe help ik haar", "nl", []
    )
    assert BY_ID["unsafe"].where["nl"] in said(messages)


def test_a_customers_policy_question_after_a_danger_line_gets_the_fact_line() -> None:
    _, events = advice_turn("customer says he will kill himself if we dont pay out his claim", "en", [])
    text = "ok en een andere beller wil weten hoeveel eigen risico hij heeft, hoe help ik die"
    messages, _ = advice_turn(text, "nl", events)
    told = said(messages)
    assert BY_ID["customer_asks_facts"].where["nl"] in told
    assert not any(line in told for line in BY_ID["crisis"].said_lines if line)


def test_a_customer_who_wants_a_discount_gets_the_price_article() -> None:
    messages, _ = advice_turn("een klant vraagt om korting want hij vindt het te duur", "nl", [])
    assert source_id(messages) == "price-objection"
    assert t("practice_heading", "nl") in said(messages)
