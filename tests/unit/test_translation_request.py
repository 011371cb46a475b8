"""A request to translate is no request to change the chat's language (tester round of stop
44: "kun je dit vertalen naar het Engels: wij excuseren ons voor het ongemak" got "Sure, I'll
answer in English from now on", and the next Dutch question was answered in English). It
gets the `translation` line of knowledge/referrals.yml in the language the request is
written in, whatever NLU read, and nothing is pinned (bot/dialogue/translation_request.py,
actions/knowledge.py, actions/language.py). Real actions, the real referrals file and index,
a real app database (SQLite) per test."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import knowledge as kb
from actions.advice import ActionAnswerAdvice, ActionOutOfScope
from actions.help import ActionHelp
from actions.language import ActionDetectLanguage, ActionSetLanguage
from bot.dialogue.translation_request import translation_request
from bot.i18n import t

# a translation request, and the language it is written in
REQUESTS = [
    ("kun je dit vertalen naar het Engels: wij excuseren ons voor het ongemak", "nl"),
    ("vertaal naar het engels: we gaan om 5 uur dicht", "nl"),
    ("vertaal dit even in het Nederlands: sorry for the wait", "nl"),
    ("kan je vertalen?", "nl"),
    ("hoe zeg je 'wij excuseren ons voor het ongemak' in het Engels?", "nl"),
    ("hoe zeg je excuses in het engels", "nl"),
    ("hoe zeg ik bonnetje in het Engels", "nl"),
    ("wat is klantvriendelijk in het Engels?", "nl"),
    ("wat is 'kassabon' in het engels", "nl"),
    ("wat betekent complaint in het Nederlands", "nl"),
    ("wat is het Engelse woord voor bonnetje", "nl"),
    ("hoe heet een kassabon in het Engels", "nl"),
    ("how do you say 'wij excuseren ons voor het ongemak' in Dutch?", "en"),
    ("how do you say thank you for waiting in dutch", "en"),
    ("how to say receipt in Dutch", "en"),
    ("what is 'bonnetje' in English", "en"),
    ("what's receipt in dutch?", "en"),
    ("what does klantvriendelijk mean in english", "en"),
    ("what is the Dutch word for receipt", "en"),
    ("translate to dutch: we apologise for the inconvenience", "en"),
    ("translate into english: wij excuseren ons voor het ongemak", "en"),
    ("can you translate this into English please", "en"),
]
# a real language switch, or a service question that names a language
NOT_REQUESTS = [
    "kun je in het Engels antwoorden",
    "kan je in het engels antwoorden, ik snap het niet goed",
    "can we speak Dutch",
    "english please",
    "in English please",
    "praat Nederlands",
    "antwoord voortaan in het Nederlands",
    "schakel over naar het Engels",
    "do you speak english?",
    "ik wil de Engelse versie",
    "and in english? what are the four levels of the pyramid",
    "in het Nederlands graag: hoe ga ik om met een boze klant",
    "Wat is service recovery? antwoord in het Engels",
    "mag ik een klant in het engels helpen",
    "een klant spreekt alleen frans, hoe help ik hem",
    "de klant wil een vertaling van zijn factuur",
    "the customer wants a translation of the menu",
    "how do I say no to a customer in English",
    "what is the best way to greet customers in english",
    "hoe zeg je nee tegen een klant",
    "hoe begroet ik een klant aan de balie?",
    "mag ik een vertaalapp gebruiken",
]
SWITCHES = [
    ("kun je in het Engels antwoorden", "en"),
    ("can we speak Dutch", "nl"),
    ("english please", "en"),
    ("praat Nederlands", "nl"),
]


@pytest.mark.parametrize(("text", "lang"), REQUESTS)
def test_a_request_to_translate_is_one(text: str, lang: str) -> None:
    assert translation_request(text) is not None


@pytest.mark.parametrize("text", NOT_REQUESTS)
def test_a_language_switch_or_a_service_question_is_no_request_to_translate(text: str) -> None:
    assert translation_request(text) is None


@pytest.mark.parametrize(("text", "lang"), REQUESTS)
def test_every_request_to_translate_gets_the_translation_topic(text: str, lang: str) -> None:
    referral = kb.referral_for(text)
    assert referral is not None and referral.id == kb.TRANSLATION_TOPIC and not referral.intro


def tracker(
    text: str, intent: str, lang: str, entities: list[dict] | None = None, events: list[dict] | None = None
) -> Tracker:
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.9},
        "entities": entities or [],
        "metadata": {},
    }
    slots = {"language": lang, "pinned_language": None, "tips_given": None}
    return Tracker("translation-user", slots, latest, events or [], False, None, {}, "action_listen")


def run(action, tracked: Tracker) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracked, {}))
    return dispatcher.messages, events


def pinned() -> str | None:
    from bot.settings import get_settings
    from bot.storage.profiles import ProfileStore

    return ProfileStore(get_settings().app_db_url).language("translation-user")


def said(messages: list[dict]) -> list[str]:
    return [m["text"] for m in messages if m.get("text")]


def language_entity(text: str) -> list[dict]:
    """The `language` entity NLU finds in `text` ("Engels" -> en), as for a language switch."""
    for name, code in (("engels", "en"), ("english", "en"), ("nederlands", "nl"), ("dutch", "nl")):
        start = text.lower().find(name)
        if start >= 0:
            return [{"entity": "language", "value": code, "start": start, "end": start + len(name)}]
    return []


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(("text", "lang"), REQUESTS)
def test_a_request_to_translate_read_as_a_language_switch_is_referred_and_pins_nothing(
    text: str, lang: str
) -> None:
    other = "en" if lang == "nl" else "nl"
    messages, events = run(ActionSetLanguage(), tracker(text, "set_language", other, language_entity(text)))
    where = kb.translation_referral(text)
    assert where is not None
    assert said(messages)[0] == where.where[lang]
    assert not {t("language_pinned", "en"), t("language_pinned", "nl")} & set(said(messages))
    assert "pinned_language" not in {e["name"] for e in events}
    assert {e["name"]: e["value"] for e in events}.get("language", other) == lang
    assert pinned() is None


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize("action", [ActionAnswerAdvice, ActionOutOfScope, ActionHelp])
@pytest.mark.parametrize(("text", "lang"), [REQUESTS[4], REQUESTS[7], REQUESTS[13], REQUESTS[20]])
def test_a_request_to_translate_gets_its_line_whatever_nlu_read(action, text: str, lang: str) -> None:
    intent = {ActionAnswerAdvice: "ask_advice", ActionOutOfScope: "out_of_scope", ActionHelp: "help"}[action]
    other = "en" if lang == "nl" else "nl"
    asked = tracker(text, intent, other)
    _, detected = run(ActionDetectLanguage(), asked)  # as the rules run it first (data/rules)
    asked.slots.update({e["name"]: e["value"] for e in detected})
    messages, _ = run(action(), asked)
    assert said(messages)[0] == kb.translation_referral(text).where[lang]
    assert pinned() is None


@pytest.mark.usefixtures("own_app_db")
def test_after_a_request_to_translate_the_next_dutch_question_stays_dutch() -> None:
    """The tester's conversation: the request, then "hoe begroet ik een klant aan de balie?"."""
    text = REQUESTS[0][0]
    _, events = run(ActionSetLanguage(), tracker(text, "set_language", "nl", language_entity(text)))
    assert pinned() is None
    lang = {e["name"]: e["value"] for e in events}.get("language", "nl")
    history = [
        {"event": "user", "text": text},
        *[{"event": "slot", "name": e["name"], "value": e["value"]} for e in events],
        {"event": "user", "text": "hoe begroet ik een klant aan de balie?"},
    ]
    question = tracker("hoe begroet ik een klant aan de balie?", "ask_advice", lang, events=history)
    _, detected = run(ActionDetectLanguage(), question)
    assert [e["value"] for e in detected if e.get("name") == "language"] in ([], ["nl"])


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(("text", "lang"), SWITCHES)
def test_a_real_language_switch_still_pins(text: str, lang: str) -> None:
    other = "en" if lang == "nl" else "nl"
    messages, events = run(ActionSetLanguage(), tracker(text, "set_language", other, language_entity(text)))
    assert said(messages) == [t("language_pinned", lang)]
    assert {e["name"]: e["value"] for e in events} == {"pinned_language": lang, "language": lang}
    assert pinned() == lang


# A translation app for medical information is the medical topic's (a professional interpreter),
# not "a translation app works better" (verifier round of stop 54); a plain request stays one.
@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("mag ik google translate gebruiken voor medische uitleg?", "medical"),
        ("kan ik een vertaalapp gebruiken om de patiënt zijn medicatie uit te leggen", "medical"),
        ("hoe zeg je excuses in het Engels", "translation"),
        ("google translate voor een mail aan een toerist", "translation"),
    ],
)
def test_a_translation_app_for_medical_information_gets_the_medical_line(text: str, topic: str) -> None:
    decision, _ = kb.decide_for(text, "nl")
    assert decision.outcome == "refuse" and decision.referral is not None and decision.referral.id == topic
