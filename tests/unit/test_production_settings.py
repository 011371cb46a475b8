"""The production profile is chosen by settings alone: the lock store and tracker store
variables Rasa's endpoints.yml reads, and the commands the process manager runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import Settings
from bot.stack.rasa_env import lock_store_environment, rasa_environment
from bot.stack.serve import action_server_command, rasa_server_command


def test_no_lock_store_url_means_in_memory() -> None:
    assert lock_store_environment("")["SERVICECOACH_LOCK_STORE_TYPE"] == "in_memory"


@pytest.mark.parametrize(
    ("url", "host", "port", "db", "password"),
    [
        ("redis://127.0.0.1:6380/2", "127.0.0.1", "6380", "2", ""),
        ("redis://cache.internal", "cache.internal", "6379", "0", ""),
        ("redis://:s3cr%40t@10.0.0.5:6379/1", "10.0.0.5", "6379", "1", "s3cr@t"),
        ("redis://user:pw@[::1]:7000", "::1", "7000", "0", "pw"),
    ],
)
def test_a_redis_url_becomes_rasas_lock_store_keys(url, host, port, db, password) -> None:
    env = lock_store_environment(url)
    assert env == {
        "SERVICECOACH_LOCK_STORE_TYPE": "bot.dialogue.lock_store.AtomicRedisLockStore",
        "SERVICECOACH_LOCK_STORE_HOST": host,
        "SERVICECOACH_LOCK_STORE_PORT": port,
        "SERVICECOACH_LOCK_STORE_DB": db,
        "SERVICECOACH_LOCK_STORE_PASSWORD": password,
    }


@pytest.mark.parametrize("url", ["memcached://x:1", "http://redis:6379", "redis://", "127.0.0.1:6379"])
def test_anything_but_a_redis_url_is_refused(url) -> None:
    with pytest.raises(ValueError, match="redis://"):
        lock_store_environment(url)


@pytest.mark.parametrize(
    "url",
    ["postgresql+psycopg://u:p@db:5432/t", "postgresql+psycopg2://u:p@db:5432/t", "postgres://u:p@db:5432/t",
     "postgresql://u:p@db:5432/t"],
)  # fmt: skip
def test_any_postgresql_url_reaches_rasa_with_the_driver_it_has(url) -> None:
    env = rasa_environment(Settings(tracker_url=url))
    assert env["SERVICECOACH_TRACKER_URL"] == "postgresql://u:p@db:5432/t"
    assert env["SERVICECOACH_TRACKER_DIALECT"] == "postgresql"


def test_secrets_of_the_lock_store_stay_out_of_repr() -> None:
    assert "s3cret" not in repr(Settings(lock_store_url="redis://:s3cret@h:6379/0"))


def test_serve_commands_take_everything_from_settings(tmp_path: Path) -> None:
    model = tmp_path / "model.tar.gz"
    model.write_bytes(b"")
    s = Settings(var_dir=tmp_path, action_port=9055, lock_store_url="redis://127.0.0.1:6390/0",
                 database_url="postgresql+psycopg://c@db/app", rasa_model_override=model)  # fmt: skip
    argv, env = rasa_server_command(s, 9105)
    assert argv[argv.index("--port") + 1] == "9105" and argv[argv.index("--model") + 1] == str(model)
    assert env["SERVICECOACH_ACTION_URL"] == "http://127.0.0.1:9055/webhook"  # the balancer
    assert env["SERVICECOACH_LOCK_STORE_PORT"] == "6390"
    argv, env = action_server_command(s, 9155)
    assert argv[-2:] == ["--port", "9155"]
    assert env["SERVICECOACH_DATABASE_URL"] == "postgresql+psycopg://c@db/app"


def test_serve_rasa_without_a_model_says_so(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="servicecoach train"):
        rasa_server_command(Settings(rasa_model_override=tmp_path / "missing.tar.gz"), 9105)


RASA_CHECK = """
import asyncio, sys
from rasa.core.tracker_store import TrackerStore
from rasa.core.utils import read_endpoints_from_path
from rasa.shared.core.domain import Domain
from sqlalchemy.exc import OperationalError, ProgrammingError
from bot.dialogue import tracker_store as ts

store = TrackerStore.create(read_endpoints_from_path(sys.argv[1]).tracker_store, Domain.empty())
assert type(store) is ts.PatientSQLTrackerStore, type(store)  # never Rasa's silent in-memory fallback
ts.FIRST_WAIT = 0.01
calls = []
async def flaky(kind):
    calls.append(kind)
    if len(calls) < 3:
        raise kind("SELECT 1", {}, Exception("server closed the connection unexpectedly"))
    return "ok"
assert asyncio.run(ts.patiently(flaky, OperationalError)) == "ok" and len(calls) == 3
calls.clear()
try:
    asyncio.run(ts.patiently(flaky, ProgrammingError))  # a bad query is not retried
except ProgrammingError:
    assert len(calls) == 1
calls.clear()
try:
    asyncio.run(ts.patiently(flaky, OperationalError, seconds=0.0))  # the budget ends the wait
except OperationalError:
    assert len(calls) == 1
print("checked")
"""


def test_rasa_loads_the_patient_tracker_store_and_it_waits_out_only_connection_problems(tmp_path) -> None:
    import subprocess

    from bot.stack.rasa_env import rasa_environment

    settings = Settings(var_dir=tmp_path)
    if not (settings.rasa_venv / "bin" / "python").exists():
        pytest.skip("Rasa's virtualenv is not installed")
    python = str(settings.rasa_venv / "bin" / "python")
    done = subprocess.run([python, "-c", RASA_CHECK, str(settings.root / "endpoints.yml")], cwd=tmp_path,
                          env=rasa_environment(settings), capture_output=True, text=True,
                          timeout=300)  # fmt: skip
    assert done.returncode == 0 and "checked" in done.stdout, done.stderr[-2000:]


def test_child_processes_let_idle_openmp_threads_sleep_unless_told_otherwise(monkeypatch):
    """Rasa and the action server get OMP_WAIT_POLICY=PASSIVE (less CPU, the same results), and
    an operator's own value wins (stop 67)."""
    monkeypatch.delenv("OMP_WAIT_POLICY", raising=False)
    assert rasa_environment(Settings())["OMP_WAIT_POLICY"] == "PASSIVE"
    monkeypatch.setenv("OMP_WAIT_POLICY", "ACTIVE")
    assert rasa_environment(Settings())["OMP_WAIT_POLICY"] == "ACTIVE"
