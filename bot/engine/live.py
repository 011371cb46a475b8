"""Live knowledge: the action server watches the knowledge folder, rebuilds the index in a
background thread (re-embedding only changed texts) and swaps it in at once. An edit with
errors is not published: the last good index keeps serving and admins get a notice."""

from __future__ import annotations

import logging
import threading
import time
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
NOTICE_DEDUPE_S = 60.0  # the same problem reported by several workers is one notice


@dataclass(frozen=True)
class ReloadOutcome:
    published: bool
    seconds: float
    embedded: int  # texts that had to be embedded (the rest came from the cache)
    problems: tuple[str, ...]


def _relevant(path: str) -> bool:
    name = Path(path).name
    return name.endswith(WATCHED_SUFFIXES) and not name.startswith((".", "~")) and not name.endswith("~")


class LiveKnowledge:
    """Holds the Searcher the actions use; `current` is always a complete index."""

    def __init__(self, settings: Settings, embedder: Embedder, searcher: Searcher) -> None:
        self.settings = settings
        self.embedder = embedder
        self._searcher = searcher
        self._swap_lock = threading.Lock()
        self._reload_lock = threading.Lock()  # one rebuild at a time
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_notice = ""
        self.generation = 0  # counts published rebuilds (tests and logs use it)
        self.last_outcome: ReloadOutcome | None = None

    @property
    def current(self) -> Searcher:
        with self._swap_lock:
            return self._searcher

    def reload(self) -> ReloadOutcome:
        """Check, rebuild and publish; on errors keep the previous index and tell admins."""
        from bot.content.validation import check_knowledge, errors_only

        with self._reload_lock:
            started = time.perf_counter()
            folder = self.settings.knowledge_dir
            problems = errors_only(check_knowledge(folder))
            selfcheck_dir = folder / "selfchecks"
            article_problems = [p for p in problems if selfcheck_dir not in p.path.parents]
            lines = tuple(self._describe(p) for p in problems)
            if problems:
                self._notify(lines, articles_kept=bool(article_problems))
            else:
                self._last_notice = ""
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

    def _notify(self, lines: tuple[str, ...], articles_kept: bool) -> None:
        head = (
            "Knowledge update NOT published; the coach keeps answering from the previous version."
            if articles_kept
            else "A self-check file has errors; it is skipped until fixed."
        )
        text = head + "\n" + "\n".join(lines[:20])
        for line in lines:
            log.error("knowledge problem: %s", line)
        if text == self._last_notice:
            return  # the same mistake saved twice is one notice
        self._last_notice = text
        try:
            from bot.storage.notices import NoticeStore

            NoticeStore(self.settings.app_db_url).add(text, dedupe_seconds=NOTICE_DEDUPE_S)
        except Exception:  # a notice must never stop the coach
            log.exception("could not record the admin notice")

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
