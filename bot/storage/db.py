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
    engine = create_engine(url, pool_pre_ping=True)  # a pooled connection that died is replaced
    if engine.dialect.name != "sqlite":
        _wait_for_a_restarting_server(engine)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(conn, _record) -> None:  # durable, and concurrent readers
            cursor = conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

    return engine


# A database server restarting (PostgreSQL: refused, "starting up", "shutting down") is
# waited for this long when a new connection is opened; a wrong password or database is not.
CONNECT_PATIENCE = 30.0
_RESTARTING = ("connection refused", "the database system is", "server closed the connection",
               "terminating connection", "connection reset")  # fmt: skip


def _restarting(exc: BaseException) -> bool:
    return isinstance(exc, Exception) and any(sign in str(exc).lower() for sign in _RESTARTING)


def server_restarting(exc: BaseException) -> bool:
    """True when `exc` is the database server going away under a statement (a restart cut
    the connection): the work may be done again on a new connection. A wrong query, a
    constraint or a bad password is not."""
    from sqlalchemy.exc import DBAPIError

    return isinstance(exc, DBAPIError) and (exc.connection_invalidated or _restarting(exc))


def _wait_for_a_restarting_server(engine: Engine) -> None:
    """New connections retry with backoff for up to CONNECT_PATIENCE seconds while the
    server restarts, so an action in flight waits instead of failing."""
    from tenacity import Retrying, retry_if_exception, stop_after_delay, wait_exponential

    @event.listens_for(engine, "do_connect")
    def _connect(dialect, _record, cargs, cparams):
        for attempt in Retrying(
            retry=retry_if_exception(_restarting),
            stop=stop_after_delay(CONNECT_PATIENCE),
            wait=wait_exponential(multiplier=0.2, max=2.0),
            reraise=True,
        ):
            with attempt:
                return dialect.connect(*cargs, **cparams)
        return None  # not reached: the last failure is raised


def engine_for(url: str) -> Engine:
    """The engine for `url`, its schema upgraded to the newest revision (once per process)."""
    from bot.storage.migrate import ensure_schema

    ensure_schema(url)
    return raw_engine(url)


def sessions(url: str) -> sessionmaker:
    return sessionmaker(engine_for(url), expire_on_commit=False)
