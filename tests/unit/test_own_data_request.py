"""A typed request to delete one's own data, or to know what is kept, gets how /vergeet and
/privacy work, whatever intent NLU read (bot/dialogue/own_data_request.py,
actions/own_data.py; tester round of stop 48: "wis mijn resultaten" showed the results,
"verwijder mijn gegevens" got "no good answer"). Real actions; nothing is deleted."""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice, ActionKbFallback, ActionOutOfScope
from actions.help import ActionHelp
from actions.selfcheck import ActionShowResults
from bot.channels.terminal.commands import Command, command_payload
from bot.dialogue.own_data_request import asks_about_own_data
from bot.i18n import t
from tests.unit.replies import run, said

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

FORGET = [
    "wis mijn resultaten", "verwijder mijn gegevens", "delete my data", "vergeet me", "forget me please",
    "can you delete all my answers", "kun je mijn gesprek wissen", "mijn gegevens verwijderen aub",
    "hoe kan ik mijn zelftest resultaten wissen", "please remove my conversation history",
]  # fmt: skip
PRIVACY = [
    "wat bewaar je over mij?", "what do you store about me", "welke gegevens bewaar je",
    "wat gebeurt er met mijn antwoorden", "what data do you keep",
    # verifier round of stop 48: how long, the manager, private
    "hoe lang bewaar je mijn gesprek?", "how long do you keep my chats?",
    "can my manager see what I ask you?", "kan mijn baas dit lezen", "is dit gesprek anoniem",
]  # fmt: skip
# about someone served, the asker's own forgetting, or no data at all
NEITHER = [
    "klant wil dat we zijn gegevens verwijderen", "customer wants me to delete his data",
    "hoe verwijder ik de gegevens van een klant", "vergeet het maar", "forget it",
    "ik vergeet steeds mijn wachtwoord", "klant vergeet altijd zijn pas", "ik heb mijn resultaten bekeken",
    "mijn collega wist altijd alles", "mag ik mijn fout vergeten", "/vergeet",
    "vergeet alles wat ik zei", "how long do you keep the queue waiting",
    "hoe lang hou je een klant aan de lijn",
]  # fmt: skip


@pytest.mark.parametrize("text", FORGET)
def test_a_request_to_delete_ones_data_is_read_as_such(text: str) -> None:
    assert asks_about_own_data(text) == "forget"


@pytest.mark.parametrize("text", PRIVACY)
def test_a_question_what_is_kept_is_read_as_such(text: str) -> None:
    assert asks_about_own_data(text) == "privacy"


@pytest.mark.parametrize("text", NEITHER)
def test_other_messages_are_neither(text: str) -> None:
    assert asks_about_own_data(text) is None


@pytest.mark.parametrize(
    ("action", "intent"),
    [
        (ActionShowResults(), "show_results"),
        (ActionAnswerAdvice(), "ask_advice"),
        (ActionKbFallback(), "nlu_fallback"),
        (ActionOutOfScope(), "out_of_scope"),
        (ActionHelp(), "help"),
    ],
)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_whatever_intent_nlu_read_the_coach_says_how(action, intent: str, lang: str) -> None:
    forget = run(action, FORGET[0] if lang == "nl" else FORGET[2], intent, lang)
    assert said(forget) == t("own_data_forget", lang)
    privacy = run(action, PRIVACY[0] if lang == "nl" else PRIVACY[1], intent, lang)
    assert said(privacy) == t("own_data_privacy", lang)


def test_the_terminal_has_privacy_and_forget() -> None:
    assert command_payload("/privacy") == Command(say="terminal_privacy")
    assert command_payload("/vergeet") == command_payload("/forget") == Command(forget=True)
