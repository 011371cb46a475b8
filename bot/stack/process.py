"""One server as a child process: its own process group and log file, a health URL,
and a stop that leaves no orphans behind."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx


class ServerError(RuntimeError):
    """A server did not come up; the message names it and its log file."""


@dataclass
class ManagedProcess:
    name: str
    command: list[str]
    health_url: str
    log_path: Path
    env: dict[str, str]
    cwd: Path
    headers: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen | None = None

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        try:
            self.process = subprocess.Popen(
                self.command,
                cwd=self.cwd,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        except OSError as exc:
            raise ServerError(
                f"The {self.name} could not be started ({exc.strerror}: {self.command[0]}). "
                "Run `make chat` once to install everything."
            ) from exc
        finally:
            log.close()

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def healthy(self) -> bool:
        try:
            return httpx.get(self.health_url, timeout=2.0, headers=self.headers).status_code == 200
        except httpx.HTTPError:
            return False

    def wait_healthy(self, timeout: float, tick: Callable[[], None] | None = None) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.alive:
                raise ServerError(
                    f"The {self.name} stopped while starting. See its log: {self.log_path}" + self.log_tail()
                )
            if self.healthy():
                return
            if tick:
                tick()
            time.sleep(0.5)
        raise ServerError(
            f"The {self.name} did not become ready within {timeout:.0f}s. "
            f"See its log: {self.log_path}" + self.log_tail()
        )

    def log_tail(self, lines: int = 5) -> str:
        try:
            tail = self.log_path.read_text(errors="replace").strip().splitlines()[-lines:]
        except OSError:
            return ""
        return "\nLast lines:\n  " + "\n  ".join(tail) if tail else ""

    def stop(self, grace: float = 10.0) -> None:
        """SIGTERM the whole process group, then SIGKILL whatever is left of it."""
        if self.process is None:
            return
        group = self.process.pid
        _signal_group(group, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=grace)
        _signal_group(group, signal.SIGKILL)  # children that outlived the leader
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=5.0)
        self.process = None


def _signal_group(group: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(group, sig)
