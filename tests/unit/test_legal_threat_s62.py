"""A customer's threat to sue is a service question; a question about the law is the `legal` topic.

Stop 62: "customer says he will sue us" and "klant zegt dat hij ons voor de rechter sleept" got
only the legal where-to-go line ("sue us", "ons voor de rechter" were its words), while "klant
dreigt met een advocaat" got the angry-customer article. A threat is now read as the latter; asking
whether a customer can sue, or whether we are liable, stays `legal` (knowledge/referrals.yml)."""

from __future__ import annotations

import pytest

from bot.content.audience import audience_for
from bot.engine import FEATURE_DEPTH
from bot.engine.question import ranked
from tests.unit.replies import topics_of

THREATS = [
    "customer says he will sue us",
    "klant zegt dat hij ons voor de rechter sleept",
    "klant zegt dat hij ons gaat aanklagen",
    "de klant dreigt ons aan te klagen",
    "customer threatened to sue the store over a late delivery",
    "a guest says she is going to sue the company",
    "klant roept dat hij ons voor de rechter daagt",
]
LAW_QUESTIONS = [
    "can a customer sue us if he trips over a box in the aisle",
    "kan een klant ons aanklagen als hij uitglijdt op de natte vloer",
    "can they sue us for that",
    "does the customer have a case if we lost his parcel",
    "de klant stelt ons aansprakelijk voor de schade",
    "is the company liable if a guest trips on the stairs",
    "kunnen ze ons voor de rechter slepen om een vertraagde levering",
]


@pytest.mark.parametrize("text", THREATS)
def test_a_threat_to_sue_is_no_work_matter(text: str) -> None:
    assert "legal" not in topics_of(text)


@pytest.mark.parametrize("text", LAW_QUESTIONS)
def test_a_question_about_the_law_is_the_legal_topic(text: str) -> None:
    assert "legal" in topics_of(text)


@pytest.mark.parametrize("text", THREATS[:5])
def test_a_threat_to_sue_finds_the_angry_customer_first(searcher, text: str) -> None:
    results = ranked(searcher, text, None, audience_for("employee", text), FEATURE_DEPTH)
    assert results[0].id == "angry-customer", [r.id for r in results[:3]]
