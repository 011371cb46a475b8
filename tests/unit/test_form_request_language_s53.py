"""A request about the form of the last answer keeps the conversation's language (helper
round of stop 53: "explain like im 5" in a Dutch conversation was answered in English): shorter,
simpler, plainer, an example, another tip (actions/language.py, `asks_about_the_form`). A
request that names a language switches, as does a question of its own."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.advice import ActionAnswerAdvice
from actions.language import ActionDetectLanguage, ActionSetLanguage, asks_about_the_form
from tests.unit.action_helpers import run, tracker
from tests.unit.replies import source_of

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

DUTCH_TURN = "hoe ga ik om met een boze klant?"
ENGLISH_TURN = "how do I handle an angry customer?"

# English form requests, typed in a Dutch conversation
ENGLISH_FORM = [
    "explain like im 5",
    "explain it like I'm five",
    "eli5 pls",
    "tl;dr",
    "shorter please",
    "too long",
    "simpler please",
    "dumb it down",
    "plainer please",
    "in plain words please",
    "too complicated",
    "I don't get it, simpler",
    "can you make it shorter",
    "keep it short",
    "in one sentence",
    "more examples",
    "another example",
    "give me an example",
    "example pls",
    "what do I say exactly?",
    "another tip",
    "one more tip",
]
# Dutch form requests, typed in an English conversation
DUTCH_FORM = [
    "in jip-en-janneketaal pls",
    "korter aub",
    "te lang",
    "kan het korter?",
    "in het kort",
    "in mensentaal",
    "leg het uit alsof ik 5 ben",
    "te moeilijk",
    "simpeler",
    "nog een voorbeeld",
    "geef eens een voorbeeld",
    "meer voorbeelden",
    "wat zeg ik dan precies?",
    "nog een tip",
]
# explicit language requests and questions of their own: the message's language
SWITCHES = [
    ("in english please", "nl", "en"),
    ("english pls", "nl", "en"),
    ("can you answer in english?", "nl", "en"),
    ("plain english please", "nl", "en"),  # names a language: a choice of it too
    ("in simple english pls", "nl", "en"),
    ("how do I deal with a rude colleague?", "nl", "en"),
    ("kan het in het Nederlands", "en", "nl"),
    ("nederlands graag", "en", "nl"),
    ("in het nederlands aub", "en", "nl"),
    ("hoe ga ik om met een onbeleefde collega?", "en", "nl"),
]


def _asked(text: str, earlier: list[str], lang: str, intent: str = "ask_advice") -> Tracker:
    events: list[dict] = [{"event": "slot", "name": "language", "value": lang}]
    for said in earlier:
        events += [{"event": "user", "text": said}, {"event": "bot", "text": "..."}]
    events.append({"event": "user", "text": text})
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [], "metadata": {}}
    slots = {"language": lang, "pinned_language": None, "tips_given": None}
    return Tracker("form-language-user", slots, latest, events, False, None, {}, "action_listen")


def _detected(text: str, earlier: list[str], lang: str) -> str:
    events = asyncio.run(ActionDetectLanguage().run(CollectingDispatcher(), _asked(text, earlier, lang), {}))
    return next((e["value"] for e in events if e.get("name") == "language"), lang)


@pytest.mark.parametrize("text", ENGLISH_FORM)
def test_an_english_form_request_in_a_dutch_conversation_stays_dutch(text: str) -> None:
    assert asks_about_the_form(text)
    assert _detected(text, [DUTCH_TURN], "nl") == "nl"


@pytest.mark.parametrize("text", DUTCH_FORM)
def test_a_dutch_form_request_in_an_english_conversation_stays_english(text: str) -> None:
    assert asks_about_the_form(text)
    assert _detected(text, [ENGLISH_TURN], "en") == "en"


@pytest.mark.parametrize("text", ENGLISH_FORM[:6] + DUTCH_FORM[:6])
def test_a_form_request_in_a_conversation_of_its_own_language_keeps_it(text: str) -> None:
    lang = "en" if text in ENGLISH_FORM else "nl"
    assert _detected(text, [ENGLISH_TURN if lang == "en" else DUTCH_TURN], lang) == lang


@pytest.mark.parametrize(("text", "lang", "expected"), SWITCHES)
def test_a_language_request_or_a_question_of_its_own_switches(text: str, lang: str, expected: str) -> None:
    assert not asks_about_the_form(text)
    assert _detected(text, [ENGLISH_TURN if lang == "en" else DUTCH_TURN], lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "hoe leg ik het simpel uit aan een klant",
        "what do I say to a customer who shouts?",
        "how do I keep calls shorter",
    ],
)
def test_a_question_about_service_is_no_form_request(text: str) -> None:
    assert not asks_about_the_form(text)


def test_explain_like_im_5_after_a_dutch_answer_gets_the_dutch_summary() -> None:
    """The brief's case, with the real advice action: the simpler version is in Dutch."""
    first = "Een klant staat tegen me te schreeuwen aan de balie, wat doe ik?"
    events = [{"event": "user", "text": first}]
    messages, _ = run(ActionAnswerAdvice(), tracker(first, slots={"language": "nl"}, events=events))
    assert source_of(messages)["lang"] == "nl"
    events += [
        {
            "event": "bot",
            "text": m.get("text"),
            "data": {"buttons": m.get("buttons") or [], "custom": m.get("custom")},
        }
        for m in messages
    ]
    for text in ("explain like im 5", "shorter please"):
        asked = tracker(text, slots={"language": "nl"}, events=[*events, {"event": "user", "text": text}])
        again, slots = run(ActionAnswerAdvice(), asked)
        assert {"event": "slot", "name": "language", "value": "en"} not in [
            {k: e.get(k) for k in ("event", "name", "value")} for e in slots
        ]
        note = source_of(again)
        assert note["lang"] == "nl", (text, again)


def test_a_simpler_request_read_as_a_language_request_stays_in_the_conversation_language() -> None:
    """NLU may read "explain like im 5" as a request for a language (ActionSetLanguage): it is
    answered as a request for a simpler answer, in the Dutch conversation's language, pinning
    nothing."""
    dispatcher = CollectingDispatcher()
    events = asyncio.run(
        ActionSetLanguage().run(
            dispatcher, _asked("explain like im 5", [DUTCH_TURN], "nl", "set_language"), {}
        )
    )
    assert ("language", "nl") in [(e.get("name"), e.get("value")) for e in events]
    assert "pinned_language" not in [e.get("name") for e in events]
