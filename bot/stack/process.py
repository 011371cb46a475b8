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

# Seconds between two health checks while a server starts: a check is one local HTTP request,
# so a short interval costs next to nothing and the caller learns sooner that the server is up.
POLL_INTERVAL = 0.2


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
    _terminated: bool = field(default=False, repr=False)  # SIGTERM sent to the current process

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        self._terminated = False
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
            time.sleep(POLL_INTERVAL)
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

    def terminate(self) -> None:
        """SIGTERM the whole process group without waiting: `stop()` waits and cleans up. Lets a
        caller stop several servers side by side (bot/stack/stack.py `Stack.stop`)."""
        if self.process is not None and not self._terminated:
            _signal_group(self.process.pid, signal.SIGTERM)
            self._terminated = True

    def stop(self, grace: float = 10.0) -> None:
        """SIGTERM the whole process group (unless `terminate()` did), then SIGKILL whatever is
        left of it after `grace` seconds."""
        if self.process is None:
            return
        group = self.process.pid
        self.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=grace)
        _signal_group(group, signal.SIGKILL)  # children that outlived the leader
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=5.0)
        self.process = None
        self._terminated = False


def _signal_group(group: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(group, sig)
