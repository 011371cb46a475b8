"""Answers are stored the moment they are given, in SQLite or PostgreSQL, and a team
picture appears only when enough people took part."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.content.articles import load_articles
from bot.content.selfchecks import load_selfcheck
from bot.selfchecks.service import SelfCheckService
from bot.selfchecks.team import team_result
from bot.settings import Settings
from bot.storage.repository import Repository
from tests.helpers import postgres_available, postgres_server

ROOT = Path(__file__).resolve().parents[2]
IDS = {a.id for a in load_articles(ROOT / "knowledge")[0]}
CHECK = load_selfcheck(ROOT / "knowledge" / "selfchecks" / "keeping-promises.yml", IDS)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'app.db'}"
    else:
        if not postgres_available():
            pytest.skip("PostgreSQL binaries not installed")
        with postgres_server() as url:
            yield url


def service(url: str) -> SelfCheckService:
    return SelfCheckService(Settings(database_url=url), known_ids=IDS)


def test_each_answer_is_saved_at_once_and_a_new_process_resumes(db_url: str) -> None:
    first = service(db_url)
    step = first.start("u1", CHECK.id)
    assert step.position == 0
    first.answer("u1", 4)
    first.answer("u1", 2)
    # a brand-new service (as after a restart of the action server) sees both answers
    again = service(db_url)
    step = again.open_step("u1")
    assert step.position == 2 and step.run.answers == {CHECK.statements[0].id: 4, CHECK.statements[1].id: 2}
    assert again.pause("u1").run.paused
    resumed = again.start("u1", CHECK.id)
    assert resumed.position == 2 and not resumed.run.paused
    for _ in range(resumed.position, resumed.total):
        step = again.answer("u1", 5).step
    assert step.done and step.result is not None
    assert again.open_step("u1") is None
    assert [c.id for c, _, _ in again.history("u1")] == [CHECK.id]


def test_forget_deletes_everything_of_one_user(db_url: str) -> None:
    svc = service(db_url)
    svc.repo.set_profile("gone", "manager", "t1")
    svc.start("gone", CHECK.id)
    svc.answer("gone", 3)
    svc.start("stays", CHECK.id)
    svc.repo.forget("gone")
    assert svc.repo.profile("gone") is None and svc.open_step("gone") is None
    assert svc.open_step("stays") is not None


def finish(svc: SelfCheckService, user: str, value: int) -> None:
    svc.start(user, CHECK.id)
    for _ in CHECK.statements:
        svc.answer(user, value)


def test_team_results_need_a_minimum_group(db_url: str) -> None:
    svc = service(db_url)
    for n in range(4):
        svc.repo.set_profile(f"member{n}", "employee", "front-desk")
        finish(svc, f"member{n}", 4)
    svc.repo.set_profile("elsewhere", "employee", "kitchen")
    finish(svc, "elsewhere", 1)
    assert team_result(svc.repo, CHECK, "front-desk", 5) is None  # 4 people: nothing shown

    svc.repo.set_profile("member4", "employee", "front-desk")
    finish(svc, "member4", 2)
    result = team_result(svc.repo, CHECK, "front-desk", 5)
    assert result.participants == 5 and result.trend is None
    expected = score_of(4) * 4 / 5 + score_of(2) / 5
    assert all(v == pytest.approx(expected[d], abs=0.01) for d, v in result.averages.items())

    for n in range(5):  # everyone does it again, better: a new picture, with a trend
        finish(svc, f"member{n}", 5)
    result = team_result(svc.repo, CHECK, "front-desk", 5)
    assert result.participants == 5
    assert result.trend is not None and set(result.trend) == set(result.averages)


def test_a_manager_comparing_two_views_learns_nothing_about_one_person(db_url: str) -> None:
    """The differencing attack: look before and after a sixth (seventh, ...) person finishes.
    The picture must not move until at least 5 new people are behind it."""
    svc = service(db_url)
    for n in range(5):
        svc.repo.set_profile(f"p{n}", "employee", "desk")
        finish(svc, f"p{n}", 3)
    before = team_result(svc.repo, CHECK, "desk", 5)
    assert before is not None and before.participants == 5
    for n, value in zip(range(5, 8), (1, 5, 1), strict=True):  # three newcomers, extreme answers
        svc.repo.set_profile(f"p{n}", "employee", "desk")
        finish(svc, f"p{n}", value)
        after = team_result(svc.repo, CHECK, "desk", 5)
        assert after == before  # same averages, same count: nothing to subtract
    finish(svc, "p0", 1)  # someone redoes the check: 4 new runs, still no new picture
    assert team_result(svc.repo, CHECK, "desk", 5) == before
    svc.repo.set_profile("p8", "employee", "desk")
    finish(svc, "p8", 5)  # the fifth new run since the last picture: a new picture of all nine
    released = team_result(svc.repo, CHECK, "desk", 5)
    assert released != before and released.participants == 9 and released.trend is not None
    # and a manager at another moment sees the same released picture (it is kept)
    assert team_result(service(db_url).repo, CHECK, "desk", 5) == released


def test_an_answer_counts_once_for_the_statement_it_was_made_for(db_url: str) -> None:
    svc = service(db_url)
    step = svc.start("tapper", CHECK.id)
    first = (step.run.run_id, CHECK.statements[0].id)
    # double tap: the same button twice (two taps, two message ids)
    assert svc.answer("tapper", 4, bound=first, message_id="tgq:1").outcome == "applied"
    twice = svc.answer("tapper", 4, bound=first, message_id="tgq:2")
    assert twice.outcome == "stale" and twice.step.position == 1
    # typed "3" for statement 2, then the old keyboard of statement 2 says 5
    second = (step.run.run_id, CHECK.statements[1].id)
    assert svc.answer("tapper", 3, message_id="line-1").outcome == "applied"
    assert svc.answer("tapper", 5, bound=second, message_id="tgq:3").outcome == "stale"
    # a retry of a message already applied (the same id) changes nothing
    assert svc.answer("tapper", 2, message_id="line-1").outcome == "repeat"
    # a button of another run, or of no run at all
    assert svc.answer("tapper", 2, bound=(step.run.run_id + 99, CHECK.statements[2].id)).outcome == "stale"
    assert svc.answer("tapper", 2, bound=(-1, None)).outcome == "stale"
    answers = svc.open_step("tapper").run.answers
    assert answers == {CHECK.statements[0].id: 4, CHECK.statements[1].id: 3}
    assert svc.open_step("tapper").position == 2


def test_a_check_outside_the_users_audience_is_not_started(db_url: str) -> None:
    svc = service(db_url)
    manager_only = next(c for c in svc.checks().values() if c.audience == "manager")
    svc.repo.set_profile("emp", "employee", "desk")
    assert svc.start("emp", manager_only.id) is None and svc.open_step("emp") is None
    svc.repo.set_profile("boss", "manager", "desk")
    assert svc.start("boss", manager_only.id) is not None


def score_of(value: int):
    from bot.selfchecks.scoring import score

    class Scaled(dict):
        def __mul__(self, k):
            return Scaled({d: v * k for d, v in self.items()})

        __rmul__ = __mul__

        def __truediv__(self, k):
            return Scaled({d: v / k for d, v in self.items()})

        def __add__(self, other):
            return Scaled({d: self[d] + other[d] for d in self})

    return Scaled(score(CHECK, {s.id: value for s in CHECK.statements}).per_dimension)


def test_repository_rejects_unknown_roles(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        Repository(f"sqlite:///{tmp_path / 'x.db'}").set_profile("u", "king", None)


def test_new_and_changed_selfcheck_files_are_picked_up_without_restart(tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    folder = knowledge / "selfchecks"
    folder.mkdir(parents=True)
    source = ROOT / "knowledge" / "selfchecks"
    (folder / "room-to-act.yml").write_text((source / "room-to-act.yml").read_text())
    svc = SelfCheckService(
        Settings(knowledge_dir=knowledge, database_url=f"sqlite:///{tmp_path / 'a.db'}"), known_ids=IDS
    )
    assert [c.id for c in svc.available("u")] == ["room-to-act"]
    (folder / "keeping-promises.yml").write_text((source / "keeping-promises.yml").read_text())
    assert sorted(c.id for c in svc.available("u")) == ["keeping-promises", "room-to-act"]
    (folder / "keeping-promises.yml").write_text("id: keeping-promises\naudience: nobody\n")
    assert [c.id for c in svc.available("u")] == ["room-to-act"]  # the broken one is skipped
    assert "audience" in str(svc.errors[0])
