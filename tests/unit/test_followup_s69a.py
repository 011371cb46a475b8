"""Stop 69 (helper A6): a continuation across an offer made to a question of its own ("en als hij dan
nog steeds boos is?" after the time-pressure card and an offer made to "wat doe ik met een klant die te
laat is?") is about what that question told, not the older article: it is answered as at the offer
(the article the offer held, or the offer again), never with the older article's example
(actions/followup.py `_offered_elsewhere`). An offer made to a continuation of the same matter ("en als
de klant dan een slechte review online zet?") still goes on with the article answered
(tests/unit/test_followup_after_offer.py). Real actions on the real index."""

from __future__ import annotations

import pytest

from tests.unit.turns import advice_turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

QUEUE = {
    "nl": "hoe blijf ik vriendelijk als de rij heel lang is",
    "en": "how do I stay friendly when the queue is really long",
}
# short questions of their own (they open with a question word, so no length makes them new) that are offered
OWN_QUESTION = {
    "nl": "wat doe ik met een klant die te laat is?",
    "en": "what do i do with a customer who is late?",
}
CONTINUATIONS = {
    "nl": [
        "en als hij dan nog steeds boos is?",
        "en als hij blijft roepen",
        "wat als hij nog altijd kwaad is",
    ],
    "en": ["and what if he's still angry?", "and if he keeps shouting?"],
}


def _notes(messages: list[dict]) -> list[tuple[str, str | None]]:
    found = (m.get("custom") or {} for m in messages)
    return [(n["id"], n.get("view")) for n in found if n.get("type") == "source"]


def _offer(messages: list[dict]) -> list[str]:
    return next(
        (list(m["custom"]["ids"]) for m in messages if (m.get("custom") or {}).get("type") == "offer"), []
    )


@pytest.mark.parametrize(("lang", "follow_up"), [(lang, f) for lang, fs in CONTINUATIONS.items() for f in fs])
def test_a_continuation_after_an_offer_to_a_question_of_its_own_leaves_the_older_article(
    lang: str, follow_up: str
) -> None:
    first, events = advice_turn(QUEUE[lang], lang, [])
    assert _notes(first) == [("time-pressure", "card")]
    offer, events = advice_turn(OWN_QUESTION[lang], lang, events)
    offered = _offer(offer)
    assert offered and "time-pressure" not in offered
    messages, _ = advice_turn(follow_up, lang, events)
    assert not any(article == "time-pressure" for article, _ in _notes(messages)), messages
    assert _notes(messages) or _offer(messages)  # an article (as asked on its own) or the offer again
