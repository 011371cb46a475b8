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

`SHARED_COMMANDS` is the one list of these commands: every name each answers to, the name a menu
shows per language and the i18n key of what it does. Telegram registers its handlers by these
names and builds its command menu (the Bot API's setMyCommands) and /help's list from them
(bot/channels/telegram/handlers.py `COMMANDS`, stop 62: it kept its own list, without /reset,
/zelfscan or /lang); the terminal's /help text names each of them (bot/i18n.py "terminal_help").

Pure Python (the REST channel imports it inside Rasa's own virtualenv): `command_payload` maps a
typed line to what goes to Rasa, `rest_command` does so for a REST message, where the buttons'
own payloads ("/selfcheck_answer{...}", "/help", "/stop") arrive as typed text too."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from bot.dialogue import payloads
from bot.i18n import language_argument


@dataclass(frozen=True)
class SharedCommand:
    """A slash command every channel has: `key` (what it does), the `names` it answers to (the
    first per language is shown: `shown`) and `menu`, the i18n key of its one-line description."""

    key: str
    names: tuple[str, ...]
    menu: str
    shown: tuple[tuple[str, str], ...] = ()  # (language, the name a menu shows there); else names[0]

    def name_in(self, lang: str) -> str:
        return dict(self.shown).get(lang, self.names[0])


SHARED_COMMANDS: tuple[SharedCommand, ...] = (
    SharedCommand("start", ("start",), "menu_start"),
    SharedCommand("restart", ("restart", "opnieuw", "reset"), "menu_restart"),
    SharedCommand("help", ("help",), "menu_help"),  # the terminal also reads /hulp and /? (chat.py)
    SharedCommand("selfcheck", ("zelftest", "selfcheck", "zelfscan"), "menu_selfcheck",
                  (("nl", "zelftest"), ("en", "selfcheck"))),
    SharedCommand("results", ("resultaten", "results"), "menu_results",
                  (("nl", "resultaten"), ("en", "results"))),
    SharedCommand("language", ("taal", "language", "lang"), "menu_language",
                  (("nl", "taal"), ("en", "language"))),
    SharedCommand("privacy", ("privacy",), "menu_privacy"),
    SharedCommand("forget", ("vergeet", "forget"), "menu_forget", (("nl", "vergeet"), ("en", "forget"))),
)  # fmt: skip
_BY_KEY = {command.key: command for command in SHARED_COMMANDS}


def names_of(key: str) -> list[str]:
    """Every name the shared command `key` answers to ("selfcheck" -> zelftest, selfcheck, zelfscan)."""
    return list(_BY_KEY[key].names)


def shared_command(name: str) -> SharedCommand | None:
    """The shared command typed as /`name` (any case), else None."""
    name = name.lower()
    return next((c for c in SHARED_COMMANDS if name in c.names), None)


def menu(
    lang: str, channel: tuple[tuple[str, str], ...] = (), before: str = "privacy"
) -> list[tuple[str, str]]:
    """A command menu in `lang`: (name shown, i18n key of its description) for each shared command,
    in order, with a channel's own commands (`channel`, such as Telegram's /tips and /report) put
    before the shared command `before`."""
    shown = [(c.name_in(lang), c.menu) for c in SHARED_COMMANDS]
    at = next(i for i, c in enumerate(SHARED_COMMANDS) if c.key == before)
    return [*shown[:at], *channel, *shown[at:]]


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
    command = shared_command(name)
    key = command.key if command is not None else None
    if key in ("start", "restart"):
        return Command(payload=payloads.greet())
    if key == "help":  # the terminal lists its commands itself (chat.py); REST sends it to Rasa
        return Command(payload=payloads.show_help())
    if key == "selfcheck":
        return Command(payload=payloads.start_selfcheck())
    if key == "results":
        return Command(payload=payloads.show_results())
    if key == "privacy":
        return Command(say="terminal_privacy")
    if key == "forget":
        return Command(forget=True)
    if key == "language":
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
