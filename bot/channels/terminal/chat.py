"""`servicecoach chat`: start both servers and chat with the coach in this terminal; with
`--rasa-url` (or SERVICECOACH_RASA_URL), chat with servers that already run instead."""

from __future__ import annotations

import atexit
import contextlib
import getpass
import hashlib
import signal
import sys

from bot.channels.long_note import with_long_note
from bot.channels.terminal.commands import command_payload
from bot.channels.terminal.language import conversation_language, pinned_language, pinned_or_default
from bot.channels.terminal.render import choice_hint, render, resolve_choice
from bot.dialogue import payloads
from bot.dialogue.client import MAX_MESSAGE_CHARS, RasaClient, RasaUnavailable
from bot.dialogue.metadata import MESSAGE_ID, new_message_id
from bot.dialogue.retry import RetryPolicy
from bot.i18n import t
from bot.settings import Settings
from bot.stack.process import ServerError
from bot.stack.stack import RunningStack, Stack, start_for_a_person

QUIT = {"/quit", "/exit", "/stop-chat", ":q"}
HELP = {"/help", "/hulp", "/?"}
LANG = "nl"  # the chat's own lines follow the conversation's language (see _follow_language)


def terminal_sender(user: str = "") -> str:
    """A pseudonymous, stable conversation id: the coach remembers you, not your name."""
    name = user or getpass.getuser()
    return "terminal-" + hashlib.sha256(name.encode()).hexdigest()[:12]


_STOPPING = False  # set once the servers are being stopped: a signal then changes nothing


def _exit_on_signal(signum: int, frame: object) -> None:
    if not _STOPPING:
        raise SystemExit(128 + signum)  # unwinds through `finally`, which stops the servers


def _stop_servers(stack: Stack | RunningStack) -> None:
    """Stop both servers, whatever signal comes in meanwhile. Also registered with atexit:
    a window closed while the chat was already ending (SIGHUP inside its `finally`) still
    stops them on the way out (tester round of stop 41: both kept their ports)."""
    global _STOPPING
    _STOPPING = True
    stack.stop()


def run_terminal_chat(settings: Settings, sender: str = "", rasa_url: str = "", rasa_token: str = "") -> int:
    """Chat until /quit or end of input. Without `rasa_url`: start both servers (stopped at
    the end). With it: use the Rasa server there (and its action server, which must share
    this `settings.var_dir`: profiles, answers); `rasa_token` is its --auth-token, to read
    the conversation's language (without it the chat's own lines stay in the pinned one)."""
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _exit_on_signal)
    global LANG
    LANG = pinned_or_default(settings.app_db_url, terminal_sender(sender))
    stack: Stack | RunningStack | int
    if rasa_url:
        stack = RunningStack(settings, rasa_url, rasa_token)  # not ours: nothing to start or stop
    else:
        stack = start_for_a_person(settings, LANG)
        if isinstance(stack, int):
            return stack
        atexit.register(_stop_servers, stack)
    client = RasaClient(stack.rasa_url, RetryPolicy.once())  # failures are handled below, visibly
    try:
        _follow_language(stack, terminal_sender(sender))  # a returning user: the language they left in
        return _loop(client, stack, terminal_sender(sender))
    finally:
        global _STOPPING
        _STOPPING = True
        try:
            client.close()
            if isinstance(stack, Stack):
                with contextlib.suppress(OSError):  # the terminal is gone when its window was closed
                    print(t("stopping", LANG), file=sys.stderr)
        finally:
            _stop_servers(stack)


def _loop(client: RasaClient, stack: Stack | RunningStack, sender: str) -> int:
    print(t("terminal_banner", LANG))
    if pinned_language(stack.settings.app_db_url, sender) is not None:
        # a returning user who pinned a language: say so, and how to change it
        print(t("terminal_pinned", LANG))
    choices: list[tuple[str, str]] = []
    while True:
        try:
            text = input("\nyou> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not text.strip():
            continue
        if text.strip().lower() in QUIT:
            return 0
        if text.strip().lower() in HELP:
            print(t("terminal_help", LANG))
            continue
        command = command_payload(text)  # "/zelftest", "/taal en"; "/restartt": unknown, not a question
        if command is not None and command.forget:
            _forget_after_a_yes(stack, sender)
            choices = []
            continue
        if command is not None and command.say is not None:
            print("coach> " + t(command.say, LANG))
            continue
        hint = None if command is not None else choice_hint(text, choices, LANG)
        if hint is not None:  # "7" with three choices, "1)": say what can be picked, send nothing
            print("coach> " + hint)
            continue
        message = command.payload if command is not None and command.payload else to_rasa(text, choices)
        metadata = terminal_metadata()  # one id for this line, on every retry of it
        try:
            replies = client.send(sender, message, metadata)
        except RasaUnavailable:
            replies = _retry_after_restart(client, stack, sender, message, metadata)
            if replies is None:
                continue
        if not replies:
            revived = stack.restart_dead()
            note = t("terminal_restarted", LANG, names=", ".join(revived)) if revived else ""
            print("coach> " + t("terminal_no_answer", LANG, note=note))
            choices = []
            continue
        _follow_language(stack, sender)
        if len(text) > MAX_MESSAGE_CHARS:  # before the answer, in the conversation's language
            # (bot/channels/long_note.py)
            replies = with_long_note(replies, f"({t('long_message', LANG, n=MAX_MESSAGE_CHARS)})")
        shown = render(replies, LANG)
        choices = shown.choices
        print("coach> " + "\n\n".join(shown.lines))


def _forget_after_a_yes(stack: Stack | RunningStack, sender: str) -> None:
    """/vergeet: what will be deleted, and an explicit yes ("1", "ja", "jep", "yes", "doe maar" or the
    button's title; bot/dialogue/confirm_words.py, as on Telegram) before deleting this terminal
    user's conversation, self-check answers, charts and profile (bot/privacy/forget.py). A doubt
    ("misschien") asks again, twice at most; a no or anything else deletes nothing."""
    from bot.dialogue.confirm_words import UNCLEAR, YES, confirmation_reply
    from bot.privacy.forget import forget_user
    from bot.storage.access import AccessStore

    print("coach> " + t("terminal_forget_confirm", LANG))
    for attempt in range(3):
        print(f"  1) {t('forget_yes', LANG)}\n  2) {t('forget_no', LANG)}")
        try:
            answer = input("\nyou> ").strip()
        except (EOFError, KeyboardInterrupt):
            answer = ""
        reply = confirmation_reply(answer, [t("forget_yes", LANG)], [t("forget_no", LANG)])
        if reply != UNCLEAR or attempt == 2:
            break
        print("coach> " + t("terminal_forget_unclear", LANG))
    if reply != YES:
        print("coach> " + t("not_forgotten", LANG))
        return
    forget_user(stack.settings, AccessStore(stack.settings.app_db_url), sender)
    print("coach> " + t("terminal_forgotten", LANG))


def _follow_language(stack: Stack | RunningStack, sender: str) -> None:
    """Set LANG to the conversation's language as Rasa now keeps it."""
    global LANG
    LANG = conversation_language(stack.rasa_url, stack.api_token, sender, LANG)


def to_rasa(text: str, choices: list[tuple[str, str]]) -> str:
    """What goes to Rasa for a typed line: the payload of the button its number picks, else
    the text as text (a typed "/intent{...}" is never read as an intent; see
    payloads.as_text). The chat's own commands (/quit, /help) never get here."""
    picked = resolve_choice(text, choices)
    return picked if picked is not text else payloads.as_text(text)


def terminal_metadata() -> dict[str, str]:
    """The REST metadata of one typed line: the channel and a new message id."""
    return {"channel": "terminal", MESSAGE_ID: new_message_id()}


def _retry_after_restart(
    client: RasaClient, stack: Stack | RunningStack, sender: str, message: str, metadata: dict[str, str]
) -> list[dict] | None:
    print("coach> " + t("terminal_reconnecting", LANG))
    try:
        stack.restart_dead()
        return client.send(sender, message, metadata)
    except (RasaUnavailable, ServerError) as exc:
        print("coach> " + t("terminal_unreachable", LANG, error=exc))
        return None
