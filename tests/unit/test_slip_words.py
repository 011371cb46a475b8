"""An apology to the coach for a slip (a typo, a wrong paste, a message meant for someone
else) asks nothing (bot/dialogue/slip_words.py). Tester round of stop 47: "sorry verkeerde
plak" and "oeps sorry, verkeerd getypt" got the whole article on putting a failure right,
"sorry, my mistake, typo" its example. A message about service that says sorry or mistake
is still a question. Real actions on the real knowledge index, a real app database."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.advice import ActionAnswerAdvice
from bot.dialogue.slip_words import apologises_for_a_slip
from bot.i18n import t

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

SLIPS = [
    ("sorry verkeerde plak", "nl"),
    ("oeps sorry, verkeerd getypt", "nl"),
    ("sorry dat was niet voor jou", "nl"),
    ("typfout, sorry", "nl"),
    ("oei, verkeerde chat", "nl"),
    ("excuus, per ongeluk verstuurd", "nl"),
    ("sorry, my mistake, typo", "en"),
    ("my bad, wrong chat", "en"),
    ("oops typo", "en"),
    ("sorry that wasn't meant for you", "en"),
    ("whoops, sent that by accident", "en"),
    # taking it back: "vergeet het maar" (verifier round of stop 48: an offer, an article)
    ("vergeet het maar", "nl"),
    ("vergeet wat ik net zei", "nl"),
    ("vergeet mijn vraag", "nl"),
    ("forget what i just said", "en"),
]
QUESTIONS = [
    "ik zei sorry tegen de klant voor mijn fout",
    "mijn fout, klant kreeg het verkeerde pakket",
    "sorry verkeerd getypt, ik bedoel een boze klant",
    "typo in de factuur van een klant, wat nu",
    "my mistake with a customer, what now",
    "how do I say sorry for a mistake to a customer",
    "sorry",
    "vergeet niet de klant te begroeten",
    "ik vergeet het altijd, hoe onthoud ik namen van klanten",
    "forget what the customer said?",
]


@pytest.mark.parametrize(("text", "lang"), SLIPS)
def test_an_apology_for_a_slip_is_recognised(text: str, lang: str) -> None:
    assert apologises_for_a_slip(text)


@pytest.mark.parametrize("text", QUESTIONS)
def test_a_message_that_says_more_is_not_a_slip(text: str) -> None:
    assert not apologises_for_a_slip(text)


def _ask(text: str, lang: str) -> list[dict]:
    latest = {
        "text": text,
        "intent": {"name": "ask_advice", "confidence": 0.8},
        "entities": [],
        "metadata": {},
    }
    events = [{"event": "user", "text": text}]
    if lang != "nl":
        events.insert(0, {"event": "slot", "name": "language", "value": lang})
    tracker = Tracker(
        "slip-user", {"language": lang, "pinned_language": None}, latest, events, False, None, {}, "x"
    )
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAnswerAdvice().run(dispatcher, tracker, {}))
    return dispatcher.messages


@pytest.mark.parametrize(("text", "lang"), SLIPS)
def test_an_apology_for_a_slip_gets_no_article(text: str, lang: str) -> None:
    messages = _ask(text, lang)
    assert [m.get("text") for m in messages][:1] == [t("slip_no_problem", lang)]
    assert not any((m.get("custom") or {}).get("article_id") for m in messages)


def test_a_service_question_with_sorry_in_it_is_still_answered() -> None:
    messages = _ask("how do I say sorry for a mistake to a customer", "en")
    assert t("slip_no_problem", "en") not in [m.get("text") for m in messages]
