"""`servicecoach chat` as a person uses it: typed lines in, readable answers out."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import free_port

ROOT = Path(__file__).resolve().parents[2]
EXE = Path(sys.executable).parent / "servicecoach"
pytestmark = pytest.mark.e2e


def run_chat(tmp_path: Path, stdin: str, **env: str) -> tuple[subprocess.CompletedProcess, dict]:
    ports = {"SERVICECOACH_RASA_PORT": str(free_port()), "SERVICECOACH_ACTION_PORT": str(free_port())}
    full_env = {**os.environ, "SERVICECOACH_VAR_DIR": str(tmp_path), **ports, **env}
    done = subprocess.run(
        [str(EXE), "chat", "--user", "tester"],
        cwd=ROOT,
        input=stdin,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return done, ports


def port_open(port: str) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", int(port))) == 0


def test_chat_with_numbered_choices_then_quit_leaves_nothing_running(tmp_path: Path, rasa_model) -> None:
    done, ports = run_chat(tmp_path, "hallo\n1\n/quit\n")
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout
    assert "  1) Omgaan met een boze klant" in out  # the greeting's buttons, numbered
    assert "Bron: artikel" in out and "(angry-customer)" in out  # choice 1 was followed
    assert "Coach ready" in done.stderr and "rasa-server.log" in done.stderr
    assert (tmp_path / "logs" / "rasa-server.log").exists()
    assert (tmp_path / "tracker.db").exists()
    assert not any(port_open(p) for p in ports.values())  # both servers stopped


def test_ctrl_d_ends_the_chat_cleanly(tmp_path: Path, rasa_model) -> None:
    done, ports = run_chat(tmp_path, "How do I say no to a customer?\n")  # then EOF
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Source: article" in done.stdout
    assert not any(port_open(p) for p in ports.values())


def test_a_server_that_cannot_start_gets_a_clear_message(tmp_path: Path, rasa_model) -> None:
    done, ports = run_chat(tmp_path, "hallo\n", SERVICECOACH_RASA_VENV=str(tmp_path / "no-such-venv"))
    assert done.returncode == 1
    assert "the coach could not start" in done.stderr
    assert "Rasa server could not be started" in done.stderr
    assert "Traceback" not in done.stderr
    assert not port_open(ports["SERVICECOACH_ACTION_PORT"])  # the other server was stopped
