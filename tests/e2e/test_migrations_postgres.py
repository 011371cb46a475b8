"""The migrations on PostgreSQL (a throwaway server): a new database ends up exactly as the
models declare, and 0002 moves role and team from members into profiles there too."""

from __future__ import annotations

from datetime import datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from bot.storage.access import AccessStore
from bot.storage.db import raw_engine
from bot.storage.migrate import current_revision, ensure_schema, head, upgrade
from bot.storage.models import Base
from tests.helpers import postgres_available, postgres_server

pytestmark = pytest.mark.skipif(not postgres_available(), reason="PostgreSQL (initdb, pg_ctl) not installed")


def test_migrations_on_postgresql() -> None:
    with postgres_server() as url:
        assert upgrade(url, "0001") == (None, "0001")
        when = datetime(2024, 5, 1, 9, 0)
        with raw_engine(url).begin() as conn:  # rows as the code before migrations wrote them
            conn.execute(
                text("INSERT INTO profiles (user_id, role, team, created_at) VALUES "
                     "('a', 'manager', 'kitchen', :t), ('t', 'employee', NULL, :t)"),
                {"t": when},
            )  # fmt: skip
            conn.execute(
                text("INSERT INTO members (user_id, role, team, invite_id, joined_at) VALUES "
                     "('a', 'employee', 'bar', 1, :t), ('b', 'admin', NULL, NULL, :t)"),
                {"t": when},
            )  # fmt: skip
        ensure_schema(url)
        assert current_revision(url) == head()
        with raw_engine(url).connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        access = AccessStore(url)
        assert {(m.user_id, m.role, m.team) for m in access.members()} == {
            ("a", "employee", "bar"),  # the member's side wins
            ("b", "admin", None),  # a member without a profile gets one
        }
        assert access.repo.profile("t").role == "employee"
        access.profiles.set_language("a", "en")
        access.repo.forget("a")  # the profile goes, and with it the membership
        assert access.member("a") is None
        raw_engine(url).dispose()
