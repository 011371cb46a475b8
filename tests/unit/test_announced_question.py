"""A message that only announces a question gets an invitation to ask it
(bot/dialogue/announced_question.py; actions/advice.py `respond_from_knowledge`). Found by
a tester against the fake Bot API (stop 38): "ik heb een vraag" got "Daar weet ik (nog)
geen goed antwoord op"."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.advice import ActionAnswerAdvice, ActionKbFallback
from actions.help import ActionHelp
from bot.dialogue.announced_question import announces_a_question
from bot.i18n import t

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

ANNOUNCEMENTS = {
    "nl": ["ik heb een vraag", "Ik heb een vraagje", "hoi, ik heb een vraag", "mag ik iets vragen?",
           "kan ik je wat vragen", "vraagje", "ff vraagje:", "hallo coach ik heb een vraag",
           "heb een vraag", "ik zit met een vraag", "ik wil je iets vragen"],
    "en": ["I have a question", "quick question", "can I ask you something?", "hi, I've got a question",
           "may I ask a question?", "question for you"],
}  # fmt: skip
QUESTIONS = [
    "ik heb een vraag over een boze klant",
    "ik heb een vraag: hoe kalmeer ik een klant",
    "i have a question about refunds",
    "een klant heeft een vraag die ik niet kan beantwoorden",
    "hoe stel ik een goede vraag aan een klant",
    "vraag",
    "the customer asked a question I couldn't answer",
]


@pytest.mark.parametrize("text", [m for ms in ANNOUNCEMENTS.values() for m in ms])
def test_an_announcement_is_read_as_one(text: str) -> None:
    assert announces_a_question(text)


@pytest.mark.parametrize("text", QUESTIONS)
def test_a_question_itself_is_not_an_announcement(text: str) -> None:
    assert not announces_a_question(text)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    ("action", "intent"),
    [(ActionAnswerAdvice, "ask_advice"), (ActionKbFallback, "nlu_fallback"), (ActionHelp, "help")],
)
def test_the_coach_invites_the_question_in_the_users_language(lang: str, action, intent: str) -> None:
    latest = {"text": ANNOUNCEMENTS[lang][0], "intent": {"name": intent, "confidence": 0.6}, "entities": [],
              "metadata": {}}  # fmt: skip
    tracker = Tracker("announce-user", {"language": lang}, latest, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(action().run(dispatcher, tracker, {}))
    assert [m.get("text") for m in dispatcher.messages] == [t("ask_away", lang)]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_help_itself_still_gets_help(lang: str) -> None:
    """Only an announcement is invited: "help" read as help still lists what the coach does."""
    latest = {"text": "help", "intent": {"name": "help", "confidence": 0.9}, "entities": [], "metadata": {}}
    tracker = Tracker("announce-user", {"language": lang}, latest, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionHelp().run(dispatcher, tracker, {}))
    assert t("ask_away", lang) not in [m.get("text") for m in dispatcher.messages]
    assert dispatcher.messages
