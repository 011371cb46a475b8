"""The one way the rest of the code gets a ready Searcher, built or loaded from cache.
In a long-running process (the action server) the Searcher is live: knowledge edits are
picked up without a restart (bot/engine/live.py)."""

from __future__ import annotations

import logging
import sys
import threading

from bot.engine.embedder import Embedder
from bot.engine.index import Progress, build_index
from bot.engine.live import LiveKnowledge, ProblemHandler, ReloadReport
from bot.engine.search import Searcher
from bot.settings import Settings, get_settings

log = logging.getLogger(__name__)
_lock = threading.Lock()
_live: dict[str, LiveKnowledge] = {}
_problem_handlers: list[ProblemHandler] = []


def on_reload_problems(handler: ProblemHandler) -> None:
    """Call `handler` when the live index finds invalid knowledge (the action server wires
    admin notices here; the engine itself knows nothing about them). Idempotent."""
    if handler not in _problem_handlers:
        _problem_handlers.append(handler)


def _report_problems(report: ReloadReport) -> None:
    for handler in list(_problem_handlers):
        handler(report)


def open_searcher(settings: Settings | None = None, progress: Progress | None = None) -> Searcher:
    """Build (or load) the index for the configured knowledge folder and model."""
    settings = settings or get_settings()
    embedder = Embedder(settings.embedding_model)
    index = build_index(settings.knowledge_dir, settings.cache_dir, embedder, progress)
    return Searcher(index, embedder)


def live_knowledge(settings: Settings | None = None) -> LiveKnowledge:
    """The process-wide live index; watching starts unless SERVICECOACH_LIVE_RELOAD=0."""
    settings = settings or get_settings()
    key = f"{settings.knowledge_dir}|{settings.embedding_model}"
    with _lock:
        if key not in _live:
            # the same per-file check as a live reload; held-back files are logged and reported
            live = LiveKnowledge.start(settings, Embedder(settings.embedding_model), _report_problems)
            if _should_watch(settings) and settings.knowledge_dir.is_dir():
                live.start_watching()
            _live[key] = live
        return _live[key]


def _should_watch(settings: Settings) -> bool:
    """Watch in the process that answers. `python -m rasa_sdk` imports the actions in its
    launcher too, but Sanic's worker processes (SANIC_WORKER_NAME set) do the serving."""
    if not settings.live_reload:
        return False
    launcher = sys.argv and sys.argv[0].replace("\\", "/").endswith("rasa_sdk/__main__.py")
    return not launcher or bool(settings.sanic_worker_name)


def shared_searcher(settings: Settings | None = None) -> Searcher:
    """The current process-wide Searcher (the action server calls this per request; keep
    the returned object for the whole answer so it comes from one index)."""
    return live_knowledge(settings).current
