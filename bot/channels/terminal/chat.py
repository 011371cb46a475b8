"""`servicecoach chat`: start both servers and chat with the coach in this terminal."""

from __future__ import annotations

import getpass
import hashlib
import signal
import sys

from bot.channels.terminal.render import render, resolve_choice
from bot.dialogue.client import MAX_MESSAGE_CHARS, RasaClient, RasaUnavailable
from bot.dialogue.retry import RetryPolicy
from bot.i18n import t
from bot.settings import Settings
from bot.stack.process import ServerError
from bot.stack.stack import Stack, start_for_a_person

QUIT = {"/quit", "/exit", "/stop-chat", ":q"}
LANG = "en"  # the terminal's frame; the coach itself answers in the user's language


def terminal_sender(user: str = "") -> str:
    """A pseudonymous, stable conversation id: the coach remembers you, not your name."""
    name = user or getpass.getuser()
    return "terminal-" + hashlib.sha256(name.encode()).hexdigest()[:12]


def _exit_on_signal(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds through `finally`, which stops the servers


def run_terminal_chat(settings: Settings, sender: str = "") -> int:
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _exit_on_signal)
    stack = start_for_a_person(settings)
    if isinstance(stack, int):
        return stack
    client = RasaClient(settings.rasa_url, RetryPolicy.once())  # failures are handled below, visibly
    try:
        return _loop(client, stack, terminal_sender(sender))
    finally:
        client.close()
        print(t("stopping", LANG), file=sys.stderr)
        stack.stop()


def _loop(client: RasaClient, stack: Stack, sender: str) -> int:
    print(t("terminal_banner", LANG))
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
        if len(text) > MAX_MESSAGE_CHARS:
            print(f"({t('long_message', LANG, n=MAX_MESSAGE_CHARS)})")
        message = resolve_choice(text, choices)
        try:
            replies = client.send(sender, message)
        except RasaUnavailable:
            replies = _retry_after_restart(client, stack, sender, message)
            if replies is None:
                continue
        if not replies:
            revived = stack.restart_dead()
            note = t("terminal_restarted", LANG, names=", ".join(revived)) if revived else ""
            print("coach> " + t("terminal_no_answer", LANG, note=note))
            choices = []
            continue
        shown = render(replies)
        choices = shown.choices
        print("coach> " + "\n\n".join(shown.lines))


def _retry_after_restart(client: RasaClient, stack: Stack, sender: str, message: str) -> list[dict] | None:
    print("coach> " + t("terminal_reconnecting", LANG))
    try:
        stack.restart_dead()
        return client.send(sender, message)
    except (RasaUnavailable, ServerError) as exc:
        print("coach> " + t("terminal_unreachable", LANG, error=exc))
        return None
