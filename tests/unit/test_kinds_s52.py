"""Kinds found at stop 52 on the real index: a customer in tears without anger is no angry
customer (tester round of stop 51: "klant staat te huilen aan de kassa" was answered with the
angry-customer article, sure at 0.79; bot/content/audience.py `UPSET_WITHOUT_ANGER`)."""

from __future__ import annotations

import pytest

from actions import knowledge as kb

CRYING = [
    ("klant staat te huilen aan de kassa", "nl"),
    ("klant staat te wenen aan de kassa", "nl"),
    ("een mevrouw barst in tranen uit bij de balie", "nl"),
    ("guest is crying in the lobby", "en"),
    ("customer in tears at the till", "en"),
    ("a passenger was sobbing at the gate, what do i do", "en"),
]


@pytest.mark.parametrize(("text", "lang"), CRYING)
def test_a_customer_in_tears_is_not_answered_as_an_angry_customer(searcher, text: str, lang: str) -> None:
    decision, results = kb.decide_for(text, lang, kb.audience_for("employee", text), searcher)
    assert results and results[0].id == "shift-emotion", [r.id for r in results[:3]]
    assert "angry-customer" not in {r.id for r in decision.results}, decision


@pytest.mark.parametrize(
    ("text", "lang"),
    [("de klant is woedend en schreeuwt tegen me, ik moest bijna huilen", "nl"),
     ("customer yelling at me at the till, i almost cried", "en")],
)  # fmt: skip
def test_anger_beside_the_tears_keeps_the_angry_customer_article_in_reach(
    searcher, text: str, lang: str
) -> None:
    _, results = kb.decide_for(text, lang, kb.audience_for("employee", text), searcher)
    assert "angry-customer" in {r.id for r in results[:3]}, [r.id for r in results[:3]]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("een passagier schold me uit voor kankerlijer omdat ik niet wachtte, ik was er kapot van", "nl"),
        ("een klant noemde me een dom wicht, wat doe ik", "nl"),
        ("a customer called me a stupid bitch", "en"),
        ("customer swore at me and called me an idiot", "en"),
    ],
)
def test_a_customer_who_insulted_the_asker_is_not_answered_as_an_angry_customer(
    searcher, text: str, lang: str
) -> None:
    """Tester round of stop 52: a driver called a slur was told to let the customer finish and
    apologise (the angry-customer article). Called names without anger named, that article is
    left out; a plain "klant scheldt me uit, wat zeg ik" keeps it (tests/unit/test_wording_requests.py)."""
    decision, results = kb.decide_for(text, lang, kb.audience_for("employee", text), searcher)
    assert "angry-customer" not in {r.id for r in results}, [r.id for r in results[:3]]
    assert results[0].id in {"after-a-hard-conversation", "customer-crossing-the-line"}, results[0].id


def test_anger_and_a_wish_to_calm_keep_the_angry_customer_article(searcher) -> None:
    text = "meneer aan de telefoon is woedend en scheldt me uit, hoe krijg ik hem rustig"
    decision, _ = kb.decide_for(text, "nl", kb.audience_for("employee", text), searcher)
    assert decision.outcome == "answer" and decision.results[0].id == "angry-customer", decision
