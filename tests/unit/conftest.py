"""Fixtures shared by the unit tests that run real actions on the real index."""

from __future__ import annotations

import pytest


@pytest.fixture()
def own_app_db(tmp_path, monkeypatch, searcher) -> None:
    """Each test its own SQLite app database (profiles, answers, feedback), one real index for all.

    The self-check service caches its database; it is dropped so that the next action opens the
    test's own file."""
    import actions.selfcheck

    monkeypatch.setenv("SERVICECOACH_DATABASE_URL", f"sqlite:///{tmp_path / 'app.db'}")
    monkeypatch.setattr(actions.selfcheck, "_service", None)
