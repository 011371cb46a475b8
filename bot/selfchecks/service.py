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
from bot.storage.processed import claim_key
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


ANSWER_EFFECT = "selfcheck_answer"


@dataclass(frozen=True)
class Answered:
    """The outcome of an answer: `applied` (stored; `step` is what comes next), `stale`
    (made for another statement or run: nothing stored; `step` is the one on screen) or
    `repeat` (this message was applied before: nothing stored again). `resumed`: the run
    was paused and this answer took it up again."""

    step: Step
    outcome: str  # "applied" | "stale" | "repeat"
    resumed: bool = False


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

    def available(self, user_id: str, role: str | None = None) -> list[SelfCheck]:
        """The checks for `role` (the caller's reading of who the user is: actions/selfcheck.py
        `checks_role`), else for the user's stored role."""
        return for_role(self.checks(), role or self.role(user_id))

    def allowed(self, user_id: str, check_id: str, role: str | None = None) -> bool:
        """True when the check is meant for the user's role (`role` when given, else the
        stored profile's; the manager checks hold nothing but the user's own answers), or
        is the check the user already has open (it was allowed when it started)."""
        if any(c.id == check_id for c in self.available(user_id, role)):
            return True
        run = self.repo.open_run(user_id)
        return run is not None and run.check_id == check_id

    def open_step(self, user_id: str) -> Step | None:
        run = self.repo.open_run(user_id)
        check = self.checks().get(run.check_id) if run else None
        return self._step(check, run) if check and run else None

    def start(self, user_id: str, check_id: str, role: str | None = None) -> Step | None:
        """Start or resume `check_id`; None when it does not exist or is not meant for the
        user's role (`role` as in `allowed`; authorisation lives here)."""
        check = self.checks().get(check_id)
        if check is None or not self.allowed(user_id, check_id, role):
            return None
        return self._step(check, self.repo.start_run(user_id, check_id))

    def answer(
        self,
        user_id: str,
        value: int,
        bound: tuple[int | None, str | None] | None = None,
        message_id: str | None = None,
    ) -> Answered | None:
        """Record `value` for the statement on screen, once; None when no check is open.

        `bound`: (run id, statement id) the answer was made for (a button); when they are not
        the run and statement on screen (a stale keyboard, a second tap) nothing is stored
        and the outcome is "stale". Without `bound` (typed) the answer is for the statement
        on screen. `message_id`: the message's id; a message already applied (a retry, a
        redelivery) stores nothing again and the outcome is "repeat"."""
        step = self.open_step(user_id)
        if step is None:
            return None
        once = claim_key(user_id, message_id, ANSWER_EFFECT) if message_id else None
        if once is not None and self.repo.was_processed(once):
            return Answered(step, "repeat")
        if bound is not None and not step.done:
            current = step.check.statement(step.position)
            if bound != (step.run.run_id, current.id):
                return Answered(step, "stale")
        resumed = step.run.paused
        if resumed:
            step = self._step(step.check, self.repo.start_run(user_id, step.check.id))
        statement = step.check.statement(step.position)
        run = self.repo.answer(step.run.run_id, statement.id, value, once=once)
        if run is None:  # the same message, applied a moment ago by a concurrent request
            return Answered(self.open_step(user_id) or step, "repeat")
        step = self._step(step.check, run)
        if step.done:
            self.repo.finish(run.run_id)
        return Answered(step, "applied", resumed=resumed)

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
