"""Corrections that name the setting or the situation meant (tester round of stop 61): after a 👎
on the chat article, "het antwoord ging over chat maar ik bedoelde aan de balie" got "Dat gaat
nog steeds over ..."; "nee ik bedoel een klant die korting eist omdat de levering te laat was"
after an offer got the offered price article again. The kind: a correction ("maar ik
bedoelde ...", "I meant ...", "nee ik bedoel ...", "that's not what I meant, ...") searches again
without the article or articles it rejects (bot/dialogue/different_situation.py,
bot/dialogue/offer_rejection.py)."""

from __future__ import annotations

import pytest

from actions.feedback import ActionFeedback
from bot.dialogue.different_situation import says_situation_differs, situation_details
from bot.dialogue.offer_rejection import detail_after_rejection
from tests.unit.turns import new_sender, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py


@pytest.mark.parametrize(
    ("text", "details"),
    [
        ("het antwoord ging over chat maar ik bedoelde aan de balie", "aan de balie"),
        ("ik bedoelde aan de kassa, niet online", "aan de kassa, niet online"),
        ("'k bedoelde aan 't loket", "aan 't loket"),  # Flemish
        ("maar ik bedoel aan de balie", "aan de balie"),
        ("ging over de telefoon mr ik bedoelde face to face", "face to face"),  # chat spelling
        ("ik bedoeld in de winkel", "in de winkel"),  # typo
        ("ik had het over de balie", "de balie"),
        ("the answer was about chat but I meant at the desk", "at the desk"),
        ("I meant at the counter", "at the counter"),
        ("i ment in the shop", "in the shop"),  # typo
        ("I was talking about the front desk", "the front desk"),
    ],
)
def test_a_correction_naming_what_was_meant_says_the_situation_differs(text: str, details: str) -> None:
    assert says_situation_differs(text)
    assert situation_details(text) == details  # not "het antwoord ging over chat"


@pytest.mark.parametrize(
    "text",
    [
        "ik bedoel, hoe zeg ik dat tegen een klant",
        "ik bedoelde het goed maar de klant werd boos",  # a story
        "I meant well but the customer got angry",
        "I meant to ask how to handle a rude guest",
        "maar ik bedoelde het niet zo, nu is hij boos",
        "wat bedoel je met outside-in",
        "de klant bedoelde het anders",
        "i mean how do i say no",
    ],
)
def test_look_alikes_are_no_correction(text: str) -> None:
    assert not says_situation_differs(text)


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        (
            "nee ik bedoel een klant die korting eist omdat de levering te laat was",
            "een klant die korting eist omdat de levering te laat was",
        ),
        ("nee, ik bedoelde een klant die zijn geld terug wil", "een klant die zijn geld terug wil"),
        ("nee dat bedoel ik niet, de levering was te laat", "de levering was te laat"),
        ("neen 'k bedoel ne klant die korting wil omdat zijn pakket te laat was", None),
        (
            "that's not what I meant, the delivery was late and now he wants money back",
            "the delivery was late and now he wants money back",
        ),
        (
            "no I meant a guest who wants a refund for a late order",
            "a guest who wants a refund for a late order",
        ),
        (
            "nope i ment a customer who is angry about a late delivery",
            "a customer who is angry about a late delivery",
        ),
        ("not what i meant, he wants money back for the delay", "he wants money back for the delay"),
    ],
)
def test_a_correction_after_an_offer_rejects_it_with_its_detail(text: str, detail: str | None) -> None:
    found = detail_after_rejection(text)
    assert found is not None and (detail is None or found == detail), found


@pytest.mark.parametrize(
    "text",
    [
        "nee ik bedoel",  # no detail: asked what then
        "nee dat bedoel ik niet",
        "ik bedoel een klant die korting eist",  # no "no" first: a question of its own
        "nee, de klant wil korting omdat de levering te laat was",
    ],
)
def test_no_detail_or_no_rejection(text: str) -> None:
    assert detail_after_rejection(text) is None


def _articles(msgs: list[dict]) -> list[str]:
    """The article ids a reply answers (its source note) or offers."""
    ids = []
    for m in msgs:
        custom = m.get("custom") or {}
        if custom.get("type") == "source":
            ids.append(custom["id"])
        if custom.get("type") == "offer":
            ids += custom["ids"]
    return ids


@pytest.mark.parametrize(
    ("question", "correction", "lang"),
    [
        (
            "hoe ga ik om met een klant die korting eist",
            "nee ik bedoel een klant die korting eist omdat de levering te laat was",
            "nl",
        ),
        (
            "hoe ga ik om met een klant die korting eist",
            "nee dat bedoel ik niet, de levering was te laat en nu wil hij korting",
            "nl",
        ),
    ],
)
def test_a_correction_after_an_offer_is_searched_without_the_offered(
    question: str, correction: str, lang: str
) -> None:
    sender = new_sender("employee")
    msgs, events = turn(question, lang, [], sender=sender)
    offered = next((m["custom"]["ids"] for m in msgs if (m.get("custom") or {}).get("type") == "offer"), None)
    assert offered, msgs
    msgs, _ = turn(correction, lang, events, sender=sender)
    assert not set(_articles(msgs)) & set(offered), msgs


def _down(events: list[dict]) -> str:
    for event in reversed(events):
        for button in (event.get("data") or {}).get("buttons") or []:
            if "👎" in button["title"]:
                return button["payload"]
    raise AssertionError("no 👎 button")


@pytest.mark.parametrize(
    ("question", "correction", "lang"),
    [
        (
            "hoe schrijf ik persoonlijk in een chat met een klant",
            "het antwoord ging over chat maar ik bedoelde aan de balie",
            "nl",
        ),
        (
            "hoe schrijf ik persoonlijk in een chat met een klant",
            "ik bedoelde aan de balie, niet in de chat",
            "nl",
        ),
        (
            "how do I write personally in a chat with a customer",
            "the answer was about chat but I meant at the desk",
            "en",
        ),
    ],
)
@pytest.mark.parametrize("thumbs_down", [True, False])
def test_a_correction_after_an_answer_lands_elsewhere(
    question: str, correction: str, lang: str, thumbs_down: bool
) -> None:
    sender = new_sender("employee")
    msgs, events = turn(question, lang, [], sender=sender)
    first = _articles(msgs)
    assert first, msgs
    if thumbs_down:
        _, events = turn(_down(events), lang, events, sender=sender, action=ActionFeedback, intent="feedback")
    msgs, _ = turn(correction, lang, events, sender=sender)
    assert first[0] not in _articles(msgs), msgs
    assert "nog steeds over" not in (msgs[0].get("text") or "") and "still about" not in (
        msgs[0].get("text") or ""
    )


@pytest.mark.parametrize(
    ("question", "correction", "lang"),
    [
        ("wat vind je van het weer morgen in parijs", "nee dat bedoel ik niet", "nl"),
        ("wat vind je van het weer morgen in parijs", "neen, da bedoel ik ni", "nl"),
        ("what do you think of the weather in paris tomorrow", "no that's not what i meant", "en"),
    ],
)
def test_a_correction_after_a_refusal_asks_again_with_topics(
    question: str, correction: str, lang: str
) -> None:
    """Tester round of stop 61 (#187): "nee dat bedoel ik niet" (NLU: deny) after a refusal got
    the goodbye-like "Geen probleem. Ik ben er als je me nodig hebt."; it asks what was meant, with
    topics."""
    from actions.yes_no import ActionDeny
    from bot.i18n import t

    sender = new_sender("employee")
    msgs, events = turn(question, lang, [], sender=sender)
    assert not _articles(msgs), msgs
    msgs, _ = turn(correction, lang, events, sender=sender, action=ActionDeny, intent="deny")
    assert msgs[0].get("text") == t("offer_declined", lang), msgs
    assert msgs[0].get("buttons"), msgs
    assert all(m.get("response") != "utter_deny" for m in msgs), msgs
