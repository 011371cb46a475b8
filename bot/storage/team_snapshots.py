"""Team views as released to managers (see bot/selfchecks/team.py for the release rule).
A snapshot holds only aggregates and the ids of the runs behind them, never a user id."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from bot.storage.db import sessions
from bot.storage.models import TeamSnapshot


@dataclass(frozen=True)
class Snapshot:
    team: str
    check_id: str
    released_at: datetime
    participants: int
    runs: frozenset[int]
    averages: dict[str, float]


def _snapshot(row: TeamSnapshot) -> Snapshot:
    return Snapshot(
        row.team,
        row.check_id,
        row.released_at,
        row.participants,
        frozenset(int(r) for r in json.loads(row.runs)),
        {str(k): float(v) for k, v in json.loads(row.averages).items()},
    )


class TeamSnapshotStore:
    def __init__(self, url: str) -> None:
        self._sessions = sessions(url)

    def latest(self, team: str, check_id: str, count: int = 2) -> list[Snapshot]:
        """The `count` most recently released snapshots, newest first."""
        with self._sessions() as s:
            rows = s.scalars(
                select(TeamSnapshot)
                .where(TeamSnapshot.team == team, TeamSnapshot.check_id == check_id)
                .order_by(TeamSnapshot.id.desc())
                .limit(count)
            ).all()
            return [_snapshot(r) for r in rows]

    def release(self, team: str, check_id: str, runs: set[int], averages: dict[str, float]) -> Snapshot:
        """Store a newly released view (participants = one run per person)."""
        with self._sessions.begin() as s:
            row = TeamSnapshot(
                team=team,
                check_id=check_id,
                participants=len(runs),
                runs=json.dumps(sorted(runs)),
                averages=json.dumps(averages),
            )
            s.add(row)
            s.flush()
            return _snapshot(row)
