"""`servicecoach chat`: start both servers and chat with the coach in this terminal."""

from __future__ import annotations

import getpass
import hashlib
import signal
import sys

from bot.channels.terminal.render import render, resolve_choice
from bot.dialogue.client import MAX_MESSAGE_CHARS, RasaClient, RasaUnavailable
from bot.dialogue.retry import RetryPolicy
from bot.settings import Settings
from bot.stack.process import ServerError
from bot.stack.stack import Stack, start_for_a_person

QUIT = {"/quit", "/exit", "/stop-chat", ":q"}
BANNER = (
    "Service Coach — type your question in Dutch or English. "
    "Type a number to pick a choice, /quit (or Ctrl-D) to leave."
)


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
        print("Stopping the coach…", file=sys.stderr)
        stack.stop()


def _loop(client: RasaClient, stack: Stack, sender: str) -> int:
    print(BANNER)
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
            print(f"(Your message was long; I read the first {MAX_MESSAGE_CHARS} characters.)")
        message = resolve_choice(text, choices)
        try:
            replies = client.send(sender, message)
        except RasaUnavailable:
            replies = _retry_after_restart(client, stack, sender, message)
            if replies is None:
                continue
        if not replies:
            revived = stack.restart_dead()
            note = f" (restarted: {', '.join(revived)})" if revived else ""
            print(f"coach> Sorry, I had no answer just now{note}. Please ask again.")
            choices = []
            continue
        shown = render(replies)
        choices = shown.choices
        print("coach> " + "\n\n".join(shown.lines))


def _retry_after_restart(client: RasaClient, stack: Stack, sender: str, message: str) -> list[dict] | None:
    print("coach> One moment, I'm reconnecting…")
    try:
        stack.restart_dead()
        return client.send(sender, message)
    except (RasaUnavailable, ServerError) as exc:
        print(f"coach> Sorry, I can't reach my servers right now: {exc}")
        return None
