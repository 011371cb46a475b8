"""The one way the rest of the code gets a ready Searcher, built or loaded from cache."""

from __future__ import annotations

import threading

from bot.engine.embedder import Embedder
from bot.engine.index import Progress, build_index
from bot.engine.search import Searcher
from bot.settings import Settings, get_settings

_lock = threading.Lock()
_cached: dict[str, Searcher] = {}


def open_searcher(settings: Settings | None = None, progress: Progress | None = None) -> Searcher:
    """Build (or load) the index for the configured knowledge folder and model."""
    settings = settings or get_settings()
    embedder = Embedder(settings.embedding_model)
    index = build_index(settings.knowledge_dir, settings.cache_dir, embedder, progress)
    return Searcher(index, embedder)


def shared_searcher(settings: Settings | None = None) -> Searcher:
    """A process-wide Searcher, built once (the action server calls this per request)."""
    settings = settings or get_settings()
    key = f"{settings.knowledge_dir}|{settings.embedding_model}"
    with _lock:
        if key not in _cached:
            _cached[key] = open_searcher(settings)
        return _cached[key]
