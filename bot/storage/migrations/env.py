"""Alembic environment: runs on the connection that bot/storage/migrate.py passes in
(`config.attributes["connection"]`), inside its transaction."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from bot.storage.models import Base

PG_LOCK = 0x5C0AC4  # advisory lock id: one upgrader at a time on PostgreSQL


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run the migrations through bot.storage.migrate (it passes a connection)")
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": PG_LOCK})
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations_online()
