"""Stop 61: chart files were named by run number only (var/charts/selfcheck-<n>-<lang>.png, and
team-<team>-<check>-<lang>.png), whatever the database: two instances on one machine overwrote each
other's charts, and a user could be sent another user's. A name now carries a tag of the app
database (bot/selfchecks/chart_files.py), and /vergeet deletes this database's charts of a run
(bot/privacy/forget.py)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

import actions.selfcheck as action
from bot.content.selfchecks import load_selfchecks
from bot.selfchecks.chart_files import selfcheck_chart, selfcheck_charts, store_tag, team_chart_file
from bot.selfchecks.scoring import score
from bot.settings import get_settings

DATABASES = [
    "sqlite:////srv/coach-a/var/app.db",
    "sqlite:////srv/coach-b/var/app.db",
    "postgresql+psycopg://coach:secret@db:5432/coach",
    "postgresql+psycopg://coach:secret@db:5432/coach_test",
]


def test_one_database_one_tag_and_another_another() -> None:
    tags = [store_tag(url) for url in DATABASES]
    assert len(set(tags)) == len(tags)
    assert tags == [store_tag(url) for url in DATABASES]  # stable
    assert all(tag.startswith("db") and len(tag) == 12 for tag in tags)
    assert not any("secret" in tag or "coach" in tag for tag in tags)  # a hash: no password shows


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_same_run_number_of_two_databases_is_two_files(lang: str, tmp_path: Path) -> None:
    paths = {selfcheck_chart(tmp_path, url, 7, lang) for url in DATABASES}
    assert len(paths) == len(DATABASES)
    teams = {team_chart_file(tmp_path, url, "Balie Noord", "keeping-promises", lang) for url in DATABASES}
    assert len(teams) == len(DATABASES)
    assert all(p.parent == tmp_path and " " not in p.name for p in teams)


def test_two_instances_drawing_run_7_do_not_overwrite_each_other(monkeypatch, tmp_path: Path) -> None:
    check = load_selfchecks(get_settings().selfcheck_dir)[0]["keeping-promises"]
    step = SimpleNamespace(check=check, run=SimpleNamespace(run_id=7))
    drawn = []
    for url, value in ((DATABASES[0], 2), (DATABASES[1], 5)):
        settings = SimpleNamespace(chart_dir=tmp_path, app_db_url=url)
        monkeypatch.setattr(action, "get_settings", lambda settings=settings: settings)
        uri = action._chart(step, score(check, {s.id: value for s in check.statements}), "nl")
        assert uri is not None
        drawn.append(Path(uri.removeprefix("file://")))
    first, second = drawn
    assert first != second and first.exists() and second.exists()
    assert first.read_bytes() != second.read_bytes()  # the first's chart is still its own


def test_forget_finds_this_databases_charts_of_a_run_only(tmp_path: Path) -> None:
    mine, other = DATABASES[0], DATABASES[1]
    own = [selfcheck_chart(tmp_path, mine, 7, lang) for lang in ("nl", "en")]
    theirs = [selfcheck_chart(tmp_path, other, 7, "nl"), selfcheck_chart(tmp_path, mine, 70, "nl")]
    legacy = tmp_path / "selfcheck-7-nl.png"  # named before stop 61
    for path in (*own, *theirs, legacy):
        path.write_bytes(b"png")
    assert set(selfcheck_charts(tmp_path, mine, 7)) == {*own, legacy}
    assert set(selfcheck_charts(tmp_path, other, 7)) == {theirs[0], legacy}
    assert selfcheck_charts(tmp_path, mine, 8) == []


def test_forget_deletes_by_the_same_names() -> None:
    from bot.privacy import forget

    assert forget.selfcheck_charts is selfcheck_charts
