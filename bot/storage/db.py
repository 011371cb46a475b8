"""Open the app database once per process; tables are created on first use."""

from __future__ import annotations

import threading
from functools import lru_cache

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import sessionmaker

from bot.storage.models import Base

_lock = threading.Lock()


@lru_cache(maxsize=4)
def engine_for(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        from pathlib import Path

        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(conn, _record) -> None:  # durable, and concurrent readers
            cursor = conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

    with _lock:
        Base.metadata.create_all(engine)
    return engine


def sessions(url: str) -> sessionmaker:
    return sessionmaker(engine_for(url), expire_on_commit=False)
