"""`servicecoach telegram` as users run it: one command starts the action server, Rasa
and the bot (token from .env), answers in Telegram, and SIGTERM stops all three. This
starts its own servers on purpose: it tests the command that starts them.

The run uses every secret the coach has (issue 10.7): the bot token, the webhook secret
(webhook mode), the hash key and, when PostgreSQL is installed, a database password for the
app database and Rasa's tracker store. None of them may appear in any log afterwards: the
command's own output and every log file under var/ (both servers)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.fakes.telegram import FakeTelegram
from tests.helpers import ROOT, TOKEN, free_port, new_user, postgres_available, postgres_server

pytestmark = pytest.mark.e2e


WEBHOOK_SECRET = "whsec-Secret_for_this_test_only_4711"
HASH_KEY = "hashkey-Secret_for_this_test_only_0815"
DB_PASSWORD = "dbpw-Secret_for_this_test_only_1234"


def secrets_of_the_run() -> dict[str, str]:
    """name -> value of every secret the run uses (the token's key part on its own too)."""
    return {"bot token": TOKEN, "bot token key": TOKEN.split(":")[1], "webhook secret": WEBHOOK_SECRET,
            "hash key": HASH_KEY, "database password": DB_PASSWORD}  # fmt: skip


def test_one_command_runs_the_whole_stack_for_telegram(tmp_path, rasa_model) -> None:
    with contextlib.ExitStack() as running:
        databases = {}
        if postgres_available():  # trust authentication: any password is accepted, and used
            url = running.enter_context(postgres_server()).replace("coach@", f"coach:{DB_PASSWORD}@")
            databases = {"SERVICECOACH_DATABASE_URL": url, "SERVICECOACH_TRACKER_URL": url}
        run_the_command(tmp_path, rasa_model, databases)
        files = [tmp_path / "out.log", *(tmp_path / "var").rglob("*.log")]
        logs = {path: path.read_text(errors="replace") for path in files}
    assert len(logs) >= 3  # the command's output and both servers' logs
    leaks = [(name, str(path)) for path, text in logs.items() for name, value in secrets_of_the_run().items()
             if value in text]  # fmt: skip
    assert leaks == []


def run_the_command(tmp_path: Path, rasa_model: Path, databases: dict[str, str]) -> None:
    user = new_user()
    env_file = tmp_path / ".env"
    env_file.write_text(f"TELEGRAM_BOT_TOKEN={TOKEN}\nTELEGRAM_WEBHOOK_SECRET={WEBHOOK_SECRET}\n")
    ports = {"SERVICECOACH_RASA_PORT": str(free_port()), "SERVICECOACH_ACTION_PORT": str(free_port())}
    hook_port = free_port()
    with FakeTelegram(TOKEN) as fake:
        env = {
            k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_URL")
        }
        env.update(
            SERVICECOACH_VAR_DIR=str(tmp_path / "var"),
            SERVICECOACH_ENV_FILE=str(env_file),
            TELEGRAM_API_BASE_URL=fake.base_url,
            TELEGRAM_ALLOWED_IDS=str(user.id),
            TELEGRAM_WEBHOOK_URL=f"http://127.0.0.1:{hook_port}/telegram",
            TELEGRAM_WEBHOOK_PORT=str(hook_port),
            SERVICECOACH_TELEGRAM_HASH_KEY=HASH_KEY,
            **databases,
            **ports,
        )
        log = (tmp_path / "out.log").open("w+")
        process = subprocess.Popen(
            [str(Path(sys.executable).parent / "servicecoach"), "telegram"],
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            fake.wait_for(lambda: fake.webhook.get("url"), 420, "the bot to set its webhook")
            assert fake.webhook["secret_token"] == WEBHOOK_SECRET
            fake.send_text(user, "/start")
            greeting = fake.wait_messages(user.id, 1, 180)
            assert "servicecoach" in greeting[0].text and greeting[0].buttons
            assert fake.unauthorized == 0  # the token from .env was used
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=120) == 0
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
    log.seek(0)
    output = log.read()
    assert "Stopping the coach" in output
    assert TOKEN not in output and TOKEN.split(":")[1] not in output  # never in the log
    for port in ports.values():  # both servers stopped with the bot
        with pytest.raises(httpx.HTTPError):
            httpx.get(f"http://127.0.0.1:{port}/", timeout=2)
    assert not (tmp_path / "var" / "telegram-hash.key").exists()  # the configured key, none made
