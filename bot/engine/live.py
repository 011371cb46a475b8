"""Live knowledge: the action server watches the knowledge folder, rebuilds the index in a
background thread (re-embedding only changed texts) and swaps it in at once. Publishing is
per file (bot/content/publishing.py): a file with errors keeps its last good version (kept
in var/published/ across restarts) while the other files go live, and admins get a notice.
Start-up runs the same check. var/published/status.json says per file what is live, what is
held back and why, and when it was published (`servicecoach knowledge status` reads it)."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
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
    """What a reload found, for whoever the caller wired up (admin notices).
    problems: "path:line: message" lines; articles_kept: True when article files are held
    back (their last good version, if any, keeps serving; the other files went live), False
    when only self-check files are skipped. published: files that were held back before and
    are live now (a follow-up, e.g. when the second language of a new article arrived).
    at_startup: found by the check at start-up (a restart says again what is held back)."""

    problems: tuple[str, ...]
    articles_kept: bool
    published: tuple[str, ...] = ()
    at_startup: bool = False


def state_dir(settings: Settings) -> Path:
    """Where publishing keeps its state: last-good/ copies and status.json."""
    return settings.var_dir / "published"


def read_status(settings: Settings) -> dict | None:
    """The last status.json: {"updated_at": iso, "files": {rel: {"state", "reasons",
    "published_at", "sha"}}}, or None before the first publish."""
    try:
        return json.loads((state_dir(settings) / "status.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


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
        searcher: Searcher | None,
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
        self.generation = 0  # counts completed reloads (tests and logs use it)
        self._starting = False  # the first publish, at start-up
        self.last_outcome: ReloadOutcome | None = None

    @property
    def current(self) -> Searcher:
        with self._swap_lock:
            assert self._searcher is not None, "publish first (LiveKnowledge.start)"
            return self._searcher

    @classmethod
    def start(
        cls, settings: Settings, embedder: Embedder, on_problems: ProblemHandler | None = None
    ) -> LiveKnowledge:
        """Publish at start-up with the same per-file check as a live reload; files held
        back are logged and reported."""
        live = cls(settings, embedder, None, on_problems)
        live._starting = True
        try:
            live.reload()
        finally:
            live._starting = False
        live.generation = 0
        return live

    def reload(self) -> ReloadOutcome:
        """Check each file, rebuild from the valid ones (last good versions for files with
        errors) and publish. Problems go to the log and to `on_problems`."""
        from bot.content.publishing import HELD, LAST_GOOD, LIVE, keep_last_good, plan_publication
        from bot.content.validation import check_selfchecks, errors_only

        with self._reload_lock:
            started = time.perf_counter()
            folder = self.settings.knowledge_dir
            last_good = state_dir(self.settings) / "last-good"
            pub = plan_publication(folder, last_good)
            ids = {a.id for a in pub.articles}
            check_problems = errors_only(check_selfchecks(folder / "selfchecks", ids))
            problems = sorted(set(pub.problems)) + check_problems
            lines = tuple(self._describe(p) for p in problems)
            embedded = [0]

            def progress(stage: str, done: int, total: int) -> None:
                embedded[0] = total

            with self._swap_lock:
                served = self._searcher.index if self._searcher is not None else None
            index = build_index(
                folder, self.settings.cache_dir, self.embedder, progress, pub.articles, previous=served
            )
            fresh = Searcher(index, self.embedder)
            with self._swap_lock:
                self._searcher = fresh  # readers get the new index now; the rest is bookkeeping
            keep_last_good(pub, folder, last_good)
            previous = read_status(self.settings) or {}
            was_held = {
                rel for rel, f in (previous.get("files") or {}).items() if f.get("state") in (HELD, LAST_GOOD)
            }
            now_live = tuple(
                sorted(rel for rel, f in pub.files.items() if f.state == LIVE and rel in was_held)
            )
            self._write_status(pub, previous)
            held = [f for f in pub.files.values() if f.state in (HELD, LAST_GOOD)]
            if problems or now_live:
                self._report(
                    ReloadReport(lines, bool(held), published=now_live, at_startup=self._starting)
                )
            else:
                self._last_report = None
            outcome = ReloadOutcome(True, time.perf_counter() - started, embedded[0], lines)
            self.last_outcome = outcome
            # counted only when the reload is complete (index, status, notices), so whoever
            # waits for a generation sees all it did
            self.generation += 1
            log.info(
                "knowledge published in %.2fs: %d articles live, %d files held back, %d texts embedded "
                "(generation %d)",
                outcome.seconds,
                len(index.articles),
                len(held),
                outcome.embedded,
                self.generation,
            )
            for f in held:
                log.warning(
                    "held back: %s (%s): %s",
                    f.path,
                    "last good version served" if f.state == LAST_GOOD else "not served",
                    "; ".join(f.reasons),
                )
            return outcome

    def _write_status(self, pub, previous: dict) -> None:
        """status.json for `knowledge status`: published_at changes when a file's live
        content changes."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        old = previous.get("files") or {}
        files = {}
        for rel, f in pub.files.items():
            entry = {"state": f.state, "reasons": list(f.reasons)}
            before = old.get(rel) or {}
            if f.state == "live":
                sha = hashlib.sha256((self.settings.knowledge_dir / rel).read_bytes()).hexdigest()[:16]
                entry["sha"] = sha
                entry["published_at"] = before.get("published_at") if before.get("sha") == sha else now
            else:
                entry["sha"] = before.get("sha")
                entry["published_at"] = before.get("published_at")
            files[rel] = entry
        target = state_dir(self.settings) / "status.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".status-{os.getpid()}-{threading.get_ident()}.json")
        tmp.write_text(json.dumps({"updated_at": now, "files": files}, indent=1), encoding="utf-8")
        tmp.replace(target)

    def _describe(self, problem) -> str:  # noqa: D102 - "knowledge/nl/x.md:3: message"
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
