"""A team's picture for its manager: averages per dimension over each person's latest
check, and the change since their previous one. Shown only when enough people took part
that no single answer can be inferred; individual answers never leave this module."""

from __future__ import annotations

from dataclasses import dataclass

from bot.content.selfchecks import SelfCheck
from bot.selfchecks.scoring import score
from bot.storage.repository import Repository, RunState


@dataclass(frozen=True)
class TeamResult:
    check_id: str
    participants: int
    averages: dict[str, float]
    trend: dict[str, float] | None  # change per dimension since previous checks, if enough data


def _mean_scores(check: SelfCheck, runs: list[RunState]) -> dict[str, float]:
    totals: dict[str, list[float]] = {}
    for run in runs:
        for dim, value in score(check, run.answers).per_dimension.items():
            totals.setdefault(dim, []).append(value)
    return {dim: round(sum(v) / len(v), 2) for dim, v in totals.items()}


def team_result(repo: Repository, check: SelfCheck, team: str, min_group: int) -> TeamResult | None:
    """None when fewer than `min_group` (at least 3) people took part."""
    min_group = max(3, min_group)
    per_person: dict[str, list[RunState]] = {}
    for user, run in repo.team_runs(team, check.id):
        if all(s.id in run.answers for s in check.statements):
            per_person.setdefault(user, []).append(run)
    if len(per_person) < min_group:
        return None
    latest = [runs[-1] for runs in per_person.values()]
    previous = [runs[-2] for runs in per_person.values() if len(runs) > 1]
    averages = _mean_scores(check, latest)
    trend = None
    if len(previous) >= min_group:
        before = _mean_scores(check, previous)
        trend = {dim: round(averages[dim] - before[dim], 2) for dim in averages if dim in before}
    return TeamResult(check.id, len(per_person), averages, trend)
