"""Start-up progress for a person at a terminal: one line per stage, saying how long it
usually takes, finished with a tick and the time it took. What a stage took is kept in
var/startup-times.json (seconds per stage), so the next estimate is this machine's own.
Nothing else reaches the screen: servers and training write to their logs."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from bot.i18n import t

TIMES_FILE = "startup-times.json"


def wait_text(seconds: float, lang: str) -> str:
    """A wait as people say it: "5 s", "40 s", "3 min"."""
    if seconds < 90:
        return t("seconds", lang, n=max(1, round(seconds / 5) * 5 if seconds >= 10 else round(seconds)))
    return t("minutes", lang, n=round(seconds / 60))


class Progress:
    """`with progress.stage("startup_model", default=5): ...` prints
    "2/3 Checking the coach's language model (usually 5 s)… ✓ 3 s"."""

    def __init__(self, lang: str, var_dir: Path, total: int, enabled: bool = True, out: TextIO | None = None):
        self.lang, self.total, self.enabled = lang, total, enabled
        self.out = out or sys.stderr
        self.path = var_dir / TIMES_FILE
        self.number = 0
        self.started = time.monotonic()

    def _times(self) -> dict[str, float]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return {str(k): float(v) for k, v in data.items()} if isinstance(data, dict) else {}
        except (OSError, ValueError, TypeError):
            return {}

    def expected(self, key: str, default: float) -> float:
        """Seconds this stage took last time on this machine, else `default`."""
        return self._times().get(key, default)

    @contextmanager
    def stage(self, key: str, default: float, remember: bool = True) -> Iterator[None]:
        """One stage: its line (text `key` in the catalogue) before, the tick after. With
        `remember`, the time it took is the next estimate (training, which happens only
        after a change, is not remembered as the usual wait)."""
        self.number += 1
        began = time.monotonic()
        if self.enabled:
            what = t(key, self.lang)
            line = t("startup_stage", self.lang, n=self.number, total=self.total, what=what,
                     wait=wait_text(self.expected(key, default), self.lang))  # fmt: skip
            print(line, end="", file=self.out, flush=True)
        yield
        took = time.monotonic() - began
        if self.enabled:
            print(f" ✓ {wait_text(took, self.lang)}", file=self.out, flush=True)
        if remember:
            times = self._times()
            times[key] = round(took, 1)
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.path.write_text(json.dumps(times, indent=1), encoding="utf-8")
            except OSError:
                pass  # an estimate is a nicety; never fail a start on it

    def ready(self) -> None:
        if self.enabled:
            seconds = round(time.monotonic() - self.started)
            print(t("startup_ready", self.lang, seconds=seconds), file=self.out, flush=True)
