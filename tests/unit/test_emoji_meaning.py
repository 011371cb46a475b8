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

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

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
    ("😂😂", "laughter"),
    ("🤣", "laughter"),
]
NO_MEANING = ["👍", "🙏🤔", "😂😭", "👋😡", "😭 klant schreeuwde", "...", "??", "", "ok", "🍕"]


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
    assert [m.get("response") for m in run(action, "👋", intent, "nl")] == ["utter_greet_employee"]


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


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_laugh_is_laughed_along_with(lang: str) -> None:
    """Tester round of stop 39: "😂😂" got "I only see symbols"."""
    assert [m.get("text") for m in run(ActionKbFallback, "😂😂", "nlu_fallback", lang)] == [
        t("emoji_laughter", lang)
    ]


def test_punctuation_alone_still_asks_for_words() -> None:
    assert [m.get("text") for m in run(ActionAnswerAdvice, "...", "ask_advice", "nl")] == [
        t("no_words", "nl")
    ]


# Tester round of stop 38 (Telegram): several emoji together were "punctuation or symbols".
@pytest.mark.parametrize("text", ["👍👍🙂", "😊👌", "👍 👍", "🙂🙂", "👏💪"])
@pytest.mark.parametrize(
    ("action", "intent"), [(ActionKbFallback, "nlu_fallback"), (ActionAnswerAdvice, "ask_advice")]
)
def test_a_yes_said_with_several_emoji_is_a_yes(text: str, action, intent: str) -> None:
    messages = run(action, text, intent, "nl")
    assert [m.get("response") for m in messages] == ["utter_affirm"], messages


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("text", ["😅😅", "🍕", "🎉🎉🎉", "😂🍕"])
def test_other_emoji_are_called_emoji_not_symbols(text: str, lang: str) -> None:
    said = [m.get("text") for m in run(ActionKbFallback, text, "nlu_fallback", lang)]
    assert said == [t("only_emoji", lang)], said


@pytest.mark.parametrize("text", ["...", "??", "!!!", "-"])
def test_punctuation_alone_is_still_called_punctuation(text: str) -> None:
    said = [m.get("text") for m in run(ActionKbFallback, text, "nlu_fallback", "nl")]
    assert said == [t("no_words", "nl")], said


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_yes_in_emoji_to_an_offer_asks_which_one(lang: str) -> None:
    from tests.unit.test_wording_requests import _after_offer, _ask

    offered, events = _after_offer(lang)
    messages, _ = _ask(ActionKbFallback, "👍👍", lang, events)
    assert messages[0]["text"] == t("offer_pick_one", lang)
    assert messages[0]["buttons"] == offered
