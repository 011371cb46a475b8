"""Stop 57: after /start or /restart (the greet payload) the greeting says, in one short line, that
self-check results are stored for this user and that /vergeet (nl) or /forget (en) erases them
(actions/small_talk.py `say_stored_results_on_a_fresh_start`). A shared terminal is one user: a
/restart kept the previous person's results without a word. Nothing when none are stored, nothing
on a typed greeting, and never someone else's results."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import actions.selfcheck as selfcheck
from actions.language import pin_language
from actions.small_talk import ActionSmallTalk
from bot.channels.telegram.app import COMMANDS
from bot.channels.terminal.commands import command_payload
from bot.dialogue import payloads
from bot.i18n import t

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py: own app database

CHECK = "keeping-promises"


def new_user() -> str:
    return f"s57-{uuid.uuid4().hex[:8]}"


def finished(user: str, check_id: str = CHECK) -> None:
    """`user` finished `check_id` (every statement answered 4)."""
    service = selfcheck.service()
    step = service.start(user, check_id, role="employee")
    assert step is not None
    while not step.done:
        step = service.answer(user, 4).step


def answered(user: str, count: int, paused: bool = False) -> None:
    """`user` answered `count` statements of a check and left it open (or paused)."""
    service = selfcheck.service()
    assert service.start(user, CHECK, role="employee") is not None
    for _ in range(count):
        service.answer(user, 2)
    if paused:
        service.pause(user)


def greeted(user: str, text: str, lang: str, pinned: str | None = None, intent: str = "greet") -> list[str]:
    """What the small-talk action says to `text` from `user` (conversation language `lang`)."""
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [], "metadata": {}}
    tracker = Tracker(user, {"language": lang}, latest, [], False, None, {}, "action_listen")
    if pinned:
        pin_language(tracker, pinned)
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionSmallTalk().run(dispatcher, tracker, {}))
    return [str(m.get("text") or m.get("response") or "") for m in dispatcher.messages]


@pytest.mark.parametrize(("lang", "command"), [("nl", "/vergeet"), ("en", "/forget")])
def test_a_restart_with_stored_results_says_so_and_names_the_command(lang: str, command: str) -> None:
    user = new_user()
    finished(user)
    said = greeted(user, payloads.greet(), lang)
    assert said[0].startswith("utter_greet")
    assert said[1:] == [t("greet_results_stored", lang)]
    assert command in said[-1] and "\n" not in said[-1] and len(said[-1]) <= 90  # one short line


def test_the_commands_it_names_exist_in_the_terminal_and_on_telegram() -> None:
    for lang, command in (("nl", "vergeet"), ("en", "forget")):
        assert f"/{command}" in t("greet_results_stored", lang)
        assert command_payload(f"/{command}").forget  # the terminal
        assert command in [name for name, _ in COMMANDS[lang]]  # Telegram's menu in that language


def test_without_stored_results_a_restart_only_greets() -> None:
    said = greeted(new_user(), payloads.greet(), "nl")
    assert len(said) == 1 and said[0].startswith("utter_greet")


def test_an_open_check_without_answers_is_no_stored_result() -> None:
    user = new_user()
    answered(user, 0)
    said = greeted(user, payloads.greet(), "en")
    assert len(said) == 1


@pytest.mark.parametrize("paused", [False, True])
def test_answers_of_an_unfinished_check_count_as_stored(paused: bool) -> None:
    user = new_user()
    answered(user, 2, paused=paused)
    assert greeted(user, payloads.greet(), "nl")[-1] == t("greet_results_stored", "nl")


def test_several_results_still_one_line() -> None:
    user = new_user()
    finished(user)
    finished(user)
    said = greeted(user, payloads.greet(), "en")
    assert said.count(t("greet_results_stored", "en")) == 1 and len(said) == 2


def test_another_users_results_are_not_mentioned() -> None:
    finished(new_user())
    said = greeted(new_user(), payloads.greet(), "nl")
    assert len(said) == 1


def test_after_forgetting_nothing_is_said() -> None:
    user = new_user()
    finished(user)
    selfcheck.service().repo.forget(user)  # what /vergeet deletes of the self-checks
    assert len(greeted(user, payloads.greet(), "nl")) == 1


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_with_a_pinned_language_both_notes_in_that_language(lang: str) -> None:
    user = new_user()
    finished(user)
    other = "en" if lang == "nl" else "nl"
    said = greeted(user, payloads.greet(), other, pinned=lang)
    assert said[1:] == [t("greet_language_pinned", lang), t("greet_results_stored", lang)]


@pytest.mark.parametrize(
    "text", ["hoi", "hallo daar", "goeiemorgen", "hey hoe gaat het", "hello", "hi there", "hallooo", "dag"]
)
def test_a_typed_greeting_does_not_mention_the_results(text: str) -> None:
    """Look-alikes: a greeting typed mid-conversation is no fresh start."""
    user = new_user()
    finished(user)
    said = greeted(user, text, "nl")
    assert len(said) == 1 and said[0].startswith("utter_greet")


@pytest.mark.parametrize("intent", ["thank", "goodbye", "bot_challenge"])
def test_other_small_talk_does_not_mention_the_results(intent: str) -> None:
    user = new_user()
    finished(user)
    text = {"thank": "bedankt", "goodbye": "doei", "bot_challenge": "ben je een bot"}[intent]
    said = greeted(user, text, "nl", intent=intent)
    assert t("greet_results_stored", "nl") not in said


def test_a_store_that_fails_still_greets(monkeypatch) -> None:
    import actions.small_talk as small_talk

    def broken(_user: str) -> bool:
        raise RuntimeError("database gone")

    monkeypatch.setattr(small_talk, "has_stored_results", broken)
    said = greeted(new_user(), payloads.greet(), "nl")
    assert len(said) == 1 and said[0].startswith("utter_greet")
