"""Everyday kinds that got a wrong article or none (stop 60, issue 9 "Right first time, or ask"), on
the real index, referrals and calibrated decision, searched and decided as `servicecoach search`
does (`_coach` of tests/unit/test_everyday_kinds_s58.py).

Per kind, the cause and the fix (docs/answer-quality.md, "Everyday kinds (stop 60)"):

1. an insult with a demand for the manager, asked by a manager: the right article first but refused
   (its paragraph on it was buried in one on abuse); customer-crossing-the-line now leads that
   paragraph with the insult and the manager demand, and says it holds for a manager too;
2. explaining another party's decision ("hoe leg ik uit da de bank zijn rekening geblokeerd
   heeft"): `ANOTHERS_DECISION` leaves the article on sharing with relatives out unless a relative
   or privacy is named;
3. praise for a colleague, passed on by the asker: `PRAISE_FOR_PEER` leaves receiving-feedback out;
   principle-symmetric-attention's tip says to pass it on the same day;
4. customer satisfaction against loyalty: `SATISFACTION_VS_LOYALTY` leaves the article on quality
   norms out; customer-effort says how the two differ;
5. the card on receiving feedback: its summary covers a compliment before criticism's details.

A message marked OPEN still ranks another article first (a strict xfail, so a fix shows up here).
"""

from __future__ import annotations

import pytest

from bot.content.audience import ANOTHERS_DECISION, PRAISE_FOR_PEER, SATISFACTION_VS_LOYALTY
from tests.unit.test_everyday_kinds_s58 import _coach

OPEN = pytest.mark.xfail(strict=True, reason="stop 60 open: another article ranks first")

CROSSING = {"customer-crossing-the-line"}
BLOCKED = {"problem-you-cannot-solve", "angry-customer", "saying-no-kindly"}
PASS_ON = {"principle-symmetric-attention", "coaching-recognition"}
LOYALTY = {"customer-effort", "customer-feedback-metrics", "pyramid"}

# (kind, role, message, the articles that answer it, whether the coach must answer or offer)
KINDS = [
    ("insult+manager", "manager", "ze zei dat ik dom was en dat ze de manager wilde", CROSSING, True),
    ("insult+manager", "manager", "hij noemde me een sukkel en eiste mijn baas", CROSSING, True),
    ("insult+manager", "manager", "klant zegt dat ik achterlijk ben en wil de chef spreken", CROSSING, False),
    ("insult+manager", "employee", "ze zei dat ik dom was en dat ze de manager wilde", CROSSING, True),
    ("insult+manager", "employee", "she called me an idiot and demanded to see the manager", CROSSING, True),
    ("explain-other", "employee", "hoe leg ik uit da de bank zijn rekening geblokeerd heeft", BLOCKED, False),
    (
        "explain-other",
        "employee",
        "hoe leg ik uit dat de bank zijn rekening geblokkeerd heeft",
        BLOCKED,
        False,
    ),
    ("explain-other", "employee", "hoe leg ik uit dat de bank haar pas geblokkeerd heeft", BLOCKED, False),
    (
        "explain-other",
        "employee",
        "how do i explain to a customer that the bank froze her account",
        BLOCKED,
        True,
    ),
    (
        "praise-peer",
        "employee",
        "een klant gaf mijn collega een compliment, hoe geef ik dat door",
        PASS_ON,
        False,
    ),
    (
        "praise-peer",
        "employee",
        "ik kreeg een compliment voor mijn collega, hoe geef ik dat door",
        PASS_ON,
        False,
    ),
    (
        "praise-peer",
        "employee",
        "a customer complimented my colleague, how do i let her know",
        PASS_ON,
        False,
    ),
    ("praise-peer", "employee", "ne klant gaf mijn collega een pluim, hoe geef ik da door", PASS_ON, False),
    (
        "loyalty",
        "employee",
        "wat is het verschil tussen klanttevredenheid en klantloyaliteit",
        LOYALTY,
        False,
    ),
    (
        "loyalty",
        "employee",
        "wat is het verschil tussen klanttevredenheid en klantloyaliteit volgens de theorie",
        LOYALTY,
        False,
    ),
    (
        "loyalty",
        "employee",
        "whats the difference between customer satisfaction and customer loyalty",
        LOYALTY,
        True,
    ),
    (
        "loyalty",
        "employee",
        "wa is het verschil tussen klanttevredenheid en klantloyaliteit eigenlijk",
        LOYALTY,
        False,
    ),
]
# a supplier's decision explained: shift-partners ranked first until `ANOTHERS_DECISION` left it out
# and problem-you-cannot-solve got an example of breaking a supplier's news (stop 60, audience kinds)
KINDS.append(
    (
        "explain-other",
        "employee",
        "hoe leg ik uit dat de leverancier de levering heeft geschrapt",
        {"pyramid-promise", "problem-you-cannot-solve", "saying-no-kindly"},
        False,
    )
)
# still open at stop 60
STILL_OPEN: list = []

# Look-alikes that keep their article: (role, message, article)
LOOK_ALIKES = [
    (
        "employee",
        "klant wil perse de manager spreken maar die is er vandaag niet",
        "problem-you-cannot-solve",
    ),
    ("employee", "de klant wil per se de manager spreken maar die is er niet", "problem-you-cannot-solve"),
    ("employee", "customer is angry and wants to speak to my manager", "problem-you-cannot-solve"),
    (
        "employee",
        "customer wants to speak to the manager but the manager isnt in",
        "problem-you-cannot-solve",
    ),
    ("employee", "een klant gaf me een compliment", "receiving-feedback"),
    ("employee", "mijn collega gaf me feedback over mijn toon", "receiving-feedback"),
    ("employee", "een klant zei dat ik onbeleefd was", "receiving-feedback"),
    (
        "manager",
        "een klant gaf een compliment over mijn medewerker, hoe geef ik dat door",
        "coaching-recognition",
    ),
    (
        "employee",
        "De vrouw van een klant belt, mag ik haar vertellen hoe het met zijn bestelling staat?",
        "sharing-with-relatives",
    ),
    ("employee", "mag ik info geven aan de zoon van een klant?", "sharing-with-relatives"),
    ("employee", "wat is het verschil tussen een tevreden klant en een enthousiaste klant", "pyramid"),
    (
        "employee",
        "We zijn gecertificeerd, waarom zijn klanten dan niet enthousiast?",
        "quality-models-limits",
    ),
    ("employee", "klant vindt de rekening te hoog en wil korting", "price-objection"),
]


def _params(cases: list, marks: tuple = ()) -> list:
    return [pytest.param(*case, marks=marks, id=f"{case[0]}-{case[1]}-{case[2][:40]}") for case in cases]


@pytest.mark.parametrize(
    ("kind", "role", "message", "expected", "sure"), _params(KINDS) + _params(STILL_OPEN, (OPEN,))
)
def test_the_kind_gets_its_article(
    searcher, kind: str, role: str, message: str, expected: set[str], sure: bool
) -> None:
    results, decision = _coach(searcher, message, role)
    assert results[0].id in expected, (kind, [r.id for r in results[:3]])
    if decision.outcome == "answer":
        assert decision.results[0].id in expected, kind
    if sure:
        assert decision.outcome in ("answer", "offer"), (kind, decision.outcome)


@pytest.mark.parametrize(("role", "message", "article"), LOOK_ALIKES)
def test_a_look_alike_keeps_its_article(searcher, role: str, message: str, article: str) -> None:
    results, decision = _coach(searcher, message, role)
    assert results[0].id == article, [r.id for r in results[:3]]
    assert decision.outcome != "answer" or decision.results[0].id == article


@pytest.mark.parametrize(
    ("pattern", "message", "matches"),
    [
        (PRAISE_FOR_PEER, "een klant gaf mijn collega een compliment, hoe geef ik dat door", True),
        (PRAISE_FOR_PEER, "a customer praised my coworker", True),
        (PRAISE_FOR_PEER, "compliment van een klant voor mn collega doorgeven", True),
        (PRAISE_FOR_PEER, "mijn collega gaf me een compliment", False),
        (PRAISE_FOR_PEER, "een klant gaf me een compliment", False),
        (ANOTHERS_DECISION, "hoe leg ik uit da de bank zijn rekening geblokeerd heeft", True),
        (ANOTHERS_DECISION, "how do i explain that the bank froze his account", True),
        (ANOTHERS_DECISION, "hoe leg ik zijn vrouw uit dat de bank zijn rekening blokkeerde", False),
        (ANOTHERS_DECISION, "mag ik de zoon vertellen wat er met zijn rekening is", False),
        (SATISFACTION_VS_LOYALTY, "wat is het verschil tussen klanttevredenheid en klantloyaliteit", True),
        (SATISFACTION_VS_LOYALTY, "difference between customer satisfaction and loyalty", True),
        (
            SATISFACTION_VS_LOYALTY,
            "we zijn ISO gecertificeerd maar de tevredenheid en loyaliteit blijven laag",
            False,
        ),
        (SATISFACTION_VS_LOYALTY, "wat is het verschil tussen een tevreden en een enthousiaste klant", False),
    ],
)
def test_the_cues(pattern, message: str, matches: bool) -> None:
    assert bool(pattern.search(message)) is matches


def test_the_feedback_card_leads_with_a_compliment_too(searcher) -> None:
    """The card shows the summary before the tips: it names a compliment before criticism's steps."""
    for lang, word, later in (("nl", "compliment", "voorbeeld"), ("en", "compliment", "example")):
        summary = searcher.index.articles[("receiving-feedback", lang)].summary.lower()
        assert word in summary and summary.index(word) < summary.index(later), lang


def test_the_insult_with_a_manager_demand_has_its_own_lines() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "knowledge"
    assert "eist hij daarna de manager" in (root / "nl" / "customer-crossing-the-line.md").read_text()
    assert "then demand the manager" in (root / "en" / "customer-crossing-the-line.md").read_text()
