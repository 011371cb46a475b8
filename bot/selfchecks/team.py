"""A team's picture for its manager: averages per dimension over each person's latest
check, and the change since the previous released picture. Individual answers never
leave this module.

Release rule (against differencing): a picture is released only from at least
`min_group` people, and a new picture replaces the last released one only when at least
`min_group` of the runs behind it are new (people who took the check for the first time
or again). Until then the manager sees the last released picture, unchanged. So two
pictures a manager can compare always differ by the answers of at least `min_group`
people, never by one person's: looking before and after a sixth person finishes shows
the same picture. Released pictures are kept (bot/storage/team_snapshots.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.content.selfchecks import SelfCheck
from bot.i18n import t
from bot.selfchecks.chart import render_chart
from bot.selfchecks.scoring import band_mins, score
from bot.storage.repository import Repository, RunState

MIN_GROUP_FLOOR = 3  # whatever the setting says, never fewer people than this


@dataclass(frozen=True)
class TeamResult:
    check_id: str
    participants: int
    averages: dict[str, float]
    trend: dict[str, float] | None  # change per dimension since the previous released picture


def _mean_scores(check: SelfCheck, runs: list[RunState]) -> dict[str, float]:
    totals: dict[str, list[float]] = {}
    for run in runs:
        for dim, value in score(check, run.answers).per_dimension.items():
            totals.setdefault(dim, []).append(value)
    return {dim: round(sum(v) / len(v), 2) for dim, v in totals.items()}


def _trend(now: dict[str, float], before: dict[str, float] | None) -> dict[str, float] | None:
    if before is None:
        return None
    return {dim: round(now[dim] - before[dim], 2) for dim in now if dim in before}


def team_result(repo: Repository, check: SelfCheck, team: str, min_group: int) -> TeamResult | None:
    """The released picture of `team` for `check` (releasing a new one when the rule above
    allows); None while no picture was ever released (fewer than `min_group`, at least 3,
    people took part)."""
    min_group = max(MIN_GROUP_FLOOR, min_group)
    latest: dict[str, RunState] = {}
    for user, run in repo.team_runs(team, check.id):  # oldest first: the last one wins
        if all(s.id in run.answers for s in check.statements):
            latest[user] = run
    released = repo.team_snapshots.latest(team, check.id, count=2)
    current = {run.run_id for run in latest.values()}
    last = released[0] if released else None
    new_runs = current - last.runs if last else current
    if len(current) >= min_group and len(new_runs) >= min_group:
        averages = _mean_scores(check, list(latest.values()))
        snapshot = repo.team_snapshots.release(team, check.id, current, averages)
        return TeamResult(check.id, snapshot.participants, averages, _trend(averages, last and last.averages))
    if last is None:
        return None
    before = released[1].averages if len(released) > 1 else None
    return TeamResult(check.id, last.participants, last.averages, _trend(last.averages, before))


def team_chart(
    result: TeamResult,
    check: SelfCheck,
    names: dict[str, str],
    title: str,
    path: Path,
    lang: str,
) -> Path:
    """The team's averages per part as a PNG (the chart of bot/selfchecks/chart.py), with
    the previous averages beside them when there is a trend. `names` maps a dimension to
    its readable name; `title` should name the check, the team and the participants."""
    scores = {names.get(d, d): v for d, v in result.averages.items()}
    before = None
    if result.trend:
        before = {
            names.get(d, d): v - result.trend[d] for d, v in result.averages.items() if d in result.trend
        }
    bands = band_mins(check)  # the colours follow the feedback text's bands
    flipped = any(s.reverse for s in check.statements)  # the axis says how reverse-scored ones count
    before_date = t("team_chart_before", lang)
    return render_chart(title, scores, path, check.scale, lang, before, before_date, bands, flipped)
