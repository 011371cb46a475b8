"""bot/channels/terminal/commands.py: slash commands in the terminal chat; an unknown one is
never a question for the coach."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.channels.terminal.chat import to_rasa
from bot.channels.terminal.commands import Command, command_payload
from bot.dialogue import payloads


@pytest.mark.parametrize("typed", ["/start", "/restart", "/RESTART", " /opnieuw ", "/reset"])
def test_starting_again_greets(typed: str) -> None:
    assert command_payload(typed) == Command(payload=payloads.greet())


@pytest.mark.parametrize(
    ("typed", "payload"),
    [
        ("/zelftest", payloads.start_selfcheck()),
        ("/selfcheck", payloads.start_selfcheck()),
        ("/resultaten", payloads.show_results()),
        ("/results", payloads.show_results()),
        ("/taal en", payloads.set_language("en")),
        ("/taal Nederlands", payloads.set_language("nl")),
        ("/language english", payloads.set_language("en")),
        ("/taal auto", payloads.set_language("auto")),
        ("/language Automatic", payloads.set_language("auto")),
        ("/taal automatisch", payloads.set_language("auto")),
    ],
)
def test_the_telegram_commands_work_here_too(typed: str, payload: str) -> None:
    assert command_payload(typed) == Command(payload=payload)


@pytest.mark.parametrize(
    "typed", ["/taal", "/taal frans", "/language nl en", "/taal auto nl", "/taal automaat"]
)
def test_a_language_command_without_one_language_says_how(typed: str) -> None:
    assert command_payload(typed) == Command(say="language_usage")


@pytest.mark.parametrize("typed", ["/restartt", "/foo", "/verwijder", "/stopp", "/tips"])
def test_an_unknown_command_is_said_so(typed: str) -> None:
    assert command_payload(typed) == Command(say="unknown_command")


@pytest.mark.parametrize(
    "typed",
    ["hallo", "hoe ga ik om met een boze klant", "/ klant", "1/2 van de klanten", "/greet", "/2", "//"],
)
def test_text_and_numbers_are_no_command_or_an_unknown_one(typed: str) -> None:
    command = command_payload(typed)
    assert command is None or command.say == "unknown_command"  # "/greet" typed: unknown, never an intent


def test_a_typed_payload_is_still_sent_as_text() -> None:
    typed = '/greet{"x": 1}'
    assert command_payload(typed) is None
    assert to_rasa(typed, []) != typed  # payloads.as_text: never read as an intent


@given(st.text(max_size=40).filter(lambda s: not s.lstrip().startswith("/")))
def test_only_a_slash_makes_a_command(text: str) -> None:
    assert command_payload(text) is None
