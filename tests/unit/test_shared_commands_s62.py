"""Stop 62: one list of slash commands for every channel (bot/dialogue/commands.py `SHARED_COMMANDS`).
Telegram kept its own: /reset, /zelfscan, /lang and /hulp worked in the terminal (and /reset,
/zelfscan, /lang over REST) but were unknown commands on Telegram. Now Telegram registers its
handlers by the shared names and builds its command menu (setMyCommands) and /help's list from the
shared menu, with only /tips and /report of its own; the terminal's /help text names every shared
command. Real code: the real Telegram bot against the fake Bot API and a scripted Rasa."""

from __future__ import annotations

import pytest
from telegram.ext import CommandHandler

from bot.channels.telegram.app import build
from bot.channels.telegram.handlers import COMMANDS, TELEGRAM_COMMANDS, command_lines
from bot.dialogue import payloads
from bot.dialogue.commands import SHARED_COMMANDS, command_payload, menu, rest_command, shared_command
from bot.i18n import LANGUAGES, t
from bot.settings import Settings
from tests.fakes.telegram import FakeTelegram
from tests.helpers import TOKEN, bot_settings, free_port
from tests.unit.telegram_fixtures import joined_chat

ALL_NAMES = [name for command in SHARED_COMMANDS for name in command.names]


@pytest.mark.parametrize("name", ALL_NAMES)
def test_every_shared_name_is_a_command_in_the_terminal_and_over_rest(name: str) -> None:
    for typed in (f"/{name}", f"/{name.upper()}"):
        command = command_payload(typed)
        assert command is not None and command.say != "unknown_command", typed
        over_rest = rest_command(typed)
        assert over_rest is None or over_rest.say != "unknown_command", typed
    assert shared_command(name) is not None


@pytest.mark.parametrize("typed", ["/restartt", "/zelftestt", "/taalx", "/foo", "/tips", "/report", "/hel"])
def test_look_alikes_stay_unknown_in_the_terminal(typed: str) -> None:
    assert command_payload(typed).say == "unknown_command"  # /tips and /report are Telegram's own


def test_telegram_registers_every_shared_name(tmp_path) -> None:
    with FakeTelegram(TOKEN) as fake:
        base = Settings(var_dir=tmp_path, rasa_port=free_port(), action_port=free_port())
        parts = build(bot_settings(base, fake))
        registered = {
            name
            for handlers in parts.app.handlers.values()
            for handler in handlers
            if isinstance(handler, CommandHandler)
            for name in handler.commands
        }
    assert set(ALL_NAMES) <= registered
    assert {"tips", "report"} <= registered


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_menus_are_the_shared_one(lang: str) -> None:
    assert COMMANDS[lang] == menu(lang, TELEGRAM_COMMANDS)
    shown = [name for name, _ in COMMANDS[lang]]
    assert [n for n in shown if n not in ("tips", "report")] == [c.name_in(lang) for c in SHARED_COMMANDS]
    # Telegram's /help lists them, the terminal's /help names them (the same words per language)
    listed = "\n".join(command_lines(lang))
    for command in SHARED_COMMANDS:
        assert f"/{command.name_in(lang)}" in t("terminal_help", lang), command.key
        if command.key != "help":
            assert f"/{command.name_in(lang)} – {t(command.menu, lang)}" in listed


# (typed on Telegram, what reaches Rasa last): names Telegram did not know before stop 62, in both
# languages, and the old ones beside them
SENT = [
    ("/zelfscan", payloads.start_selfcheck()), ("/selfcheck", payloads.start_selfcheck()),
    ("/lang en", payloads.set_language("en")), ("/lang nl", payloads.set_language("nl")),
    ("/taal en", payloads.set_language("en")), ("/reset", payloads.greet()), ("/opnieuw", payloads.greet()),
    ("/help", payloads.show_help()), ("/resultaten", payloads.show_results()),
]  # fmt: skip


def test_on_telegram_every_name_does_what_it_does_in_the_terminal(tmp_path) -> None:
    with joined_chat(tmp_path) as (fake, rasa, user, _):
        for typed, sent in SENT:
            before = len(rasa.bodies)
            fake.send_text(user, typed)
            def arrived(b: int = before, s: str = sent) -> bool:
                return len(rasa.bodies) > b and rasa.messages[-1] == s

            fake.wait_for(arrived, timeout=20, what=typed)
            expected = command_payload(typed)
            assert expected is not None and expected.payload == sent  # the terminal sends the same
        # a command the channel answers itself: the same text as the terminal says (in English now:
        # "/lang en" above pinned it)
        # (a bare "/lang" or "/taal" shows Telegram's two language buttons instead of the usage line)
        for typed in ("/taal fr", "/lang fr", "/language xx", "/foo", "/zelfscann"):
            said = t(command_payload(typed).say, "en")
            count = sum(1 for m in fake.messages_to(user.id) if m.text == said)
            fake.send_text(user, typed)

            def said_again(s: str = said, c: int = count) -> bool:
                return sum(1 for m in fake.messages_to(user.id) if m.text == s) > c

            fake.wait_for(said_again, timeout=20, what=typed)
