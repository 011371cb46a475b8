"""A short thanks or goodbye is answered in its own language unless the conversation was Dutch
by what was said before it (bot/engine/language.py, actions/language.py). Tester round of
stop 44: "thx, bye" got the Dutch "Succes vandaag!": the `language` slot's default (Dutch)
was taken for a Dutch conversation, though nothing Dutch had been said. "thx" is typed by
Dutch staff too ("thx doei"), "bye", "cya" and "thanks" are English. Real actions, a real
app database (SQLite) per test."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.language import ActionDetectLanguage
from actions.small_talk import ActionSmallTalk
from bot.dialogue import payloads
from bot.dialogue.domain_responses import domain_response
from bot.engine import detect_language
from bot.i18n import t

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

ENGLISH = ["thx, bye", "thanks bye", "ty, cya", "cheers mate", "ok thx", "thx bye!", "oké thx", "thank u"]
DUTCH = [
    "thx doei", "merci he, top", "bedankt!", "thx, tot morgen", "doei thx", "top, thx he",
    # Flemish (tester round of stop 51: answered in English)
    "allee merci he, salut", "amai merci", "salut", "awel merci", "ja merci, salu", "merci veel",
]  # fmt: skip
# earlier turns that say nothing of a language: a greeting of both, a yes, a score, a button
NO_LANGUAGE_YET = [["hey"], ["hi"], ["ok"], ["hey", "4"], ['/ask_advice{"article_id":"angry-customer"}']]


@pytest.mark.parametrize("text", ENGLISH)
def test_a_short_english_thanks_or_goodbye_is_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text", DUTCH)
def test_a_short_dutch_thanks_or_goodbye_is_dutch(text: str) -> None:
    assert detect_language(text) == "nl"


def tracker(text: str, earlier: list[str], lang: str = "nl", intent: str = "goodbye") -> Tracker:
    events: list[dict] = []
    for said in earlier:
        events += [{"event": "user", "text": said}, {"event": "bot", "text": "..."}]
    events.append({"event": "user", "text": text})
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [], "metadata": {}}
    slots = {"language": lang, "pinned_language": None, "tips_given": None}
    return Tracker("farewell-language-user", slots, latest, events, False, None, {}, "action_listen")


def reply_language(
    text: str, earlier: list[str], lang: str = "nl", intent: str = "goodbye"
) -> tuple[str, list]:
    """The language action_detect_language sets, and what action_small_talk says then (as the
    rules run them: data/rules/chitchat.yml)."""
    asked = tracker(text, earlier, lang, intent)
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionDetectLanguage().run(dispatcher, asked, {}))
    now = next((e["value"] for e in events if e.get("name") == "language"), lang)
    asked.slots["language"] = now
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionSmallTalk().run(dispatcher, asked, {}))
    return now, dispatcher.messages


@pytest.mark.parametrize("earlier", NO_LANGUAGE_YET)
@pytest.mark.parametrize("text", ENGLISH)
def test_english_courtesy_after_turns_of_no_language_is_answered_in_english(
    text: str, earlier: list[str]
) -> None:
    lang, messages = reply_language(text, earlier)
    assert lang == "en"
    written = [m.get("text") or domain_response(m["response"], lang).get("text") for m in messages]
    assert written and all(written), messages
    dutch = {t("thank_goodbye", "nl"), domain_response("utter_goodbye", "nl")["text"]}
    assert not dutch & set(written)


def test_the_testers_thx_bye_gets_the_english_goodbye() -> None:
    lang, messages = reply_language("thx, bye", ["hey"], intent="goodbye")
    assert lang == "en" and [m.get("response") for m in messages] == ["utter_goodbye"]
    _, thanked = reply_language("thx, bye", ["hey"], intent="thank")
    assert [m.get("text") for m in thanked] == [t("thank_goodbye", "en")]


@pytest.mark.parametrize("earlier", [["hoe ga ik om met een boze klant?"], ["hoi"], ["goeiemorgen", "ok"]])
@pytest.mark.parametrize("text", ENGLISH)
def test_english_courtesy_after_dutch_turns_stays_dutch(text: str, earlier: list[str]) -> None:
    """Dutch staff type "thanks bye" too (tester round of stop 37): a Dutch conversation stays."""
    assert reply_language(text, earlier)[0] == "nl"


@pytest.mark.parametrize("earlier", [["how do I handle an angry customer?"], ["hello"], *NO_LANGUAGE_YET])
@pytest.mark.parametrize("text", DUTCH)
def test_dutch_courtesy_is_answered_in_dutch(text: str, earlier: list[str]) -> None:
    lang = "en" if earlier == ["how do I handle an angry customer?"] else "nl"
    assert reply_language(text, earlier, lang=lang)[0] == "nl"


@pytest.mark.parametrize("text", ENGLISH)
def test_english_courtesy_right_after_a_restart_is_english(text: str) -> None:
    """/restart (the greet payload) starts afresh: what was said in Dutch before it does not
    make the conversation Dutch (tester round of stop 44: "thx, bye" got "Succes vandaag!")."""
    before = ["hoe ga ik om met een boze klant?", payloads.greet()]
    assert reply_language(text, before)[0] == "en"
    assert reply_language(text, [*before, "hoi, ik heb een vraag"])[0] == "nl"  # Dutch since the restart
