"""The app database's schema comes from Alembic migrations: a database made by the code
before them (commit 579ccba, tests/data/app-db-main-579ccba.sqlite, made by
tests/data/make_old_app_db.py) is upgraded without losing a row, a new one ends up exactly
as the models declare, and `servicecoach db upgrade` reports the revisions."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from bot.cli.main import main as cli
from bot.storage.access import AccessStore
from bot.storage.db import raw_engine
from bot.storage.migrate import current_revision, ensure_schema, head, upgrade
from bot.storage.models import Base
from bot.storage.profiles import ProfileStore

OLD_DB = Path(__file__).resolve().parents[1] / "data" / "app-db-main-579ccba.sqlite"
OLD_TABLES = {
    "profiles", "selfcheck_runs", "selfcheck_answers", "invites", "members", "member_chats",
    "answer_log", "answer_feedback", "knowledge_gaps", "admin_notices", "tip_subscriptions",
    "tips_sent", "telegram_callbacks",
}  # fmt: skip


def rows(db: Path) -> dict[str, list[dict]]:
    """Every row of every table (but alembic's), as dicts, in a stable order."""
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {
            name: sorted((dict(r) for r in conn.execute(f'SELECT * FROM "{name}"')), key=repr)
            for name in names
            if name != "alembic_version"
        }


def schema_diff(url: str) -> list:
    with raw_engine(url).connect() as conn:
        return compare_metadata(MigrationContext.configure(conn), Base.metadata)


def test_a_database_of_579ccba_is_upgraded_without_losing_a_row(tmp_path) -> None:
    db = tmp_path / "app.db"
    shutil.copy(OLD_DB, db)
    old = rows(db)
    assert set(old) == OLD_TABLES and all(old[name] for name in OLD_TABLES)  # data in every table

    url = f"sqlite:///{db}"
    assert current_revision(url) is None
    assert upgrade(url) == (None, head())
    new = rows(db)

    added = {"asker": None}  # 0004: a new column, empty on old rows
    for name in OLD_TABLES - {"profiles", "members"}:  # untouched tables: every row as it was
        kept = [{k: v for k, v in row.items() if k not in added or row[k] != added[k]} for row in new[name]]
        assert kept == old[name], name
    # members keep the membership; role and team moved to the profile, the member's winning
    assert new["members"] == sorted(
        ({k: m[k] for k in ("user_id", "invite_id", "joined_at")} for m in old["members"]), key=repr
    )
    members = {m["user_id"]: m for m in old["members"]}
    profiles = {p["user_id"]: p for p in new["profiles"]}
    assert set(profiles) == {p["user_id"] for p in old["profiles"]} | set(members)
    for profile in old["profiles"]:
        now = profiles[profile["user_id"]]
        source = members.get(profile["user_id"], profile)
        assert (now["role"], now["team"]) == (source["role"], source["team"])
        assert now["created_at"] == profile["created_at"]
        assert (now["language"], now["language_pinned"]) == (None, 0)
    assert (profiles["tg-bob"]["role"], profiles["tg-dave"]["team"]) == ("employee", "bar")
    assert schema_diff(url) == []

    access = AccessStore(url)  # the stores read the upgraded data
    assert {m.user_id: (m.role, m.team) for m in access.members()} == {
        uid: (m["role"], m["team"]) for uid, m in members.items()
    }
    assert [c.user_id for c in access.chats("admin")] == ["tg-carol"]
    assert access.repo.finished_runs("tg-alice")[0].answers == {"s1": 4, "s2": 5, "s3": 3}


def test_a_partial_old_database_gets_the_tables_it_lacked(tmp_path) -> None:
    """Before migrations each store made its own tables: an app.db that only the action
    server had opened has no Telegram tables."""
    db = tmp_path / "app.db"
    shutil.copy(OLD_DB, db)
    with sqlite3.connect(db) as conn:
        for name in ("telegram_callbacks", "tips_sent", "tip_subscriptions", "member_chats"):
            conn.execute(f"DROP TABLE {name}")
    url = f"sqlite:///{db}"
    ensure_schema(url)
    assert set(inspect(raw_engine(url)).get_table_names()) >= OLD_TABLES
    assert schema_diff(url) == []
    assert len(rows(db)["selfcheck_answers"]) == 4


def test_a_new_database_matches_the_models_and_the_last_step_goes_back(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    assert upgrade(url, "0001") == (None, "0001")
    assert schema_diff(url)  # the comparison does see a difference
    assert upgrade(url) == ("0001", head())
    assert schema_diff(url) == []

    store = AccessStore(url)
    code, _ = store.create_invite("manager", "t1")
    store.redeem("u", code)
    ProfileStore(url).set_language("u", "en")
    from alembic import command

    from bot.storage.migrate import alembic_config

    with raw_engine(url).begin() as conn:  # 0002 can be undone: role and team back on members
        config = alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    engine = create_engine(url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT role, team FROM members").all() == [("manager", "t1")]
    engine.dispose()


def test_ensure_schema_runs_once_even_from_many_threads(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            ensure_schema(url)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and current_revision(url) == head()


def test_the_cli_upgrades_and_prints_the_revisions(tmp_path, monkeypatch, capsys) -> None:
    db = tmp_path / "app.db"
    shutil.copy(OLD_DB, db)
    monkeypatch.setenv("SERVICECOACH_DATABASE_URL", f"sqlite:///{db}")
    assert cli(["db", "upgrade"]) == 0
    out = capsys.readouterr().out
    assert "revision before: none" in out and f"revision after:  {head()}" in out
    assert cli(["db", "upgrade"]) == 0
    assert f"revision before: {head()}" in capsys.readouterr().out
