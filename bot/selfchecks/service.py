"""The self-check flow the chat drives: list, start or resume, answer, finish. Content is
re-read when a file changes, so new self-checks need no restart and no retraining."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.content.selfchecks import SelfCheck, SelfCheckError, for_role, load_selfchecks
from bot.selfchecks.scoring import Score, score
from bot.settings import Settings
from bot.storage.repository import Repository, RunState

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Step:
    """What the chat shows next: a question (position < total) or a finished result."""

    check: SelfCheck
    run: RunState
    position: int  # index of the next statement to answer
    result: Score | None = None

    @property
    def total(self) -> int:
        return len(self.check.statements)

    @property
    def done(self) -> bool:
        return self.result is not None


@dataclass
class SelfCheckService:
    settings: Settings
    known_ids: set[str] | Callable[[], set[str]] | None = None  # a callable: re-read on every call
    repo: Repository = field(init=False)
    _stamp: tuple = field(default=(), init=False)
    _checks: dict[str, SelfCheck] = field(default_factory=dict, init=False)
    _errors: list[SelfCheckError] = field(default_factory=list, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)

    def __post_init__(self) -> None:
        self.repo = Repository(self.settings.app_db_url)

    def _folder_stamp(self, folder: Path) -> tuple:
        return tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in folder.glob("*.y*ml")))

    def checks(self) -> dict[str, SelfCheck]:
        folder = self.settings.selfcheck_dir
        ids = self.known_ids() if callable(self.known_ids) else self.known_ids
        stamp = (self._folder_stamp(folder) if folder.is_dir() else (), tuple(sorted(ids or ())))
        with self._lock:
            if stamp != self._stamp:
                self._checks, self._errors = load_selfchecks(folder, ids)
                for error in self._errors:
                    log.error("self-check skipped: %s", error)
                self._stamp = stamp
            return self._checks

    @property
    def errors(self) -> list[SelfCheckError]:
        self.checks()
        return self._errors

    def role(self, user_id: str) -> str:
        profile = self.repo.profile(user_id)
        return profile.role if profile else "employee"

    def available(self, user_id: str) -> list[SelfCheck]:
        return for_role(self.checks(), self.role(user_id))

    def open_step(self, user_id: str) -> Step | None:
        run = self.repo.open_run(user_id)
        check = self.checks().get(run.check_id) if run else None
        return self._step(check, run) if check and run else None

    def start(self, user_id: str, check_id: str) -> Step | None:
        check = self.checks().get(check_id)
        if check is None:
            return None
        return self._step(check, self.repo.start_run(user_id, check_id))

    def answer(self, user_id: str, value: int) -> Step | None:
        """Record the answer to the current statement; None when no check is open."""
        step = self.open_step(user_id)
        if step is None:
            return None
        if step.run.paused:
            step = self._step(step.check, self.repo.start_run(user_id, step.check.id))
        statement = step.check.statement(step.position)
        run = self.repo.answer(step.run.run_id, statement.id, value)
        step = self._step(step.check, run)
        if step.done:
            self.repo.finish(run.run_id)
        return step

    def pause(self, user_id: str) -> Step | None:
        run = self.repo.pause(user_id)
        check = self.checks().get(run.check_id) if run else None
        return self._step(check, run) if check and run else None

    def history(self, user_id: str) -> list[tuple[SelfCheck, RunState, Score]]:
        out = []
        for run in self.repo.finished_runs(user_id):
            check = self.checks().get(run.check_id)
            if check and all(s.id in run.answers for s in check.statements):
                out.append((check, run, score(check, run.answers)))
        return out

    @staticmethod
    def _step(check: SelfCheck, run: RunState) -> Step:
        position = next(
            (i for i, s in enumerate(check.statements) if s.id not in run.answers), len(check.statements)
        )
        result = score(check, run.answers) if position == len(check.statements) else None
        return Step(check, run, position, result)
