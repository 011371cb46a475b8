"""The app database's schema, managed by Alembic. The migrations live in this package
(bot/storage/migrations/versions/) and run in code: no alembic.ini is needed.

`ensure_schema(url)` upgrades a database to the newest revision once per process and URL;
every store calls it (through `db.engine_for`), and the servers call it when they start.
A database made before migrations existed (commit 579ccba and earlier: tables but no
`alembic_version`) is adopted by revision 0001, which creates only the tables it lacks."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, make_url
from sqlalchemy.exc import OperationalError

from bot.storage.db import raw_engine

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
LEGACY_TABLES = ("profiles", "selfcheck_runs", "invites", "members", "answer_log")  # any of them
_lock = threading.Lock()
_current: set[str] = set()  # URLs upgraded by this process


def alembic_config() -> Config:
    """Alembic's configuration for this package's migrations (run with a connection set in
    `config.attributes["connection"]`)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head() -> str:
    """The newest revision id."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(url: str) -> str | None:
    """The database's revision; None if it was never migrated (new, or made before 0001)."""
    with raw_engine(url).connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(url: str, revision: str = "head", attempts: int = 5) -> tuple[str | None, str | None]:
    """Upgrade to `revision`; returns (before, after). A second process upgrading the same
    SQLite file at the same moment makes this one wait and retry (OperationalError if it
    stays locked); on PostgreSQL an advisory lock (in env.py) puts them in line."""
    engine = raw_engine(url)
    for attempt in range(1, attempts + 1):
        try:
            with engine.begin() as conn:
                before = MigrationContext.configure(conn).get_current_revision()
                if before is None and _has_legacy_tables(conn):
                    log.info("app database without migration history: adopting it as revision 0001")
                config = alembic_config()
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
                after = MigrationContext.configure(conn).get_current_revision()
            return before, after
        except OperationalError as exc:
            if attempt == attempts or "locked" not in str(exc):
                raise
            time.sleep(0.2 * attempt)
    raise AssertionError("unreachable")


def ensure_schema(url: str) -> None:
    """Upgrade `url` to the newest revision, once per process (thread-safe)."""
    if url in _current:
        return
    with _lock:
        if url in _current:
            return
        before, after = upgrade(url)
        if before != after:
            log.info("app database upgraded from %s to %s", before or "nothing", after)
        _current.add(url)


def redact_url(url: str) -> str:
    """The URL with its password hidden, for printing."""
    return make_url(url).render_as_string(hide_password=True)


def _has_legacy_tables(conn) -> bool:
    names = set(inspect(conn).get_table_names())
    return any(name in names for name in LEGACY_TABLES)
