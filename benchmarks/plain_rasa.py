"""The yardstick: a plain Rasa bot (`rasa init` project, no action server), trained once
with the same Rasa as the coach and served over the same REST channel on this machine.

`plain_model()` trains it when missing (cached in var/bench/plain-rasa/, training time
kept in train_seconds.txt); `PlainRasa(port)` serves it as a context manager."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

from benchmarks.common import RESULTS
from bot.settings import get_settings
from bot.stack.process import ManagedProcess
from bot.stack.rasa_env import rasa_environment, rasa_executable

FOLDER = RESULTS / "plain-rasa"
GREETING = "hello"


def _env() -> dict[str, str]:
    return {**rasa_environment(get_settings()), "RASA_CACHE_DIRECTORY": str(FOLDER / ".rasa-cache")}


def plain_model() -> tuple[Path, float]:
    """(model path, training seconds): the `rasa init` project, trained here once."""
    model = FOLDER / "models" / "plain.tar.gz"
    seconds = FOLDER / "train_seconds.txt"
    if model.exists() and seconds.exists():
        return model, float(seconds.read_text())
    shutil.rmtree(FOLDER, ignore_errors=True)
    FOLDER.mkdir(parents=True)
    rasa = str(rasa_executable(get_settings()))
    started = time.perf_counter()  # `rasa init --no-prompt` writes the project and trains it
    subprocess.run([rasa, "init", "--no-prompt", "--init-dir", str(FOLDER)], env=_env(), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, input=b"")
    took = time.perf_counter() - started
    trained = max((FOLDER / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    trained.rename(model)
    seconds.write_text(f"{took:.1f}")
    return model, took


class PlainRasa:
    """`with PlainRasa(port) as bot:` serves the plain bot at bot.url (process id bot.pid)."""

    def __init__(self, port: int) -> None:
        model, _ = plain_model()
        self.url = f"http://127.0.0.1:{port}"
        self.process = ManagedProcess(
            name="plain Rasa server",
            command=[str(rasa_executable(get_settings())), "run", "--model", str(model), "--credentials",
                     "credentials.yml", "--interface", "127.0.0.1", "--port", str(port)],
            health_url=f"{self.url}/",
            log_path=FOLDER / "rasa-server.log",
            env=_env(),
            cwd=FOLDER,
        )
        self.started = 0.0

    @property
    def pid(self) -> int:
        assert self.process.process is not None, "not started"
        return self.process.process.pid

    def __enter__(self) -> PlainRasa:
        self.started = time.perf_counter()
        self.process.start()
        self.process.wait_healthy(timeout=300)
        return self

    def __exit__(self, *exc: object) -> None:
        self.process.stop()
