"""A Stack's servers stop side by side (bot/stack/stack.py `Stack.stop`), and a server that ignores
SIGTERM is killed after the grace (bot/stack/process.py). Here, not in tests/unit: these start
processes (stand-in servers that take a moment to exit, as Rasa's interpreter does)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from bot.settings import Settings
from bot.stack.process import ManagedProcess
from bot.stack.stack import Stack

# A "server" that needs a moment to shut down after SIGTERM, as Rasa does (its interpreter
# takes seconds to finish), and says when it has started.
SLOW_EXIT = (
    "import signal, sys, time\n"
    "def bye(*_):\n"
    "    time.sleep({delay})\n"
    "    sys.exit(0)\n"
    "signal.signal(signal.SIGTERM, bye)\n"
    "open(sys.argv[1], 'w').close()\n"
    "while True:\n"
    "    time.sleep(0.05)\n"
)


def slow_server(tmp_path: Path, name: str, delay: float) -> ManagedProcess:
    ready = tmp_path / f"{name}.ready"
    server = ManagedProcess(
        name=name,
        command=[sys.executable, "-c", SLOW_EXIT.format(delay=delay), str(ready)],
        health_url="http://127.0.0.1:9/never",
        log_path=tmp_path / f"{name}.log",
        env={},
        cwd=tmp_path,
    )
    server.start()
    deadline = time.monotonic() + 30
    while not ready.exists():
        assert time.monotonic() < deadline, f"{name} did not start"
        time.sleep(0.02)
    return server


def test_a_stack_stops_both_servers_side_by_side(tmp_path: Path) -> None:
    """Each server takes 2 s to exit after SIGTERM: both are gone in about 2 s, not 4 s."""
    stack = Stack(Settings(var_dir=tmp_path), show_progress=False)
    stack.action_server = slow_server(tmp_path, "action server", 2.0)
    stack.rasa_server = slow_server(tmp_path, "Rasa server", 2.0)
    processes = [server.process for server in stack.servers]
    started = time.monotonic()
    stack.stop()
    took = time.monotonic() - started
    assert all(p is not None and p.returncode == 0 for p in processes)  # exited by themselves
    assert all(server.process is None for server in stack.servers)
    assert 1.9 <= took < 4.0, took  # one after the other would take 4 s or more


def test_a_server_that_ignores_sigterm_is_killed_after_the_grace(tmp_path: Path) -> None:
    server = slow_server(tmp_path, "stubborn", 60)
    process = server.process
    server.terminate()
    server.terminate()  # once is enough: a second SIGTERM is not sent
    started = time.monotonic()
    server.stop(grace=0.5)
    assert time.monotonic() - started < 5 and process.returncode is not None and process.returncode < 0
    server.stop()  # stopping a stopped server does nothing
