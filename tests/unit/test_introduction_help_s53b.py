"""An introduction that asks what the coach can do, and a leading role said in passing, get a
welcome instead of a refusal (tester round of stop 53: "hoi ik werk aan de balie bij een
fysiotherapiepraktijk, wat kun je voor me doen", "hi im the night porter at a hotel, what can u
help me with" and "ik ben zelf de leidinggevende he" were refused or offered unrelated
articles). bot/dialogue/self_introduction.py `introduction_with_help_question`; actions/help.py
`say_help_after_introduction`. Real actions on the real index, with the intents NLU gave."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.advice import ActionAnswerAdvice, ActionKbFallback, ActionOutOfScope
from actions.help import ActionHelp, say_help_after_introduction
from actions.selfcheck import ActionStartSelfcheck
from bot.dialogue.self_introduction import introduction, introduction_with_help_question
from bot.i18n import t

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

# (message, language, leads a team)
WITH_HELP_QUESTION = [
    ("hoi ik werk aan de balie bij een fysiotherapiepraktijk, wat kun je voor me doen", "nl", False),
    ("hi im the night porter at a hotel, what can u help me with", "en", False),
    ("hi im the night porter at a hotel what can u help me with", "en", False),
    ("ik ben teamleider, wat kun je allemaal?", "nl", True),
    (
        "Hallo, ik ben Petra. Ik werk als verzorgende in een verpleeghuis. Waarmee kun je me helpen?",
        "nl",
        False,
    ),
    ("I'm a team lead at a call centre. How can you help me?", "en", True),
    ("im a receptionist, what do you do exactly?", "en", False),
    ("wat kun je voor me doen? ik werk in de thuiszorg", "nl", False),
    ("ik ben nieuw hier, wat kan ik je vragen", "nl", False),
    ("ik ben de chef hier, wa kunde gij voor mij doen", "nl", True),  # Flemish
    # a clause on how well one speaks a language, a trade in -ista (tester round of stop 54)
    ("hey! I'm a shift lead at a koffiezaak chain in Utrecht, my Dutch is so-so. what can u do?", "en", True),
    ("hoi, ik werk in een bakkerij, mijn Engels is niet zo goed. waarmee kun je helpen?", "nl", False),
    ("im a barista, i speak a bit of dutch, what can ye do for me", "en", False),
    ("ik ben winkelbediende, wat kun je voor me doen", "nl", False),
]
ROLE_IN_PASSING = [
    "ik ben zelf de leidinggevende he", "ik ben zelf de leidinggevende", "ik ben ook teamleider hoor",
    "I'm actually the manager",
]  # fmt: skip
STILL_QUESTIONS = [
    "ik ben kassière, wat kun je doen als een klant schreeuwt",
    "ik werk in een hotel, hoe ga ik om met klachten",
    "ik ben teamleider, hoe motiveer ik mijn team?",
    "ik ben zelf boos",
    "wat kun je",
    "im a barista, how do i handle a rude customer?",
    "ik werk aan de kassa, mijn nederlands is niet zo goed, wat kan ik doen als een klant schreeuwt",
]


def _run(action, text: str, lang: str, intent: str) -> tuple[list[dict], list[dict]]:
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": [], "metadata": {}}
    slots = {"language": lang, "pinned_language": None, "tips_given": None}
    tracker = Tracker("intro-help-user", slots, latest, [{"event": "user", "text": text}], False, None, {},
                      "action_listen")  # fmt: skip
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action().run(dispatcher, tracker, {}))
    return dispatcher.messages, events


def _said(messages: list[dict]) -> str:
    return "\n".join(m.get("text") or "" for m in messages)


@pytest.mark.parametrize(("text", "lang", "leads"), WITH_HELP_QUESTION)
def test_an_introduction_with_a_help_question_is_read_as_both(text: str, lang: str, leads: bool) -> None:
    said = introduction(text)
    assert said is not None and said.asks_what_i_do and said.leads_a_team == leads
    assert introduction_with_help_question(text) == said


@pytest.mark.parametrize("text", STILL_QUESTIONS)
def test_a_question_beside_an_introduction_is_still_a_question(text: str) -> None:
    assert introduction(text) is None


@pytest.mark.parametrize("text", ROLE_IN_PASSING)
def test_a_role_said_in_passing_is_an_introduction(text: str) -> None:
    said = introduction(text)
    assert said is not None and said.leads_a_team and not said.asks_what_i_do


@pytest.mark.parametrize(
    ("action", "intent"),
    [
        (ActionAnswerAdvice, "ask_advice"),
        (ActionOutOfScope, "out_of_scope"),
        (ActionKbFallback, "nlu_fallback"),
    ],
)
@pytest.mark.parametrize(("text", "lang", "leads"), WITH_HELP_QUESTION[:4])
def test_the_knowledge_actions_welcome_instead_of_refusing(action, intent, text, lang, leads) -> None:
    """NLU read the brief's messages as a question (ask_advice) or off-topic (out_of_scope):
    a welcome, for the role said, and what the coach does; no refusal, no articles."""
    messages, _ = _run(action, text, lang, intent)
    said = _said(messages)
    key = "nice_to_meet_leader" if leads else "nice_to_meet"
    assert t(key, lang) in said, messages
    assert not any((m.get("custom") or {}).get("type") in ("offer", "source") for m in messages)


@pytest.mark.parametrize("text", ROLE_IN_PASSING[:2])
@pytest.mark.parametrize(
    ("action", "intent"), [(ActionStartSelfcheck, "start_selfcheck"), (ActionAnswerAdvice, "ask_advice")]
)
def test_a_leading_role_said_in_passing_gets_the_leaders_welcome(text: str, action, intent: str) -> None:
    """NLU read "ik ben zelf de leidinggevende" as a request for a self-check: it got unrelated
    articles. The leaders' welcome says that coaching tips for the team are there too."""
    messages, _ = _run(action, text, "nl", intent)
    assert t("nice_to_meet_leader", "nl") in _said(messages), messages
    assert not any((m.get("custom") or {}).get("type") == "offer" for m in messages)


@pytest.mark.parametrize(("text", "lang", "leads"), WITH_HELP_QUESTION)
def test_read_as_help_it_is_welcomed_too(text: str, lang: str, leads: bool) -> None:
    """NLU calling it help: every action reads an introduction first (actions/base.py)."""
    messages, _ = _run(ActionHelp, text, lang, "help")
    key = "nice_to_meet_leader" if leads else "nice_to_meet"
    name = introduction(text).name  # type: ignore[union-attr]
    assert (t(f"{key}_name", lang, name=name) if name else t(key, lang)) in _said(messages), messages
    assert not any((m.get("custom") or {}).get("type") in ("offer", "source") for m in messages)


@pytest.mark.parametrize(("text", "lang", "leads"), WITH_HELP_QUESTION)
def test_the_help_after_an_introduction_says_the_role_and_what_the_coach_does(
    text: str, lang: str, leads: bool
) -> None:
    """actions/help.py `say_help_after_introduction`, for actions/advice.py
    `answered_as_introduction` to call when the introduction asks what the coach can do."""
    said = introduction(text)
    assert said is not None
    latest = {
        "text": text,
        "intent": {"name": "ask_advice", "confidence": 0.99},
        "entities": [],
        "metadata": {},
    }
    slots = {"language": lang, "pinned_language": None, "tips_given": None}
    tracker = Tracker("intro-help-user", slots, latest, [{"event": "user", "text": text}], False, None, {},
                      "action_listen")  # fmt: skip
    dispatcher = CollectingDispatcher()
    say_help_after_introduction(dispatcher, tracker, said)
    reply = _said(dispatcher.messages)
    key = "nice_to_meet_leader" if leads else "nice_to_meet"
    welcome = t(f"{key}_name", lang, name=said.name) if said.name else t(key, lang)
    assert reply.startswith(welcome) and t("help_head", lang) in reply
    assert dispatcher.messages[0]["buttons"]  # a self-check, my results


def test_plain_help_is_unchanged() -> None:
    messages, _ = _run(ActionHelp, "wat kun je allemaal?", "nl", "help")
    said = _said(messages)
    assert said.startswith(t("help_head", "nl")) and t("nice_to_meet", "nl") not in said
