"""`servicecoach chat` as a person uses it: typed lines in, readable answers out.

A chat that starts its own servers takes a minute or more on 2 cores, so only the tests about
that path (start-up lines, stopping, restarts, ports, a closed window) start their own; the
others chat with the worker's running `stack` (`servicecoach chat --rasa-url`), each as a user
of its own."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.helpers import free_port

ROOT = Path(__file__).resolve().parents[2]
EXE = Path(sys.executable).parent / "servicecoach"
pytestmark = pytest.mark.e2e


def run_chat(tmp_path: Path, stdin: str, **env: str) -> tuple[subprocess.CompletedProcess, dict]:
    """`servicecoach chat` starting both servers itself, on free ports, in `tmp_path`."""
    ports = {"SERVICECOACH_RASA_PORT": str(free_port()), "SERVICECOACH_ACTION_PORT": str(free_port())}
    full_env = {**os.environ, "SERVICECOACH_VAR_DIR": str(tmp_path), **ports, **env}
    return _chat(["--user", "tester"], stdin, full_env), ports


def chat_with(stack, user: str, stdin: str) -> subprocess.CompletedProcess:
    """`servicecoach chat --rasa-url` with the running `stack` (its var folder: the action
    server's profiles and answers), as `user`; the stack keeps running afterwards."""
    env = {
        **os.environ,
        "SERVICECOACH_VAR_DIR": str(stack.settings.var_dir),
        "SERVICECOACH_RASA_TOKEN": stack.api_token,
    }
    done = _chat(["--user", user, "--rasa-url", stack.settings.rasa_url], stdin, env)
    assert "coach stopt" not in done.stderr and "Stopping the coach" not in done.stderr  # not its servers
    assert all(server.alive for server in stack.servers)
    return done


def new_user() -> str:
    return f"tester-{uuid.uuid4().hex[:12]}"


def _chat(args: list[str], stdin: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(EXE), "chat", *args],
        cwd=ROOT,
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def port_open(port: str) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", int(port))) == 0


def test_ctrl_d_ends_the_chat_cleanly(tmp_path: Path, rasa_model) -> None:
    # slash commands first: an unknown one is said so, "/restart" greets afresh (never a question)
    done, ports = run_chat(tmp_path, "/restartt\n/restart\nHow do I say no to a customer?\n")  # then EOF
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Dat commando ken ik niet" in done.stdout
    assert "  1) Omgaan met een boze klant" in done.stdout  # the greeting's buttons
    assert "Source: article" in done.stdout
    assert "Stopping the coach" in done.stderr  # the conversation was English
    assert not any(port_open(p) for p in ports.values())


def test_a_pinned_language_is_said_at_the_next_start(stack) -> None:
    """ "/taal en" pins English; the next chat starts in English and says how to change it
    (tester round of stop 36: an earlier pin gave English replies with no word why);
    "/language auto" takes the pin away."""
    user = new_user()
    first = chat_with(stack, user, "/taal en\n")
    assert first.returncode == 0, first.stderr[-2000:]
    assert "You pinned English" not in first.stdout
    again = chat_with(stack, user, "/language auto\nwat kun je allemaal?\n")
    assert again.returncode == 0, again.stderr[-2000:]
    assert "You pinned English as your language. Type /language nl for Dutch" in again.stdout
    # /language auto (tester round of stop 48: missing): unpinned, and Dutch is answered in Dutch
    assert "All right, I'll answer in whatever language you write in again" in again.stdout
    assert "Dit kan ik voor je doen:" in again.stdout, again.stdout[-1500:]
    last = chat_with(stack, user, "/quit\n")
    assert last.returncode == 0, last.stderr[-2000:]
    assert "You pinned" not in last.stdout and "Je hebt" not in last.stdout


def test_a_server_that_cannot_start_gets_a_clear_message(tmp_path: Path, rasa_model) -> None:
    done, ports = run_chat(tmp_path, "hallo\n", SERVICECOACH_RASA_VENV=str(tmp_path / "no-such-venv"))
    assert done.returncode == 1
    assert "de coach kon niet starten" in done.stderr
    assert "Rasa server could not be started" in done.stderr
    assert "Traceback" not in done.stderr
    assert not port_open(ports["SERVICECOACH_ACTION_PORT"])  # the other server was stopped


def test_terminal_choices_numbers_hints_and_the_statement_on_screen(tmp_path: Path, rasa_model) -> None:
    """One chat from start to /quit (each chat starts both servers, about a minute): the
    start-up lines, numbered choices, hints, a self-check with a question in between, and
    nothing left running afterwards."""
    lines = [
        "hallo",
        "9",  # not on screen: a hint, nothing sent
        "1)",  # written as a pick: choice 1
        "ik wil een zelftest doen",
        "Beloftes nakomen",  # a button picked by typing its title
        "hoe ga ik om met een boze klant?",  # a question in between
        "4",  # the score of statement 1 (on screen again), never 👍
        "stop",
    ]
    done, ports = run_chat(tmp_path, "\n".join(lines) + "\n/quit\n")
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout
    assert "  1) Omgaan met een boze klant" in out  # the greeting's buttons, numbered
    # choice "1)" was followed; the source line names the title, not the id (stop 49)
    assert "Bron: artikel “Omgaan met een boze klant”" in out and "(angry-customer)" not in out
    # start-up: one line per stage with the usual wait, no model path or library noise
    stages = [line for line in done.stderr.splitlines() if re.match(r"[1-3]/3 ", line)]
    assert len(stages) == 3 and all("(meestal " in line and "✓" in line for line in stages), done.stderr
    assert "De coach is klaar" in done.stderr and str(tmp_path / "logs") in done.stderr
    assert "servicecoach-" not in done.stderr and "tar.gz" not in done.stderr
    assert not re.search(r"warn|Traceback|it/s\]", done.stderr, re.IGNORECASE)
    assert "De coach stopt" in done.stderr  # the conversation was Dutch
    assert (tmp_path / "logs" / "rasa-server.log").exists()
    assert (tmp_path / "tracker.db").exists()
    assert not any(port_open(p) for p in ports.values())  # /quit stopped both servers
    assert out.count("Kies 1 tot 4 uit de keuzes hierboven, of typ gewoon je vraag.") == 1  # "9" only
    assert "vraag 1 van 7" in out and "Verder met vraag 1 van 7?" in out
    detour, after = out.split("Verder met vraag 1 van 7?")[1].split("you>", 1)
    assert "  a) " in detour and "  4) 4 · Eens" in detour  # topics and 👍/👎 by letter, scores by number
    assert "vraag 2 van 7" in after
    assert "Dank je" not in out  # no feedback was given by the "4"
    assert "Gestopt. Je antwoorden tot nu toe zijn bewaard" in out


def test_the_action_server_dies_mid_conversation_a_clear_message_then_it_goes_on(
    tmp_path: Path, rasa_model
) -> None:
    """Issue 10.6: the action server is killed between two lines of a live chat; the next
    line gets a plain apology in the user's language (the dead server is restarted), the
    one after is answered as usual."""
    import queue
    import threading

    import psutil

    ports = {"SERVICECOACH_RASA_PORT": str(free_port()), "SERVICECOACH_ACTION_PORT": str(free_port())}
    env = {**os.environ, "SERVICECOACH_VAR_DIR": str(tmp_path), **ports}
    chat = subprocess.Popen(
        [str(EXE), "chat", "--user", "tester"],
        cwd=ROOT, env=env, text=True, bufsize=1,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in chat.stdout], daemon=True).start()

    def say(text: str, timeout: float = 600) -> str:
        chat.stdin.write(text + "\n")
        chat.stdin.flush()
        got = []
        while True:  # the coach's reply, up to the next prompt
            line = lines.get(timeout=timeout)
            got.append(line)
            if "coach> " in line:  # (after the "you> " prompt, which has no newline)
                try:  # the rest of a multi-line reply comes at once
                    while True:
                        got.append(lines.get(timeout=2))
                except queue.Empty:
                    return "".join(got)

    try:
        assert "Bron: artikel “Omgaan met een boze klant”" in say("Hoe ga ik om met een boze klant?")
        servers = [p for p in psutil.Process(chat.pid).children(recursive=True)
                   if "rasa_sdk" in " ".join(p.cmdline())]  # fmt: skip
        assert servers
        actions = [*servers, *(w for p in servers for w in p.children(recursive=True))]  # with its workers
        for process in actions:
            process.kill()
        psutil.wait_procs(actions, timeout=30)
        down = say("En als hij blijft schreeuwen?")
        assert "Sorry, ik had net geen antwoord (herstart: " in down and "Traceback" not in down
        assert "Bron: artikel “Omgaan met een boze klant”" in say("Hoe ga ik om met een boze klant?")
        chat.stdin.write("/quit\n")
        chat.stdin.flush()
        assert chat.wait(timeout=120) == 0
    finally:
        if chat.poll() is None:
            chat.kill()
    assert not any(port_open(p) for p in ports.values())


def test_a_port_in_use_gets_a_clear_message(tmp_path: Path, rasa_model) -> None:
    """A coach still running (from a window closed without /quit) holds the port: the next
    start says so in the person's language, instead of Rasa's "address already in use"
    buried in a log (tester round of stop 41)."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        done, ports = run_chat(tmp_path, "hallo\n", SERVICECOACH_RASA_PORT=port)
    assert done.returncode == 1
    assert f"poort {port} is al in gebruik" in done.stderr
    assert "Traceback" not in done.stderr
    assert not port_open(ports["SERVICECOACH_ACTION_PORT"])


def test_closing_the_window_stops_both_servers(tmp_path: Path, rasa_model) -> None:
    """The terminal goes away (its window closed: SIGHUP, and writing to it fails): both
    servers stop all the same. Before, "De coach stopt..." written to the lost terminal
    raised, the servers kept their ports, and the next chat could not start (stop 41)."""
    import pty
    import time

    ports = {"SERVICECOACH_RASA_PORT": str(free_port()), "SERVICECOACH_ACTION_PORT": str(free_port())}
    env = {**os.environ, "SERVICECOACH_VAR_DIR": str(tmp_path), **ports}
    master, slave = pty.openpty()
    chat = subprocess.Popen(
        [str(EXE), "chat", "--user", "window"], cwd=ROOT, env=env, stdin=slave, stdout=slave, stderr=slave
    )
    os.close(slave)
    try:
        deadline = time.monotonic() + 600
        while not all(port_open(p) for p in ports.values()):
            assert chat.poll() is None and time.monotonic() < deadline, "the chat did not start"
            time.sleep(1)
        time.sleep(2)
        os.close(master)  # the window is gone: writing to the terminal fails from now on
        chat.send_signal(signal.SIGHUP)
        chat.wait(timeout=120)
        assert not any(port_open(p) for p in ports.values())
    finally:
        if chat.poll() is None:
            chat.kill()


def test_privacy_and_forgetting_in_the_terminal(stack) -> None:
    """/privacy and /forget work in the terminal as on Telegram; "wis mijn resultaten" says
    how, and deletes nothing; /forget deletes after a yes, so the pinned language is gone at
    the next start (tester round of stop 48: "Dat commando ken ik niet", and "wis mijn
    resultaten" showed the results)."""
    user = new_user()
    first = chat_with(stack, user, "/taal en\n")
    assert first.returncode == 0, first.stderr[-2000:]
    asked = chat_with(stack, user, "/privacy\nwis mijn resultaten\n/forget\nno\n")
    assert asked.returncode == 0, asked.stderr[-2000:]
    assert "What I keep and why, here on this computer" in asked.stdout
    assert "To delete your data, type /forget" in asked.stdout
    assert "Are you sure?" in asked.stdout and "Okay, I deleted nothing." in asked.stdout
    kept = chat_with(stack, user, "/forget\nyes\n")
    assert kept.returncode == 0, kept.stderr[-2000:]
    assert "You pinned English" in kept.stdout  # still there until the yes
    assert "Done: your conversation, your self-check answers, your charts and your profile" in kept.stdout
    after = chat_with(stack, user, "/quit\n")
    assert after.returncode == 0, after.stderr[-2000:]
    assert "You pinned English" not in after.stdout
