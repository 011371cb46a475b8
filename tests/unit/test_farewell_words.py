"""A thank-you that also takes leave ("thanks, bye!") gets a goodbye, not "anything else?"
(bot/dialogue/farewell_words.py, actions/small_talk.py). Real action, real texts."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.small_talk import ActionSmallTalk
from bot.dialogue.farewell_words import says_farewell, takes_leave
from bot.engine import detect_language
from bot.i18n import t

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py: a goodbye may pause a check

FAREWELLS = [
    ("thanks, bye!", "en"),
    ("thank you so much, have a nice day", "en"),
    ("cheers, see you", "en"),
    ("thx, goodnight", "en"),
    ("thanks! take care", "en"),
    ("bedankt, doei", "nl"),
    ("top bedankt, fijne dienst nog", "nl"),
    ("dank je wel, tot ziens", "nl"),
    ("merci, dag", "nl"),
    ("thanks mate, later", "en"),
    ("dankjewel en tot de volgende keer", "nl"),
    ("bedankt hoor, fijne avond", "nl"),
    # Flemish (tester round of stop 42: "merci hé, salukes" got "You're welcome! Anything else?")
    ("merci hé, salukes", "nl"),
    ("merci e, tot straks", "nl"),
    ("dank u wel, ajuu", "nl"),
    ("groetjes en bedankt", "nl"),
]
THANKS_ONLY = [
    "thanks, that helped",
    "dank je, dat scheelt me de hele dag werk",
    "thanks, I'll try it later today",
    "bedankt voor de tip",
    "thank you, very clear",
    "merci, ik ga het morgen proberen",
    "dagelijks gebruik ik dit",  # "dag" inside a word
]


@pytest.mark.parametrize(("text", "lang"), FAREWELLS)
def test_a_farewell_is_heard(text: str, lang: str) -> None:
    assert says_farewell(text)


@pytest.mark.parametrize(("text", "lang"), FAREWELLS[-4:])
def test_a_flemish_thanks_and_goodbye_is_dutch_and_gets_a_goodbye(text: str, lang: str) -> None:
    assert detect_language(text) == lang
    assert [m.get("text") for m in run(text, lang)] == [t("thank_goodbye", lang)]


@pytest.mark.parametrize("text", THANKS_ONLY)
def test_thanks_alone_is_no_farewell(text: str) -> None:
    assert not says_farewell(text)


def run(text: str, lang: str, intent: str = "thank") -> list[dict]:
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.55}, "entities": [], "metadata": {}}
    tracker = Tracker("farewell-user", {"language": lang}, latest, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionSmallTalk().run(dispatcher, tracker, {}))
    return dispatcher.messages


@pytest.mark.parametrize(("text", "lang"), FAREWELLS[:4] + FAREWELLS[5:8])
def test_thanks_and_goodbye_get_a_goodbye_in_the_users_language(text: str, lang: str) -> None:
    messages = run(text, lang)
    assert [m.get("text") for m in messages] == [t("thank_goodbye", lang)]
    assert "?" not in messages[0]["text"]


@pytest.mark.parametrize("text", THANKS_ONLY[:3])
def test_thanks_alone_still_asks_if_there_is_more(text: str) -> None:
    assert [m.get("response") for m in run(text, "en")] == ["utter_thank"]


# Tester round of stop 43: "merci he, top" after an English message got an English "Glad to
# hear it": "top" (and "super", "ok", "perfect"...) is a courtesy word of both languages.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("merci he, top", "nl"),
        ("top, merci", "nl"),
        ("super bedankt", "nl"),
        ("ok bedankt", "nl"),
        ("thanks, super", "en"),
        ("cool thanks", "en"),
        ("perfect, thank you", "en"),
    ],
)
def test_a_courtesy_word_of_both_languages_leaves_the_language_to_the_others(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["top", "super", "ok cool"])
def test_courtesy_words_of_both_languages_alone_name_no_language(text: str) -> None:
    assert detect_language(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "oei klant aan de balie, moet gaan. doei!",
        "ok ik moet terug aan de slag, tot morgen",
        "sorry moet gaan, dag!",
        "gotta go, bye",
        "thanks, bye!",
        "ok bye",
    ],
)
def test_a_message_that_ends_by_taking_leave_takes_leave(text: str) -> None:
    assert takes_leave(text)


@pytest.mark.parametrize(
    "text",
    [
        "hoe begin ik mijn dag",  # a question
        "een klant zegt altijd tot ziens, wat zeg ik terug?",
        "klant zei alleen nog doei",  # a story: the farewell is the customer's
        "ik werk elke dag",
        "mijn klant zegt later",
        "klant is boos. tot morgen dan maar",  # goes on after the farewell
    ],
)
def test_a_farewell_inside_a_question_or_story_takes_no_leave(text: str) -> None:
    assert not takes_leave(text)
