"""A "none of these" to an offer with more said after it is read together with the question
the offer answered, and the articles offered are set aside (bot/dialogue/offer_rejection.py,
actions/advice.py `_read_with_the_offered_question`; tester round of stop 49: "geen van deze
echt. hij klaagt gewoon de hele dag", about a negative team member, got the article on
recovering after a hard customer conversation). Since stop 50 that tester's first message is
answered with the article on a complaining team, so the tests start from a question that
still gets an offer. Real actions on the real index."""

from __future__ import annotations

import pytest

from bot.dialogue.offer_rejection import detail_after_rejection
from tests.unit.turns import advice_turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

REJECTIONS = [
    ("geen van deze echt. hij klaagt gewoon de hele dag", "hij klaagt gewoon de hele dag"),
    (
        "nee, geen van deze. het gaat over een collega die altijd negatief is",
        "een collega die altijd negatief is",
    ),
    ("niet echt, het gaat over moe zijn na een lange dag", "moe zijn na een lange dag"),
    ("none of those, it's about a colleague who never helps", "a colleague who never helps"),
    ("neither, my team ignores the customers who wait", "my team ignores the customers who wait"),
    ("not really: the caller keeps talking for half an hour", "the caller keeps talking for half an hour"),
]
NOT_REJECTIONS = [
    "geen van deze", "nee dank je", "not really", "none of these, sorry", "klant is boos",
    "nee hij wil geen korting maar een nieuwe", "geen idee wat ik moet zeggen tegen die klant",
]  # fmt: skip


@pytest.mark.parametrize(("text", "detail"), REJECTIONS)
def test_the_detail_after_a_rejection_is_read(text: str, detail: str) -> None:
    assert detail_after_rejection(text) == detail


@pytest.mark.parametrize("text", NOT_REJECTIONS)
def test_other_messages_have_none(text: str) -> None:
    assert detail_after_rejection(text) is None


def _offered(messages: list[dict]) -> list[str]:
    return next((m["custom"]["ids"] for m in messages if (m.get("custom") or {}).get("type") == "offer"), [])


def _shown(messages: list[dict]) -> list[str]:
    sources = [m["custom"]["id"] for m in messages if (m.get("custom") or {}).get("type") == "source"]
    return sources or _offered(messages)


# "in de ploeg", not "in mijn ploeg": since stop 60 "mijn ploeg" is the asker's own team
# (audience.py LEADING), answered with the article on a complaining team, and the test needs an offer
@pytest.mark.parametrize(
    ("question", "rejection", "lang"),
    [
        (
            "iemand in de ploeg doet altijd zo negatief, hoe pak ik dat aan",
            "geen van deze echt. hij klaagt gewoon de hele dag",
            "nl",
        ),
        (
            "iemand in de ploeg doet altijd zo negatief, hoe pak ik dat aan",
            "nee, geen van deze. hij zit de hele dag te zeuren over de planning",
            "nl",
        ),
    ],
)
def test_after_a_rejected_offer_the_offered_articles_are_set_aside(
    question: str, rejection: str, lang: str
) -> None:
    messages, events = advice_turn(question, lang, [])
    offered = _offered(messages)
    assert offered, "the test needs a question that gets an offer"
    again, _ = advice_turn(rejection, lang, events)
    shown = _shown(again)
    assert not set(shown) & set(offered), (offered, shown)


def test_the_detail_is_no_longer_answered_alone_with_a_customer_article() -> None:
    """Alone, "hij klaagt gewoon de hele dag" puts recovering after a hard customer
    conversation first; read with the question about a team member it does not."""
    question = "iemand in de ploeg doet altijd zo negatief, hoe pak ik dat aan"
    rejection = "geen van deze echt. hij klaagt gewoon de hele dag"
    alone, _ = advice_turn(rejection, "nl", [])
    assert _shown(alone)[0] == "after-a-hard-conversation"  # answered or offered first
    messages, events = advice_turn(question, "nl", [])
    again, _ = advice_turn(rejection, "nl", events)
    assert _shown(again)[:1] != ["after-a-hard-conversation"], _shown(again)
