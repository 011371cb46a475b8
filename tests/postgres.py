"""A throwaway PostgreSQL server on loopback, for tests that must prove the
"PostgreSQL by configuration" promise."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import free_port


def available() -> bool:
    if not all(shutil.which(tool) for tool in ("initdb", "pg_ctl")):
        return False
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return False
    return True


def _as_postgres(cmd: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root; use its own account then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@contextmanager
def postgres_server() -> Iterator[str]:
    """Yields an SQLAlchemy URL of a fresh database; stops and removes it afterwards."""
    # its own folder under /tmp: pytest's folders are private to root, PostgreSQL's user
    # must be able to reach this one
    folder = Path(tempfile.mkdtemp(prefix="coach-pg-"))
    data = folder / "pgdata"
    if os.geteuid() == 0:
        pg = pwd.getpwnam("postgres")
        os.chown(folder, pg.pw_uid, pg.pw_gid)
    port = free_port()
    subprocess.run(
        _as_postgres(["initdb", "-D", str(data), "-U", "coach", "--auth=trust", "-E", "UTF8"]),
        check=True,
        capture_output=True,
    )
    options = f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={folder}"
    subprocess.run(
        _as_postgres(["pg_ctl", "-D", str(data), "-o", options, "-l", str(folder / "pg.log"), "-w", "start"]),
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://coach@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_postgres(["pg_ctl", "-D", str(data), "-m", "immediate", "stop"]), capture_output=True
        )
        shutil.rmtree(folder, ignore_errors=True)
