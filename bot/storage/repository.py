"""Everything the coach stores about a user, behind plain functions. Each answer is
committed the moment it is given, so a restart loses nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select

from bot.storage.db import sessions
from bot.storage.models import Answer, ProcessedMessage, Profile, SelfCheckRun, now
from bot.storage.processed import claim_in
from bot.storage.profiles import ROLES, ProfileStore
from bot.storage.team_snapshots import TeamSnapshotStore

__all__ = ["ROLES", "Repository", "RunState"]


@dataclass(frozen=True)
class RunState:
    run_id: int
    check_id: str
    answers: dict[str, int]
    paused: bool
    finished: bool
    started_at: datetime
    finished_at: datetime | None


def _state(run: SelfCheckRun) -> RunState:
    return RunState(
        run.id,
        run.check_id,
        {a.statement_id: a.value for a in run.answers},
        run.paused,
        run.finished_at is not None,
        run.started_at,
        run.finished_at,
    )


class Repository:
    def __init__(self, url: str) -> None:
        self._sessions = sessions(url)
        self.profiles = ProfileStore(url)
        self.team_snapshots = TeamSnapshotStore(url)

    # profiles (kept in ProfileStore; here for the self-check code that reads the team)
    def profile(self, user_id: str) -> Profile | None:
        return self.profiles.profile(user_id)

    def set_profile(self, user_id: str, role: str, team: str | None) -> Profile:
        return self.profiles.set_profile(user_id, role, team)

    # self-check runs
    def open_run(self, user_id: str) -> RunState | None:
        """The unfinished run the user is in (or paused), most recent first."""
        with self._sessions() as s:
            run = s.scalars(
                select(SelfCheckRun)
                .where(SelfCheckRun.user_id == user_id, SelfCheckRun.finished_at.is_(None))
                .order_by(SelfCheckRun.id.desc())
            ).first()
            return _state(run) if run else None

    def start_run(self, user_id: str, check_id: str) -> RunState:
        """Resume this check's unfinished run if there is one; others are paused."""
        with self._sessions.begin() as s:
            runs = s.scalars(
                select(SelfCheckRun).where(
                    SelfCheckRun.user_id == user_id, SelfCheckRun.finished_at.is_(None)
                )
            ).all()
            current = next((r for r in runs if r.check_id == check_id), None)
            for run in runs:
                if run is not current:
                    s.delete(run)  # one open check at a time; an abandoned one is dropped
            if current is None:
                profile = s.get(Profile, user_id)
                current = SelfCheckRun(
                    user_id=user_id, check_id=check_id, team=profile.team if profile else None
                )
                s.add(current)
            current.paused = False
            s.flush()
            return _state(current)

    def answer(self, run_id: int, statement_id: str, value: int, once: str | None = None) -> RunState | None:
        """Store the answer (replacing an earlier one to the same statement). `once`: a claim
        key (bot/storage/processed.claim_key) committed with the answer; if it was claimed
        before, nothing changes and None is returned. LookupError for an unknown run."""
        with self._sessions.begin() as s:
            run = s.get(SelfCheckRun, run_id)
            if run is None:
                raise LookupError(f"no self-check run {run_id}")
            if once is not None and claim_in(s, once) is not None:
                return None
            existing = next((a for a in run.answers if a.statement_id == statement_id), None)
            if existing:
                existing.value, existing.answered_at = value, now()
            else:
                run.answers.append(Answer(statement_id=statement_id, value=value))
            s.flush()
            return _state(run)

    def was_processed(self, key: str) -> bool:
        """True when the claim key (bot/storage/processed.claim_key) was claimed already."""
        with self._sessions() as s:
            return s.get(ProcessedMessage, key) is not None

    def finish(self, run_id: int) -> None:
        with self._sessions.begin() as s:
            run = s.get(SelfCheckRun, run_id)
            if run is not None:
                run.finished_at, run.paused = now(), False

    def pause(self, user_id: str) -> RunState | None:
        with self._sessions.begin() as s:
            run = s.scalars(
                select(SelfCheckRun).where(
                    SelfCheckRun.user_id == user_id, SelfCheckRun.finished_at.is_(None)
                )
            ).first()
            if run is None:
                return None
            run.paused = True
            s.flush()
            return _state(run)

    def finished_runs(self, user_id: str) -> list[RunState]:
        with self._sessions() as s:
            runs = s.scalars(
                select(SelfCheckRun)
                .where(SelfCheckRun.user_id == user_id, SelfCheckRun.finished_at.is_not(None))
                .order_by(SelfCheckRun.finished_at)
            ).all()
            return [_state(r) for r in runs]

    def team_runs(self, team: str, check_id: str) -> list[tuple[str, RunState]]:
        """Finished runs of a team, oldest first, with whose they are (never shown)."""
        with self._sessions() as s:
            runs = s.scalars(
                select(SelfCheckRun)
                .where(
                    SelfCheckRun.team == team,
                    SelfCheckRun.check_id == check_id,
                    SelfCheckRun.finished_at.is_not(None),
                )
                .order_by(SelfCheckRun.finished_at)
            ).all()
            return [(r.user_id, _state(r)) for r in runs]

    def run_ids(self, user_id: str) -> list[int]:
        """Ids of all the user's runs (their charts are named by them)."""
        with self._sessions() as s:
            return list(s.scalars(select(SelfCheckRun.id).where(SelfCheckRun.user_id == user_id)).all())

    def forget(self, user_id: str) -> None:
        """Delete everything stored about the user (privacy: on request): self-checks and the
        profile (role, team, pinned language; and so the membership)."""
        with self._sessions.begin() as s:
            for run in s.scalars(select(SelfCheckRun).where(SelfCheckRun.user_id == user_id)).all():
                s.delete(run)
            s.execute(delete(Profile).where(Profile.user_id == user_id))
