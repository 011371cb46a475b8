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
