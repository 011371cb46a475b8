"""Live knowledge: the action server watches the knowledge folder, rebuilds the index in a
background thread (re-embedding only changed texts) and swaps it in at once. An edit with
errors is not published: the last good index keeps serving and admins get a notice."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.engine.embedder import Embedder
from bot.engine.index import build_index
from bot.engine.search import Searcher
from bot.settings import Settings

log = logging.getLogger(__name__)
WATCHED_SUFFIXES = (".md", ".yml", ".yaml")
# One save is one rebuild: a batch of changes is handled once the folder has been quiet for
# QUIET_MS (a save is a truncate, writes and a close, reported apart), at most DEBOUNCE_MS.
QUIET_MS = 250
DEBOUNCE_MS = 1600


@dataclass(frozen=True)
class ReloadOutcome:
    published: bool
    seconds: float
    embedded: int  # texts that had to be embedded (the rest came from the cache)
    problems: tuple[str, ...]


@dataclass(frozen=True)
class ReloadReport:
    """What a reload found wrong, for whoever the caller wired up (admin notices).
    problems: "path:line: message" lines; articles_kept: True when article errors held the
    whole update back (the previous index keeps serving), False when only self-check files
    are skipped."""

    problems: tuple[str, ...]
    articles_kept: bool


ProblemHandler = Callable[[ReloadReport], None]


def _relevant(path: str) -> bool:
    name = Path(path).name
    return name.endswith(WATCHED_SUFFIXES) and not name.startswith((".", "~")) and not name.endswith("~")


class LiveKnowledge:
    """Holds the Searcher the actions use; `current` is always a complete index."""

    def __init__(
        self,
        settings: Settings,
        embedder: Embedder,
        searcher: Searcher,
        on_problems: ProblemHandler | None = None,
    ) -> None:
        """on_problems: called once per new set of problems (the same mistake saved twice
        is one call); its exceptions are logged, never raised."""
        self.settings = settings
        self.on_problems = on_problems
        self.embedder = embedder
        self._searcher = searcher
        self._swap_lock = threading.Lock()
        self._reload_lock = threading.Lock()  # one rebuild at a time
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_report: ReloadReport | None = None
        self.generation = 0  # counts published rebuilds (tests and logs use it)
        self.last_outcome: ReloadOutcome | None = None

    @property
    def current(self) -> Searcher:
        with self._swap_lock:
            return self._searcher

    def reload(self) -> ReloadOutcome:
        """Check, rebuild and publish; on article errors keep the previous index. Problems
        go to the log and to `on_problems`."""
        from bot.content.validation import check_knowledge, errors_only

        with self._reload_lock:
            started = time.perf_counter()
            folder = self.settings.knowledge_dir
            problems = errors_only(check_knowledge(folder))
            selfcheck_dir = folder / "selfchecks"
            article_problems = [p for p in problems if selfcheck_dir not in p.path.parents]
            lines = tuple(self._describe(p) for p in problems)
            if problems:
                self._report(ReloadReport(lines, articles_kept=bool(article_problems)))
            else:
                self._last_report = None
            if article_problems:
                outcome = ReloadOutcome(False, time.perf_counter() - started, 0, lines)
                self.last_outcome = outcome
                return outcome
            embedded = [0]

            def progress(stage: str, done: int, total: int) -> None:
                embedded[0] = total

            index = build_index(folder, self.settings.cache_dir, self.embedder, progress)
            fresh = Searcher(index, self.embedder)
            with self._swap_lock:
                self._searcher = fresh
                self.generation += 1
            outcome = ReloadOutcome(True, time.perf_counter() - started, embedded[0], lines)
            self.last_outcome = outcome
            log.info(
                "knowledge reloaded in %.2fs: %d articles, %d texts embedded (generation %d)",
                outcome.seconds,
                len(index.articles),
                outcome.embedded,
                self.generation,
            )
            return outcome

    def _describe(self, problem) -> str:
        try:
            path = problem.path.relative_to(self.settings.knowledge_dir.parent)
        except ValueError:
            path = problem.path
        return f"{path}:{problem.line}: {problem.message}"

    def _report(self, report: ReloadReport) -> None:
        for line in report.problems:
            log.error("knowledge problem: %s", line)
        if report == self._last_report:
            return  # the same mistake saved twice is one report
        self._last_report = report
        if self.on_problems is None:
            return
        try:
            self.on_problems(report)
        except Exception:  # a report must never stop the coach
            log.exception("could not report the knowledge problems")

    # watching
    def start_watching(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._watch, name="knowledge-watcher", daemon=True)
        self._thread.start()

    def stop_watching(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _watch(self) -> None:
        from watchfiles import watch

        folder = self.settings.knowledge_dir
        log.info("watching %s for knowledge changes", folder)
        try:
            for changes in watch(
                folder,
                watch_filter=lambda _change, path: _relevant(path),
                debounce=DEBOUNCE_MS,
                step=QUIET_MS,
                stop_event=self._stop,
                raise_interrupt=False,
            ):
                log.info("knowledge changed: %s", ", ".join(sorted({Path(p).name for _, p in changes})))
                try:
                    self.reload()
                except Exception:  # keep watching; the last good index stays
                    log.exception("knowledge reload failed; the previous version stays live")
        except Exception:
            log.exception("knowledge watcher stopped")
