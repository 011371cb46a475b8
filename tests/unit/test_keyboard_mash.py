"""Keyboard mash and filler are no one's language (bot/engine/language.py,
`has_a_known_word`). Tester round of stop 46: "asdfghjkl" in a Dutch chat got an English
reply; the detector reads such letters as English or Dutch ("asdf jkl", "rtyu fghj" and
"ghfjdk slaeiru" as English, "hjkl hjkl" and "sdkfj sdkfj sdkfj" as Dutch), and the chat
switched. Such a message keeps the conversation's language, in both directions. Real
actions, a real app database (SQLite) per test."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.language import ActionDetectLanguage
from bot.engine import detect_language
from bot.engine.language import has_a_known_word

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

MASH = [
    "asdfghjkl",
    "asdf jkl",
    "asdfghjkl qwertyuiop",
    "rtyu fghj",
    "ghfjdk slaeiru",
    "hjkl hjkl",
    "kjhkjh kjhkjh",
    "sdkfj sdkfj sdkfj",
    "zxcv bnm",
    "wxyz qwer",
    "lorem ipsum",
    # a pasted filler text: a stray "sit", "ad" or "in" made it English (tester round of stop 47)
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et "
    "dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi.",
    "asdf asdf asdf!!",
]
# short messages of real words, typos and Flemish among them, still tell their language
WORDS = [
    ("klnat is bozz", "nl"),
    ("kzit met ne klant", "nl"),
    ("efkes vraagje amai", "nl"),
    ("klant boos", "nl"),
    ("cust angry pls help", "en"),
    ("customer keeps yelling", "en"),
]
DUTCH_TURNS = ["hoe ga ik om met een boze klant?", "en als hij blijft schreeuwen?"]
ENGLISH_TURNS = ["how do I handle an angry customer?", "and if he keeps shouting?"]


@pytest.mark.parametrize("text", MASH)
def test_keyboard_mash_has_no_language(text: str) -> None:
    assert not has_a_known_word(text)
    assert detect_language(text) is None


@pytest.mark.parametrize(("text", "lang"), WORDS)
def test_short_messages_of_real_words_keep_their_language(text: str, lang: str) -> None:
    assert has_a_known_word(text)
    assert detect_language(text) == lang


def _tracker(text: str, earlier: list[str], lang: str) -> Tracker:
    events: list[dict] = []
    for said in earlier:
        events += [{"event": "user", "text": said}, {"event": "bot", "text": "..."}]
    if lang != "nl":  # the slot's default is Dutch; an English chat has set it
        events.insert(1, {"event": "slot", "name": "language", "value": lang})
    events.append({"event": "user", "text": text})
    latest = {
        "text": text,
        "intent": {"name": "nlu_fallback", "confidence": 0.3},
        "entities": [],
        "metadata": {},
    }
    slots = {"language": lang, "pinned_language": None}
    return Tracker("keyboard-mash-user", slots, latest, events, False, None, {}, "action_listen")


@pytest.mark.parametrize("text", MASH)
@pytest.mark.parametrize(("earlier", "lang"), [(DUTCH_TURNS, "nl"), (ENGLISH_TURNS, "en")])
def test_keyboard_mash_keeps_the_conversation_language(text: str, earlier: list[str], lang: str) -> None:
    events = asyncio.run(
        ActionDetectLanguage().run(CollectingDispatcher(), _tracker(text, earlier, lang), {})
    )
    now = next((e["value"] for e in events if e.get("name") == "language"), lang)
    assert now == lang


# Whatever NLU reads a key-mash as, the coach says it did not catch it (tester round of stop
# 47: "asdf jkl" got "Mooi. Stel je vraag maar", "rtyu fghj" a refusal with topics).
@pytest.mark.parametrize("text", ["asdf jkl", "rtyu fghj", "asdfghjkl", "zxcv bnm"])
@pytest.mark.parametrize("intent", ["ask_advice", "nlu_fallback", "out_of_scope"])
@pytest.mark.parametrize(("lang", "words"), [("nl", "niet goed begrepen"), ("en", "didn't quite catch")])
def test_a_key_mash_asked_as_a_question_is_not_caught(text: str, intent: str, lang: str, words: str) -> None:
    from actions.advice import ActionAnswerAdvice

    earlier = DUTCH_TURNS if lang == "nl" else ENGLISH_TURNS
    asked = _tracker(text, earlier, lang)
    asked.latest_message["intent"] = {"name": intent, "confidence": 0.5}
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAnswerAdvice().run(dispatcher, asked, {}))
    replies = "\n".join(m.get("text") or "" for m in dispatcher.messages)
    assert words in replies, replies
