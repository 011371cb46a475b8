"""`servicecoach telegram` as users run it: one command starts the action server, Rasa
and the bot (token from .env), answers in Telegram, and SIGTERM stops all three. This
starts its own servers on purpose: it tests the command that starts them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.fakes.telegram import FakeTelegram
from tests.helpers import ROOT, TOKEN, free_port, new_user

pytestmark = pytest.mark.e2e


def test_one_command_runs_the_whole_stack_for_telegram(tmp_path, rasa_model) -> None:
    user = new_user()
    env_file = tmp_path / ".env"
    env_file.write_text(f"TELEGRAM_BOT_TOKEN={TOKEN}\n")
    ports = {"SERVICECOACH_RASA_PORT": str(free_port()), "SERVICECOACH_ACTION_PORT": str(free_port())}
    with FakeTelegram(TOKEN) as fake:
        env = {
            k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_URL")
        }
        env.update(
            SERVICECOACH_VAR_DIR=str(tmp_path / "var"),
            SERVICECOACH_ENV_FILE=str(env_file),
            TELEGRAM_API_BASE_URL=fake.base_url,
            TELEGRAM_ALLOWED_IDS=str(user.id),
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
            fake.wait_for(lambda: fake.calls_of("getUpdates"), 420, "the bot to start polling")
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
    key = tmp_path / "var" / "telegram-hash.key"
    assert key.exists() and oct(key.stat().st_mode & 0o777) == "0o600"
