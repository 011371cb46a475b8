"""Language switches and capability questions a fresh tester hit (stop 54), with the real
actions on the real index and the intents NLU gave them:

- Dutch "en?" ("and?", "so?") pinned English: an everyday code asked as a question, or beside
  other words ("en dan?", "ok en?", "stop, then en?"), names no language; "en", "EN", "taal en",
  "/lang en" and "en graag" still do (actions/language.py `names_a_language`).
- "huh? ik vroeg de feedback tips in het Nederlands" and "waarom ineens in het Engels?" ask for
  Dutch (`requested_language`).
- "kunde gij da ook in het engels zeggen voor mijne franstalige collega" was refused: a request
  to say the last answer in a language pins it and gives that answer again in it
  (`asks_to_say_again_in`, `ActionSetLanguage._say_again_in`).
- "what can u do?" and its kind, alone, get the help screen (actions/help.py)."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.advice import ActionAnswerAdvice
from actions.help import ActionHelp
from actions.language import (
    ActionDetectLanguage,
    ActionSetLanguage,
    asks_to_say_again_in,
    requested_language,
)
from bot.i18n import t
from bot.settings import get_settings
from bot.storage.profiles import ProfileStore
from tests.unit.action_helpers import run, tracker
from tests.unit.replies import source_of

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

DUTCH_QUESTION = "hoe geef ik feedback aan een collega?"
ENGLISH_QUESTION = "how do I give feedback to a colleague?"


def _entities(text: str, said: str | None, value: str | None) -> list[dict]:
    if said is None or said not in text:
        return []
    start = text.index(said)
    return [{"entity": "language", "value": value, "start": start, "end": start + len(said)}]


def _conversation(text: str, lang: str, intent: str, entities: list[dict], sender: str) -> Tracker:
    """A tracker after a first question in `lang` and its answer by the real advice action."""
    first = DUTCH_QUESTION if lang == "nl" else ENGLISH_QUESTION
    events: list[dict] = [{"event": "user", "text": first}]
    messages, _ = run(ActionAnswerAdvice(), tracker(first, slots={"language": lang}, events=list(events)))
    events += [
        {
            "event": "bot",
            "text": m.get("text"),
            "data": {"buttons": m.get("buttons") or [], "custom": m.get("custom")},
        }
        for m in messages
    ]
    events.append({"event": "user", "text": text})
    asked = tracker(text, intent=intent, entities=entities, slots={"language": lang}, events=events)
    asked.sender_id = sender
    return asked


def _pinned(sender: str) -> str | None:
    return ProfileStore(get_settings().app_db_url).language(sender)


def _slot(events: list[dict], name: str) -> object:
    return next(
        (e.get("value") for e in events if e.get("event") == "slot" and e.get("name") == name), "unset"
    )


# --- 1. Dutch "en?" is "and?", no request for English ---
# (message, the part NLU tagged as the language entity, intent NLU gave)
AND_ASKED = [
    ("en?", "en", "set_language"),
    ("en??", "en", "set_language"),
    ("En?", "En", "set_language"),
    ("en...", "en", "set_language"),
    ("en…", "en", "set_language"),
    ("en dan?", None, "set_language"),
    ("en nu?", None, "set_language"),
    ("en verder?", "en", "set_language"),
    ("ok en?", "en", "set_language"),
    ("oké en", "en", "set_language"),
    ("stop, then en?", "en", "set_language"),
    ("en dan", "en", "set_language"),
    ("en toen?", "en", "set_language"),
    ("en wat nu", "en", "set_language"),
]
# (message, entity said, value, language pinned): the code as a command still counts
CODE_AS_COMMAND = [
    ("en", "en", "en", "en"),
    ("EN", "EN", "en", "en"),
    ("EN?", "EN", "en", "en"),
    ("english", "english", "en", "en"),
    ("nl", "nl", "nl", "nl"),
    ("nl?", "nl", "nl", "nl"),  # not a word of its own: "(can we do) NL?"
    ("/lang en", "en", "en", "en"),
    ("taal en", "en", "en", "en"),
    ("en graag", "en", "en", "en"),
    ("en please", "en", "en", "en"),
    ("in het engels", "engels", "en", "en"),
    ("english please", "english", "en", "en"),
]


@pytest.mark.parametrize(("text", "said", "intent"), AND_ASKED)
def test_dutch_and_asked_as_a_question_pins_no_english(text: str, said: str | None, intent: str) -> None:
    sender = f"and-{uuid.uuid4().hex[:8]}"
    asked = _conversation(text, "nl", intent, _entities(text, said, "en"), sender)
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionSetLanguage().run(dispatcher, asked, {}))
    assert _pinned(sender) is None
    assert _slot(events, "pinned_language") == "unset"
    assert t("language_pinned", "en") not in [m.get("text") for m in dispatcher.messages]
    assert _slot(events, "language") in ("nl", "unset")


@pytest.mark.parametrize(("text", "said", "intent"), AND_ASKED)
def test_dutch_and_asked_keeps_the_dutch_conversation(text: str, said: str | None, intent: str) -> None:
    asked = _conversation(text, "nl", "affirm", _entities(text, said, "en"), f"and-{uuid.uuid4().hex[:8]}")
    events = asyncio.run(ActionDetectLanguage().run(CollectingDispatcher(), asked, {}))
    assert _slot(events, "language") in ("nl", "unset")


@pytest.mark.parametrize(("text", "said", "value", "pinned"), CODE_AS_COMMAND)
def test_a_code_or_name_as_a_command_still_pins(text: str, said: str, value: str, pinned: str) -> None:
    sender = f"code-{uuid.uuid4().hex[:8]}"
    lang = "en" if pinned == "nl" else "nl"
    asked = _conversation(text, lang, "set_language", _entities(text, said, value), sender)
    asyncio.run(ActionSetLanguage().run(CollectingDispatcher(), asked, {}))
    assert _pinned(sender) == pinned


# --- after a wrong language: a message that says which one was asked for ---
ASKED_BACK = [
    ("huh? ik vroeg de feedback tips in het Nederlands", "nl"),
    ("ik vroeg het in het nederlands", "nl"),
    ("ik had het in het Nederlands gevraagd", "nl"),
    ("ik vroeg om Nederlands", "nl"),
    ("waarom ineens in het Engels?", "nl"),
    ("waarom antwoord je in het engels", "nl"),
    ("I asked for it in English", "en"),
    ("why are you answering in dutch?", "en"),
    ("why dutch?", "en"),
]
NOT_ASKED_BACK = [
    "ik vroeg de klant in het Engels of hij hulp nodig had",
    "waarom is het belangrijk om klanten te groeten",
    "en?",
    "ik vroeg om een tip",
]


@pytest.mark.parametrize(("text", "language"), ASKED_BACK)
def test_a_message_that_says_which_language_it_asked_for_asks_for_it(text: str, language: str) -> None:
    assert requested_language(text) == language


@pytest.mark.parametrize("text", NOT_ASKED_BACK)
def test_look_alikes_ask_for_no_language(text: str) -> None:
    assert requested_language(text) is None


def test_the_dutch_complaint_after_a_wrong_english_pin_goes_back_to_dutch() -> None:
    """The tester's turn: English pinned by mistake, then the Dutch complaint (NLU: fallback)."""
    sender = f"back-{uuid.uuid4().hex[:8]}"
    text = "huh? ik vroeg de feedback tips in het Nederlands"
    asked = _conversation(text, "en", "nlu_fallback", _entities(text, "Nederlands", "nl"), sender)
    ProfileStore(get_settings().app_db_url).set_language(sender, "en")
    events = asyncio.run(ActionDetectLanguage().run(CollectingDispatcher(), asked, {}))
    assert _slot(events, "language") == "nl"
    assert _pinned(sender) == "nl"


# --- 2. say the last answer in a language: pin it and give the answer again ---
SAY_AGAIN = [
    ("kunde gij da ook in het engels zeggen voor mijne franstalige collega", "engels", "nl", "en"),
    ("kun je dat ook in het Engels zeggen", "Engels", "nl", "en"),
    ("kunt ge dat in 't engels", "engels", "nl", "en"),
    ("zeg het eens in het engels", "engels", "nl", "en"),
    ("kan da in het engels", "engels", "nl", "en"),
    ("kun je dat in het Engels zeggen? dan kan mijn collega het lezen", "Engels", "nl", "en"),
    ("can you say that in Dutch", "Dutch", "en", "nl"),
    ("could you repeat it in dutch please", "dutch", "en", "nl"),
    ("kun je dat in het Nederlands zeggen? dan kan ik het oefenen", "Nederlands", "en", "nl"),
    ("say it in dutch pls", "dutch", "en", "nl"),
]
NOT_SAY_AGAIN = [
    "kun je in het Engels antwoorden",  # a switch only, nothing pointed back at
    "english please",
    "in het nederlands aub",
    "hoe zeg ik dat in het Engels",  # how the user says it: bot/dialogue/say_it_in.py
    "how do I say that in Dutch?",
    "ik zeg het in het engels tegen de klant",
    "wat zeg ik als een klant in het engels begint",
    '/ask_advice{"article_id": "angry-customer"}',
]


@pytest.mark.parametrize(("text", "said", "lang", "target"), SAY_AGAIN)
def test_a_request_to_say_it_in_a_language_is_read(text: str, said: str, lang: str, target: str) -> None:
    assert asks_to_say_again_in(text) == target


@pytest.mark.parametrize("text", NOT_SAY_AGAIN)
def test_other_messages_ask_not_to_say_it_again(text: str) -> None:
    assert asks_to_say_again_in(text) is None


@pytest.mark.parametrize(("text", "said", "lang", "target"), SAY_AGAIN)
def test_saying_it_in_a_language_gives_the_answer_again_once(
    text: str, said: str, lang: str, target: str
) -> None:
    sender = f"again-{uuid.uuid4().hex[:8]}"
    asked = _conversation(text, lang, "set_language", _entities(text, said, target), sender)
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionSetLanguage().run(dispatcher, asked, {}))
    assert _pinned(sender) is None  # once: the next message is answered in its own language (stop 68)
    assert _slot(events, "language") == target
    assert dispatcher.messages[0]["text"] != t("language_pinned", target)
    source = source_of(dispatcher.messages)
    assert source["lang"] == target  # the answer again, in the language asked for
    assert t("dont_know", lang) not in [m.get("text") for m in dispatcher.messages]


def test_saying_it_in_a_language_with_no_answer_before_only_pins() -> None:
    sender = f"again-{uuid.uuid4().hex[:8]}"
    text = "kunt ge dat in 't engels"
    asked = tracker(text, intent="set_language", entities=_entities(text, "engels", "en"),
                    events=[{"event": "user", "text": text}])  # fmt: skip
    asked.sender_id = sender
    messages, _ = run(ActionSetLanguage(), asked)
    assert _pinned(sender) == "en"
    assert [m.get("text") for m in messages] == [t("language_pinned", "en")]


# --- 3. "what can u do?" alone: the help screen (NLU: help) ---
CAPABILITY = [
    ("what can u do?", "en"),
    ("what can you do for me", "en"),
    ("what can ya do", "en"),
    ("what can ye do for me", "en"),
    ("hey what can u do", "en"),
    ("so what can u do exactly?", "en"),
    ("what do you do", "en"),
    ("how can you help", "en"),
    ("what are you for", "en"),
    ("wat kun jij", "nl"),
    ("wat kunde gij", "nl"),
    ("wa kunde gij voor mij doen", "nl"),
    ("waarmee kun je helpen", "nl"),
]


@pytest.mark.parametrize(("text", "lang"), CAPABILITY)
def test_what_can_you_do_gets_the_help_screen(text: str, lang: str) -> None:
    messages, _ = run(ActionHelp(), tracker(text, intent="help", slots={"language": lang}))
    assert messages[0]["text"].startswith(t("help_head", lang))
    assert messages[0].get("buttons")


# "en?" / "and?" / "so?" right after an answer goes on with it (actions/followup.py
# CONTINUATION): the article's example, not "Daar weet ik (nog) geen goed antwoord op"
@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [("en?", "nl", "en"), ("En??", "nl", "En"), ("en...", "nl", "en"), ("en verder?", "nl", "en"),
     ("and?", "en", None), ("so?", "en", None)],
)  # fmt: skip
def test_and_asked_after_an_answer_goes_on_with_it(text: str, lang: str, said: str | None) -> None:
    sender = f"on-{uuid.uuid4().hex[:8]}"
    asked = _conversation(text, lang, "set_language", _entities(text, said, "en"), sender)
    first = next(
        e["data"]["custom"]["id"]
        for e in asked.events
        if e.get("event") == "bot" and ((e.get("data") or {}).get("custom") or {}).get("type") == "source"
    )
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionSetLanguage().run(dispatcher, asked, {}))
    note = source_of(dispatcher.messages)
    assert note["id"] == first and note.get("view") == "example", dispatcher.messages
    assert _pinned(sender) is None
