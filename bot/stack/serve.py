"""One server in the foreground, for a process manager (deploy/supervisord.conf):
`servicecoach serve rasa --port N` and `servicecoach serve actions --port N`. Everything else
comes from settings (bot/settings.py): the tracker store, the lock store and the app
database, the action endpoint (the load balancer's address in the production profile).
The command replaces this process (exec), so the manager's signals reach the server."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from bot.settings import Settings
from bot.stack.rasa_env import action_server_environment, rasa_environment, rasa_executable
from bot.stack.rasa_model import model_path

SERVERS = ("rasa", "actions")


def action_server_command(settings: Settings, port: int) -> tuple[list[str], dict[str, str]]:
    """(argv, environment) of one action server (rasa-sdk, the knowledge engine) on `port`."""
    env = action_server_environment(settings)
    argv = [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(port)]
    return argv, env


def rasa_server_command(settings: Settings, port: int, model: Path | None = None) -> tuple[list[str], dict]:
    """(argv, environment) of one Rasa server on `port` (REST channel, no HTTP API).
    `model`: SERVICECOACH_RASA_MODEL, else the model trained from this repo's data.
    Raises FileNotFoundError when that model does not exist (train it first)."""
    model = model or settings.rasa_model_override or model_path(settings)
    if not model.exists():
        raise FileNotFoundError(f"No Rasa model at {model}: run `servicecoach train` first")
    argv = [
        str(rasa_executable(settings)), "run",
        "--model", str(model),
        "--endpoints", str(settings.root / "endpoints.yml"),
        "--credentials", str(settings.root / "credentials.yml"),
        "--interface", settings.host,
        "--port", str(port),
    ]  # fmt: skip
    return argv, rasa_environment(settings)


def serve(settings: Settings, server: str, port: int) -> None:
    """Exec `server` ("rasa" or "actions") on `port`; returns only by raising
    (ValueError for an unknown server or bad setting, FileNotFoundError, OSError)."""
    if server == "rasa":
        argv, env = rasa_server_command(settings, port)
    elif server == "actions":
        from bot.storage.migrate import ensure_schema

        ensure_schema(settings.app_db_url)  # PostgreSQL: an advisory lock lines servers up
        argv, env = action_server_command(settings, port)
    else:
        raise ValueError(f"unknown server {server!r}; one of {', '.join(SERVERS)}")
    os.chdir(settings.root)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execvpe(argv[0], argv, env)
