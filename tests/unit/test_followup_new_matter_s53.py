"""A continuation ("en als ...", "and if ...", "what if ...") that tells a new matter is a
question of its own; one that varies the situation of the article just given goes on with it
(actions/followup.py, `names_its_own_subject` and `tells_a_new_matter`; helper round of stop
53: "en als mijn collega steeds te laat komt" got the angry-customer example). Real actions on
the real index, with trackers built from the first turn's real replies."""

from __future__ import annotations

import re

import pytest

from actions.followup import names_its_own_subject, tells_a_new_matter
from bot.engine import Decision, Result
from tests.unit.turns import advice_turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

ANGRY_NL = "Een klant staat tegen me te schreeuwen aan de balie, wat doe ik?"
ANGRY_EN = "My customer is furious and shouting at me, what do I do?"
PRICE_NL = "Een klant vindt ons product te duur, wat zeg ik?"
PRICE_EN = "A customer says our price is too high, what do I say?"
NO_NL = "Hoe zeg ik nee tegen een klant zonder hem kwijt te raken?"
NO_EN = "How do I say no to a customer without losing them?"
BUS_NL = "Een passagier is boos omdat de bus te laat is, wat doe ik?"
BUS_EN = "A passenger is angry because the bus is late, what do I do?"

# (first question, language, follow-up): a new matter, answered, offered or refused on its own
NEW_MATTERS = [
    (BUS_NL, "nl", "en als de passagiers gaan klagen bij de centrale over mij"),
    (ANGRY_NL, "nl", "en als mijn collega steeds te laat komt"),
    (ANGRY_NL, "nl", "en als de klant dan een slechte review online zet?"),
    (ANGRY_NL, "nl", "en wat als mijn leidinggevende mij niet steunt"),
    (ANGRY_NL, "nl", "maar als de klant mij dan gaat bedreigen"),
    (ANGRY_NL, "nl", "en als een klant iets vraagt wat ik niet kan oplossen"),
    (PRICE_NL, "nl", "en als mijn team steeds klaagt over de klanten?"),
    (PRICE_NL, "nl", "en als ik feedback krijg van mijn baas die ik niet eerlijk vind"),
    (ANGRY_EN, "en", "and what if the customer then posts a bad review online"),
    (BUS_EN, "en", "and what if the passengers complain about me to head office"),
    (ANGRY_EN, "en", "and if my manager doesn't back me up"),
    (ANGRY_EN, "en", "what if my colleague keeps coming in late"),
    (ANGRY_EN, "en", "and if a customer asks for something I can't fix"),
    (ANGRY_EN, "en", "what if there is a long queue and everyone is in a hurry"),
    (PRICE_EN, "en", "and what if my team keeps complaining about customers"),
    (PRICE_EN, "en", "and if I get feedback from my boss that feels unfair"),
]
# (first question, language, follow-up): the same situation, varied: the same article goes on
FOLLOW_UPS = [
    (ANGRY_NL, "nl", "en als hij dan nog steeds boos is"),
    (ANGRY_NL, "nl", "en als hij dan blijft roepen?"),
    (ANGRY_NL, "nl", "en als het aan de telefoon is?"),
    (ANGRY_NL, "nl", "en als de klant dan nog steeds boos is"),
    (ANGRY_NL, "nl", "en als de boze klant dan blijft schreeuwen?"),
    (ANGRY_NL, "nl", "en dan?"),
    (PRICE_NL, "nl", "en als hij blijft aandringen op korting?"),
    (PRICE_NL, "nl", "en als hij dan zegt dat de concurrent goedkoper is"),
    (PRICE_NL, "nl", "en als de klant het nog steeds te duur vindt?"),
    (NO_NL, "nl", "en als hij het er niet mee eens is?"),
    (NO_NL, "nl", "en als het een vaste klant is?"),
    (ANGRY_EN, "en", "and if he is still angry?"),
    (ANGRY_EN, "en", "and what if she won't listen"),
    (ANGRY_EN, "en", "and if it's on the phone?"),
    (ANGRY_EN, "en", "and if the customer is still angry?"),
    (ANGRY_EN, "en", "and then?"),
    (PRICE_EN, "en", "and if he keeps pushing for a discount?"),
    (PRICE_EN, "en", "what if he says the competitor is cheaper"),
    (PRICE_EN, "en", "and if the customer still says it's too expensive?"),
    (NO_EN, "en", "and what if he doesn't accept it?"),
    (NO_EN, "en", "and if it's a regular customer?"),
]


def _notes(messages: list[dict]) -> list[dict]:
    return [m["custom"] for m in messages if (m.get("custom") or {}).get("type") == "source"]


@pytest.mark.parametrize(("first", "lang", "follow_up"), NEW_MATTERS)
def test_a_continuation_that_tells_a_new_matter_is_a_question_of_its_own(
    first: str, lang: str, follow_up: str
) -> None:
    messages, events = advice_turn(first, lang, [])
    previous = _notes(messages)[0]["id"]
    again, _ = advice_turn(follow_up, lang, events)
    alone, _ = advice_turn(follow_up, lang, [])  # the same message, no conversation before it
    notes = _notes(again)
    # not the previous article's example or meaning: what the search says of it on its own
    assert not any(n["id"] == previous and n.get("view") in ("example", "meaning") for n in notes), again
    assert [n["id"] for n in notes] == [n["id"] for n in _notes(alone)]
    # an offer or a refusal: the same topics as the message asked on its own
    assert _topics(again)[:3] == _topics(alone)[:3]


def _topics(messages: list[dict]) -> list[str]:
    """The articles the buttons point to, in order (an offer's answer_ref differs per call)."""
    found = (
        re.search(r'"article_id":"([^"]+)"', b["payload"]) for m in messages for b in m.get("buttons") or []
    )
    return [f.group(1) for f in found if f]


@pytest.mark.parametrize(("first", "lang", "follow_up"), FOLLOW_UPS)
def test_a_continuation_that_varies_the_situation_goes_on_with_the_article(
    first: str, lang: str, follow_up: str
) -> None:
    messages, events = advice_turn(first, lang, [])
    previous = _notes(messages)[0]["id"]
    again, _ = advice_turn(follow_up, lang, events)
    assert [(n["id"], n.get("view")) for n in _notes(again)] == [(previous, "example")], again


@pytest.mark.parametrize(
    "text",
    [
        "en als mijn collega steeds te laat komt",
        "en als de passagiers gaan klagen",
        "and what if the customer then posts a bad review online",
        "and if my manager doesn't back me up",
        "en als er dan een rij staat",
        "and what if there is a long queue",
        "and if her boss says no",
        "ok maar als een klant ...",
        "en als je collega dan niet meewerkt",
        "en als het team gaat klagen",
    ],
)
def test_a_subject_of_its_own(text: str) -> None:
    assert names_its_own_subject(text)


@pytest.mark.parametrize(
    "text",
    [
        "en als hij dan nog steeds boos is",
        "and if that doesn't work?",
        "en als ik het niet mag beslissen",
        "what if I'm not allowed to decide",
        "and if it's on the phone?",
        "en als die klant dan blijft tieren?",
        "what if she keeps shouting",
        "en dan nu toch als ze weer belt",
        "en als je het niet mag beslissen",
        "en als het een vaste klant is?",
        "en dan?",
        "and then?",
        "en als verhaal?",  # the article just given, as a story (test_wording_requests.py)
        "and as a short story?",
        "mijn collega komt steeds te laat",  # no continuation at all
    ],
)
def test_a_subject_that_points_back(text: str) -> None:
    assert not names_its_own_subject(text)


def _result(article_id: str, score: float) -> Result:
    return Result(article_id, article_id, "nl", "", score, score, score, "")


def test_a_new_subject_goes_on_only_when_the_search_answers_with_the_article() -> None:
    ranked = [_result("angry-customer", 0.9), _result("complaint-handling", 0.8)]
    sure = Decision("answer", (ranked[0],), 0.9, 0.95)
    offered = Decision("offer", tuple(ranked), 0.4, 0.9)
    text = "en als de klant dan een slechte review online zet?"
    assert not tells_a_new_matter(text, sure, "angry-customer", ranked)
    assert tells_a_new_matter(text, offered, "angry-customer", ranked)  # unsure: a question of its own
    assert tells_a_new_matter(text, sure, "price-objection", ranked)
    assert tells_a_new_matter(text, Decision("refuse", (), 0.1, 0.2), "angry-customer", [])
    assert not tells_a_new_matter(
        "en als hij dan een slechte review zet?", offered, "price-objection", ranked
    )
