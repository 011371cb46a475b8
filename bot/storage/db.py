"""Open the app database once per process; its schema is brought up to date (Alembic,
see bot/storage/migrate.py) the first time a URL is opened."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import sessionmaker


@lru_cache(maxsize=4)
def raw_engine(url: str) -> Engine:
    """The process's engine for `url`, without touching the schema."""
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(conn, _record) -> None:  # durable, and concurrent readers
            cursor = conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

    return engine


def engine_for(url: str) -> Engine:
    """The engine for `url`, its schema upgraded to the newest revision (once per process)."""
    from bot.storage.migrate import ensure_schema

    ensure_schema(url)
    return raw_engine(url)


def sessions(url: str) -> sessionmaker:
    return sessionmaker(engine_for(url), expire_on_commit=False)
