"""Everyday kinds that got a wrong or no answer (stop 58), on the real index, the real referrals and
the calibrated decision, ranked and decided as `servicecoach search` does (bot/cli/main.py).

Per kind, the cause and the fix (docs/answer-quality.md, "Everyday kinds (stop 58)"):

1. praise the asker got ("een klant gaf me een compliment"): receiving-feedback was searched only
   with a criticism cue (bot/content/audience.py `PRAISE_RECEIVED` is now one), and "gaf" drew the
   price objection as a rare word (bot/engine/dutch_inflection.py `unpast`: read as "geven");
2. an employee in the team huddle: "teamhuddle" was no leading word, so the huddle article (a
   manager article, now with a paragraph for a team member) was never searched;
3. a blocked bank account: "rekening" read as a bill (`ACCOUNT_BLOCKED` leaves the price
   objection out);
4. an overbooked flight or hotel: saying-no-kindly names it now;
5. abuse and "moet ik dat pikken?": `ABUSE_ENDURED` leaves out the articles on an angry customer
   and on the customer as king, "schold" is read as "schelden" (it was the typo of "schuld");
   customer-crossing-the-line says what to do when the abuse comes with a demand for the manager;
6. a manager's demotivated team after bad scores: `STAFF_DEMOTIVATED` leaves the metrics article
   out.

Each kind has look-alikes that keep their article. A message marked OPEN still ranks another
article first (a strict xfail, so a fix shows up here).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.audience import (
    ABUSE_ENDURED,
    ACCOUNT_BLOCKED,
    LEADING,
    PRAISE_RECEIVED,
    STAFF_DEMOTIVATED,
    audience_for,
)
from bot.content.referrals import load_referrals
from bot.engine.decision import FEATURE_DEPTH, Decision, decide, load_calibration
from bot.engine.dutch_inflection import unpast
from bot.engine.question import decide_apart, decide_by_name, ranked

REFERRALS = load_referrals(Path(__file__).resolve().parents[2] / "knowledge")
OPEN = pytest.mark.xfail(strict=True, reason="stop 58 open: another article ranks first")

FEEDBACK = {"receiving-feedback"}
HUDDLE = {"coaching-team-huddle"}
BLOCKED = {"angry-customer", "problem-you-cannot-solve"}
OVERBOOKED = {"saying-no-kindly", "problem-you-cannot-solve"}
CROSSING = {"customer-crossing-the-line"}
DEMOTIVATED = {"coaching-demotivated-team"}

# (kind, role, message, the articles that answer it, whether the coach must answer or offer)
KINDS = [
    ("praise", "employee", "een klant gaf me een compliment", FEEDBACK, True),
    ("praise", "employee", "klant zei dat ik het super had gedaan, wat doe je daarmee", FEEDBACK, True),
    ("praise", "employee", "a customer praised me to my manager", FEEDBACK, True),
    ("praise", "employee", "ne klant gaf mij een compliment, wa zeg ik dan", FEEDBACK, True),
    ("praise", "employee", "een klnat gaf me een compliment", FEEDBACK, True),
    ("praise", "employee", "a customer complimented me in front of everyone, how do I react", FEEDBACK, True),
    ("praise", "employee", "klant zei tegen mn baas dat ik hem geweldig geholpen had", FEEDBACK, True),
    ("praise", "employee", "a guest told me I did a great job and I didn't know what to say", FEEDBACK, True),
    (
        "praise",
        "employee",
        "een mevrouw gaf me net een complimentje aan de kassa, hoe reageer ik daarop",
        FEEDBACK,
        True,
    ),
    ("huddle", "employee", "wat moet ik zeggen in de teamhuddle", HUDDLE, True),
    ("huddle", "employee", "we hebben elke ochtend een huddle, hoe doe ik daar goed aan mee", HUDDLE, True),
    ("huddle", "employee", "wat vertel ik in de ochtendhuddle als medewerker", HUDDLE, True),
    ("huddle", "employee", "wa moet ik vertellen op de teamhuddle morgenvroeg", HUDDLE, True),
    ("huddle", "employee", "what do I say in the team huddle", HUDDLE, True),
    (
        "huddle",
        "employee",
        "my manager wants everyone to bring a customer story to the huddle, what should I say",
        HUDDLE,
        True,
    ),
    ("huddle", "employee", "in de dagstart moet ik een klantverhaal vertellen, wat zeg ik", HUDDLE, True),
    ("blocked", "employee", "klant is boos want zijn rekening is geblokkeerd", BLOCKED, True),
    ("blocked", "employee", "customer's account is blocked and he's furious", BLOCKED, True),
    ("blocked", "employee", "klant zn rekening geblokeerd, hij is kwaad, wat zeg ik", BLOCKED, True),
    ("blocked", "employee", "allee ne klant is razend want zijn rekening staat op slot", BLOCKED, True),
    ("blocked", "employee", "a customer's bank account got frozen and he is shouting at me", BLOCKED, True),
    (
        "blocked",
        "employee",
        "klant is woedend omdat zijn bankrekening geblokkeerd is en ik kan er niks aan doen",
        BLOCKED,
        True,
    ),
    # a question without a customer in it: the right article first, a refusal allowed
    ("blocked", "employee", "hoe leg ik uit dat de bank zijn rekening geblokkeerd heeft", BLOCKED, False),
    (
        "overbooked",
        "employee",
        "flight is overbooked, I have to bump a passenger, how do I tell him",
        OVERBOOKED,
        True,
    ),
    ("overbooked", "employee", "de vlucht is overboekt en ik moet een passagier weigeren", OVERBOOKED, True),
    (
        "overbooked",
        "employee",
        "het hotel is overboekt en ik moet een gast naar een ander hotel sturen",
        OVERBOOKED,
        True,
    ),
    (
        "overbooked",
        "employee",
        "vlucht overboekt, moet iemand van de vlucht halen, hoe zeg ik dat",
        OVERBOOKED,
        True,
    ),
    ("overbooked", "employee", "vlucht is overboeked, ik moet een passagier weigeren", OVERBOOKED, True),
    (
        "overbooked",
        "employee",
        "de trein is vol en ik moet reizigers laten staan, hoe breng ik dat",
        OVERBOOKED,
        True,
    ),
    ("abuse", "employee", "hij schold me uit voor van alles, moet ik dat pikken?", CROSSING, True),
    ("abuse", "employee", "customer keeps swearing at me, do I have to take it", CROSSING, True),
    ("abuse", "employee", "ze zei dat ik dom was en dat ze de manager wilde", CROSSING, True),
    ("abuse", "employee", "she called me an idiot and demanded to see the manager", CROSSING, True),
    ("abuse", "employee", "hij noemde me een sukkel en eiste mijn baas", CROSSING, True),
    ("abuse", "employee", "do i have to put up with a customer cursing at me all the time", CROSSING, True),
    ("abuse", "employee", "klant blijft vloeken tegen mij, moet ik dat accepteren", CROSSING, True),
    ("abuse", "employee", "mag ik ophangen als iemand me blijft uitschelden", CROSSING, True),
    ("abuse", "employee", "klant scheld me steeds uit moet ik dat pikke", CROSSING, True),
    # Flemish name-calling: the right article first, still refused (little word evidence)
    (
        "abuse",
        "employee",
        "allee ne klant maakte mij uit voor rotte vis, moet ik da slikken",
        CROSSING,
        False,
    ),
    ("demotivated", "manager", "mijn agents zijn gedemotiveerd na slechte NPS scores", DEMOTIVATED, True),
    ("demotivated", "manager", "my agents are demotivated after bad NPS scores", DEMOTIVATED, True),
    (
        "demotivated",
        "manager",
        "mn mensen zijn ontmoedigd sinds de NPS is gezakt, hoe krijg ik ze weer mee",
        DEMOTIVATED,
        True,
    ),
    (
        "demotivated",
        "manager",
        "mijn team is gedemotiveerd door de lage klanttevredenheidscijfers",
        DEMOTIVATED,
        True,
    ),
    (
        "demotivated",
        "manager",
        "the team's morale dropped after our customer satisfaction scores came in low",
        DEMOTIVATED,
        True,
    ),
    # open at stop 58, answered since stop 59
    (
        "overbooked",
        "employee",
        "we are overbooked and I have to deny boarding to a passenger",
        OVERBOOKED,
        True,
    ),
    (
        "overbooked",
        "employee",
        "the hotel is overbooked and I need to walk a guest to another hotel",
        OVERBOOKED,
        True,
    ),
    ("praise", "employee", "kreeg vandaag een pluim van een klant, wat doe ik ermee", FEEDBACK, False),
    ("huddle", "employee", "wat zeg ik in de teamhudle", HUDDLE, False),
    ("abuse", "employee", "klant zegt dat ik achterlijk ben en wil de chef spreken", CROSSING, False),
    (
        "abuse",
        "employee",
        "ik word de hele dag uitgescholden door bellers, moet ik dat slikken",
        CROSSING,
        False,
    ),
]
# none left since stop 59 (tests/unit/test_everyday_kinds_s59.py)
STILL_OPEN: list = []

# Look-alikes that keep their article: (role, message, article)
LOOK_ALIKES = [
    # praise given to someone else, or by the asker
    (
        "employee",
        "ik krijg complimenten van klanten maar het werk is eigenlijk door de backoffice gedaan, moet ik "
        "die doorgeven",
        "principle-symmetric-attention",
    ),
    (
        "manager",
        "een klant gaf een compliment over mijn medewerker, hoe geef ik dat door",
        "coaching-recognition",
    ),
    ("manager", "hoe geef ik een goed compliment aan een medewerker", "coaching-recognition"),
    ("employee", "een klant zei dat ik onbeleefd was", "receiving-feedback"),
    ("employee", "mijn collega gaf me feedback over mijn toon", "receiving-feedback"),
    # a manager's huddle
    ("manager", "hoe houd ik een goede teamhuddle", "coaching-team-huddle"),
    # a bill, a price
    ("employee", "klant wil korting want hij vindt het te duur", "price-objection"),
    ("employee", "de rekening valt hoger uit dan de klant dacht, wat nu", "price-objection"),
    ("employee", "klant vindt de rekening te hoog en wil korting", "price-objection"),
    # a full hotel without anyone bumped
    ("employee", "gast vraagt om een late check-out maar we zitten vol", "saying-no-kindly"),
    # anger without the question whether to take it; chatty callers; the manager asked for
    ("employee", "klant scheldt en is woedend, hoe krijg ik hem rustig", "angry-customer"),
    ("employee", "a customer yelled at me because his order was late", "angry-customer"),
    (
        "employee",
        "hoe beëindig ik een telefoongesprek met een klant die maar blijft praten terwijl de rij groeit",
        "time-pressure",
    ),
    ("employee", "hoe rond ik een gesprek af met een klant die maar blijft praten", "time-pressure"),
    ("employee", "de klant wil per se de manager spreken maar die is er niet", "problem-you-cannot-solve"),
    ("employee", "customer is angry and wants to speak to my manager", "problem-you-cannot-solve"),
    # the scores themselves
    ("manager", "hoe bereken je NPS", "customer-feedback-metrics"),
    ("manager", "wat zegt een lage NPS score", "customer-feedback-metrics"),
    ("manager", "mijn team scoort slecht op NPS, hoe verbeter ik dat", "customer-feedback-metrics"),
    ("manager", "hoe bespreek ik de NPS-cijfers met mijn team", "customer-feedback-metrics"),
]


def _coach(searcher, message: str, role: str) -> tuple[list, Decision]:
    """(results, decision) for `message` from someone with `role`, as `servicecoach search` gets them."""
    audience = audience_for(role, message)
    results = ranked(searcher, message, None, audience, FEATURE_DEPTH)
    decision = decide(message, results, load_calibration(searcher.embedder.name), REFERRALS)
    decision = decide_by_name(searcher, message, decision, results)
    return results, decide_apart(searcher, message, decision, REFERRALS, None, audience)


def _params(cases: list, marks: tuple = ()) -> list:
    return [pytest.param(*case, marks=marks, id=f"{case[0]}-{case[2][:40]}") for case in cases]


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
        assert decision.results[0].id in expected, (kind, [r.id for r in decision.results])


@pytest.mark.parametrize(("role", "message", "article"), LOOK_ALIKES)
def test_a_look_alike_keeps_its_article(searcher, role: str, message: str, article: str) -> None:
    results, decision = _coach(searcher, message, role)
    assert results[0].id == article, [r.id for r in results[:3]]
    assert decision.outcome != "answer" or decision.results[0].id == article


def test_the_price_objection_is_never_offered_for_a_blocked_account(searcher) -> None:
    for message in (
        "klant is boos want zijn rekening is geblokkeerd",
        "customer's account is blocked and he's furious",
    ):
        results, _ = _coach(searcher, message, "employee")
        assert "price-objection" not in [r.id for r in results[:3]], message


@pytest.mark.parametrize(
    ("pattern", "message", "matches"),
    [
        (PRAISE_RECEIVED, "een klant gaf me een compliment", True),
        (PRAISE_RECEIVED, "a customer praised me to my manager", True),
        (PRAISE_RECEIVED, "klant zei dat ik het super had gedaan", True),
        (PRAISE_RECEIVED, "she said I did a great job", True),
        (PRAISE_RECEIVED, "hoe geef ik een compliment aan een collega", False),
        (PRAISE_RECEIVED, "klant wil korting want hij vindt het te duur", False),
        (ABUSE_ENDURED, "hij schold me uit voor van alles, moet ik dat pikken?", True),
        (ABUSE_ENDURED, "do i have to put up with a customer cursing at me", True),
        (ABUSE_ENDURED, "customer keeps swearing at me, do I have to take it", True),
        (ABUSE_ENDURED, "klant scheldt en is woedend, hoe krijg ik hem rustig", False),
        (ABUSE_ENDURED, "hoe rond ik een gesprek af met een klant die maar blijft praten", False),
        (ABUSE_ENDURED, "mn loonbrief klopt ni, hoe ga ik om met een klant die tegen mij roept?", False),
        (ACCOUNT_BLOCKED, "klant is boos want zijn rekening is geblokkeerd", True),
        (ACCOUNT_BLOCKED, "the bank froze his account", True),
        (ACCOUNT_BLOCKED, "his card was blocked and he is angry", True),
        (ACCOUNT_BLOCKED, "de rekening is te hoog en zijn pas is geblokkeerd, hij wil korting", False),
        (ACCOUNT_BLOCKED, "klant vindt de rekening te hoog", False),
        (STAFF_DEMOTIVATED, "mijn agents zijn gedemotiveerd na slechte NPS scores", True),
        (STAFF_DEMOTIVATED, "the team's morale dropped after the scores", True),
        (STAFF_DEMOTIVATED, "mijn team scoort slecht op NPS, hoe verbeter ik dat", False),
        (LEADING, "wat moet ik zeggen in de teamhuddle", True),
        (LEADING, "wat vertel ik in de ochtendhuddle", True),
    ],
)
def test_the_cues(pattern, message: str, matches: bool) -> None:
    assert bool(pattern.search(message)) is matches


def test_strong_past_forms_read_as_their_verb() -> None:
    assert unpast("gaf") == "geven" and unpast("schold") == "schelden" and unpast("klant") == "klant"


def test_the_huddle_article_speaks_to_a_team_member_too(searcher) -> None:
    articles = searcher.index.articles
    for lang, words in (("nl", "als teamlid"), ("en", "as a team member")):
        article = articles[("coaching-team-huddle", lang)]
        assert article.audience == "manager"  # the weekly coaching tips draw on it
        assert words in " ".join(s.text for s in article.sections)
