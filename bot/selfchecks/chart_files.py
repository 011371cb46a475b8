"""The names of chart files in var/charts (settings.chart_dir), one place for whoever writes
them (actions/selfcheck.py) and deletes them (bot/privacy/forget.py). Light on purpose: no
matplotlib (bot/selfchecks/chart.py draws them).

A name carries a tag of the app database (`store_tag`): run numbers and team names are only
unique within one database, and two instances on one machine (a test stack beside the real one,
two teams' coaches) share var/charts when they share a var directory; until stop 61 the second
overwrote the first's "selfcheck-7-nl.png" and a user could be sent another user's chart. The tag
is a hash, so a database URL's password never shows in a file name."""

from __future__ import annotations

import hashlib
from pathlib import Path

TAG_LENGTH = 10  # hex characters: a clash between two databases is about one in 10**12


def store_tag(app_db_url: str) -> str:
    """The letters "db" and TAG_LENGTH hex characters of the SHA-256 of `app_db_url`: the same for one
    database, different for another; never a run number ("db" first)."""
    return "db" + hashlib.sha256(app_db_url.encode("utf-8")).hexdigest()[:TAG_LENGTH]


def selfcheck_chart(chart_dir: Path, app_db_url: str, run_id: int, lang: str) -> Path:
    """The chart of self-check run `run_id` of the database `app_db_url` in `lang`:
    <chart_dir>/selfcheck-<tag>-<run>-<lang>.png."""
    return Path(chart_dir) / f"selfcheck-{store_tag(app_db_url)}-{run_id}-{lang}.png"


def team_chart_file(chart_dir: Path, app_db_url: str, team: str, check_id: str, lang: str) -> Path:
    """The chart of `team`'s averages on check `check_id` in `lang`:
    <chart_dir>/team-<tag>-<team, letters and digits only, 40 at most>-<check>-<lang>.png."""
    safe_team = "".join(c if c.isalnum() else "-" for c in team)[:40]
    return Path(chart_dir) / f"team-{store_tag(app_db_url)}-{safe_team}-{check_id}-{lang}.png"


def selfcheck_charts(chart_dir: Path, app_db_url: str, run_id: int) -> list[Path]:
    """The chart files of run `run_id` of the database `app_db_url`, in any language: those named
    as `selfcheck_chart` names them, and those named before stop 61 (selfcheck-<run>-<lang>.png,
    no tag: they may be another database's run of the same number, redrawn when shown again)."""
    folder = Path(chart_dir)
    tagged = folder.glob(f"selfcheck-{store_tag(app_db_url)}-{run_id}-*.png")
    untagged = folder.glob(f"selfcheck-{run_id}-*.png")
    return sorted({*tagged, *untagged})
