"""A message of emoji only is answered as meant (bot/dialogue/emoji_meaning.py,
actions/advice.py `answered_as_emoji`, actions/base.py `answering_emoji_first`): NLU reads a
lone emoji at random, and the coach said it saw "only symbols" to someone waving or crying
(tester round of stop 36). Real actions, real texts, the real index."""

from __future__ import annotations

import asyncio

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.advice import ActionAnswerAdvice, ActionKbFallback, ActionOutOfScope
from actions.help import ActionHelp
from actions.small_talk import ActionSmallTalk
from actions.yes_no import ActionAffirm, ActionDeny
from bot.dialogue import payloads
from bot.dialogue.emoji_meaning import emoji_meaning
from bot.i18n import t

MEANINGS = [
    ("👋", "greeting"),
    ("👋🏽", "greeting"),
    ("🙋‍♀️", "greeting"),
    ("😭", "distress"),
    ("😭😭😭", "distress"),
    ("😢", "distress"),
    ("😩", "distress"),
    ("☹️", "distress"),
    ("💔", "distress"),
    ("😡", "anger"),
    ("🤬!!", "anger"),
    ("🤯", "anger"),
    ("😤 😤", "anger"),
    ("👎", "disapproval"),
    ("🙏", "thanks"),
    ("🙏🏻", "thanks"),
    ("🤔", "doubt"),
    ("🤷‍♀️", "doubt"),
]
NO_MEANING = ["👍", "🙏🤔", "😂", "👋😡", "😭 klant schreeuwde", "...", "??", "", "ok", "🍕"]


@pytest.mark.parametrize(("text", "meaning"), MEANINGS)
def test_an_emoji_has_its_meaning(text: str, meaning: str) -> None:
    assert emoji_meaning(text) == meaning


@pytest.mark.parametrize("text", NO_MEANING)
def test_words_mixed_or_unknown_emoji_have_none(text: str) -> None:
    assert emoji_meaning(text) is None


@given(st.text(min_size=1, max_size=20))
def test_a_message_with_a_letter_or_digit_is_never_an_emoji(text: str) -> None:
    if any(c.isalnum() for c in text):
        assert emoji_meaning(text) is None


@pytest.fixture(autouse=True)
def _app_db(tmp_path, monkeypatch, searcher):
    monkeypatch.setenv("SERVICECOACH_DATABASE_URL", f"sqlite:///{tmp_path / 'app.db'}")


def run(action, text: str, intent: str, lang: str) -> list[dict]:
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.45}, "entities": [], "metadata": {}}
    slots = {"language": lang, "pinned_language": None}
    tracker = Tracker("emoji-user", slots, latest, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(action().run(dispatcher, tracker, {}))
    return dispatcher.messages


# the intents NLU gave lone emoji (nlu_fallback, affirm, deny, greet) and their actions
ACTIONS = [
    (ActionKbFallback, "nlu_fallback"),
    (ActionAffirm, "affirm"),
    (ActionDeny, "deny"),
    (ActionAnswerAdvice, "ask_advice"),
    (ActionOutOfScope, "out_of_scope"),
    (ActionHelp, "help"),
    (ActionSmallTalk, "greet"),
]


@pytest.mark.parametrize(("action", "intent"), ACTIONS, ids=lambda a: getattr(a, "__name__", a))
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_crying_gets_care_and_the_article_on_hard_conversations(action, intent: str, lang: str) -> None:
    messages = run(action, "😭", intent, lang)
    assert [m.get("text") for m in messages] == [t("emoji_distress", lang)]
    assert [b["payload"] for b in messages[0]["buttons"]] == [payloads.advice("after-a-hard-conversation")]


@pytest.mark.parametrize(("action", "intent"), ACTIONS, ids=lambda a: getattr(a, "__name__", a))
def test_a_wave_is_a_hello(action, intent: str) -> None:
    assert [m.get("response") for m in run(action, "👋", intent, "nl")] == ["utter_greet"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_anger_and_a_thumbs_down(lang: str) -> None:
    angry = run(ActionAffirm, "🤯", "affirm", lang)  # NLU: affirm 0.49
    assert [m.get("text") for m in angry] == [t("emoji_anger", lang)]
    assert [b["payload"] for b in angry[0]["buttons"]] == [
        payloads.advice("angry-customer"),
        payloads.advice("after-a-hard-conversation"),
    ]
    down = run(ActionKbFallback, "👎", "nlu_fallback", lang)
    assert [m.get("text") for m in down] == [t("emoji_disapproval", lang)]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_folded_hands_are_thanks_and_a_thinking_face_is_asked_what_is_up(lang: str) -> None:
    assert [m.get("response") for m in run(ActionAffirm, "🙏", "affirm", lang)] == ["utter_thank"]
    assert [m.get("text") for m in run(ActionKbFallback, "🤔", "nlu_fallback", lang)] == [
        t("emoji_doubt", lang)
    ]


def test_punctuation_alone_still_asks_for_words() -> None:
    assert [m.get("text") for m in run(ActionAnswerAdvice, "...", "ask_advice", "nl")] == [
        t("no_words", "nl")
    ]
