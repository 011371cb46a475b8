"""Slash commands typed by a user, the same in every channel that has no command menu of its own:
the terminal chat (bot/channels/terminal/chat.py) and the plain REST channel
(bot/dialogue/rest_channel.py, since stop 61: over POST /webhooks/rest/webhook "/start" showed the
self-check list and "/taal fr" pinned Dutch, as NLU read the words). The Telegram bot registers the
same commands with its library (bot/channels/telegram/handlers.py).

/start (or /restart, /opnieuw, /reset) greets afresh, /zelftest or /selfcheck starts a self-check,
/resultaten or /results shows results, /taal nl|en|auto or /language nl|en|auto switches language
(auto: each message's own; any other language: which ones there are, nothing changed), /privacy
says what is kept, /vergeet or /forget deletes it (after a yes, in the terminal). Any other
"/word" is an unknown command, never a question for the coach.

Pure Python (the REST channel imports it inside Rasa's own virtualenv): `command_payload` maps a
typed line to what goes to Rasa, `rest_command` does so for a REST message, where the buttons'
own payloads ("/selfcheck_answer{...}", "/help", "/stop") arrive as typed text too."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from bot.dialogue import payloads
from bot.i18n import language_argument

_COMMAND = re.compile(r"^\s*/([^\W\d_]+)(?:\s+(.*?))?\s*$")
# intents a channel's buttons send as payloads (payloads.py), and Rasa's own ("/restart"): when the
# domain cannot be asked (bot/dialogue/rest_channel.py), these are payloads, not commands
PAYLOAD_INTENTS = frozenset(
    {payloads.GREET, payloads.HELP, payloads.STOP, payloads.START_SELFCHECK, payloads.SELFCHECK_ANSWER,
     payloads.SHOW_RESULTS, payloads.ASK_ADVICE, payloads.ASK_COACHING_TIP, payloads.SET_LANGUAGE,
     payloads.FEEDBACK, "restart", "session_start", "back"}
)  # fmt: skip


@dataclass(frozen=True)
class Command:
    """A typed slash command: `payload` to send to Rasa, or a `say` key (bot/i18n.py) for
    the channel to say itself ("unknown_command", "language_usage")."""

    payload: str | None = None
    say: str | None = None
    forget: bool = False  # /vergeet, /forget: the terminal asks to confirm, then deletes (chat.py)


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


def rest_command(text: object, intents: Collection[str] = PAYLOAD_INTENTS) -> Command | None:
    """The command a message sent over plain REST is, as `command_payload` reads it, or None: for
    text that is no slash command, and for a payload of one of `intents` (the domain's: a button's
    "/help", "/stop", "/start_selfcheck{...}", and Rasa's own "/restart"), which Rasa reads itself.
    /vergeet cannot ask to confirm here: it says so (`say` "rest_forget")."""
    if not isinstance(text, str) or not text.lstrip().startswith("/"):
        return None
    parsed = payloads.parse(text)
    if parsed is not None and parsed.intent in intents:
        return None
    command = command_payload(text)
    if command is not None and command.forget:
        return Command(say="rest_forget")
    return command
