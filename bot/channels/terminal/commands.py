"""The terminal chat's slash commands, the same as the Telegram bot's where they make sense
in a terminal: /start (or /restart, /opnieuw) greets afresh, /zelftest or /selfcheck starts a
self-check, /resultaten or /results shows results, /taal nl|en|auto or /language nl|en|auto
switches language (auto: each message's own), /privacy says what is kept, /vergeet or
/forget deletes it (after a yes). Any other "/word" is an unknown command, never a
question for the coach ("/restart" was answered as one). /help and /quit are the chat
loop's own (bot/channels/terminal/chat.py).

Pure Python: `command_payload` maps a typed line to what goes to Rasa."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.dialogue import payloads
from bot.i18n import language_argument

_COMMAND = re.compile(r"^\s*/([^\W\d_]+)(?:\s+(.*?))?\s*$")


@dataclass(frozen=True)
class Command:
    """A typed slash command: `payload` to send to Rasa, or a `say` key (bot/i18n.py) for
    the chat to print itself ("unknown_command", "language_usage")."""

    payload: str | None = None
    say: str | None = None
    forget: bool = False  # /vergeet, /forget: the chat asks to confirm, then deletes (chat.py)


def command_payload(text: str) -> Command | None:
    """The command a typed line is, or None when it is no slash command (text for the coach,
    or a typed payload such as "/greet{...}", which chat.to_rasa sends as text).

    "/start" -> greet; "/zelftest" -> start a self-check; "/taal en" -> switch to English;
    "/taal auto" -> follow each message's language;
    "/taal" or "/taal frans" -> Command(say="language_usage"); "/restartt" ->
    Command(say="unknown_command")."""
    found = _COMMAND.match(text)
    if found is None:
        return None
    name, argument = found.group(1).lower(), (found.group(2) or "").lower().split()
    if name in ("start", "restart", "opnieuw", "reset"):
        return Command(payload=payloads.greet())
    if name in ("zelftest", "selfcheck", "zelfscan"):
        return Command(payload=payloads.start_selfcheck())
    if name in ("resultaten", "results"):
        return Command(payload=payloads.show_results())
    if name == "privacy":
        return Command(say="terminal_privacy")
    if name in ("vergeet", "forget"):
        return Command(forget=True)
    if name in ("taal", "language", "lang"):
        lang = language_argument(argument[0]) if len(argument) == 1 else None
        if lang is None:
            return Command(say="language_usage")
        return Command(payload=payloads.set_language(lang))
    return Command(say="unknown_command")
