"""Build the knowledge index (chunks, FAISS vectors, BM25) and persist it in a cache
folder keyed by content and model, so a restart loads instead of re-embedding."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from bot.content.articles import Article, ArticleError, load_articles
from bot.engine.article_classifier import ArticleClassifier, load_or_fit
from bot.engine.chunking import Chunk, chunk_article, dense_units
from bot.engine.embedder import Embedder
from bot.engine.embedding_cache import EmbeddingCache
from bot.engine.lexical import LexicalIndex
from bot.engine.vector_index import build_vector_index

log = logging.getLogger(__name__)

INDEX_FORMAT = "4"  # 2: overview dense unit without its questions; 3: key from parsed articles;
# 4: Dutch stems without adjective inflection (bot/engine/dutch_inflection.py)
Progress = Callable[[str, int, int], None]  # (stage, done, total)


def content_key(articles: list[Article], model_fingerprint: str) -> str:
    h = hashlib.sha256(f"{INDEX_FORMAT}|{model_fingerprint}".encode())
    for article in sorted(articles, key=lambda a: (str(a.path), a.lang)):
        h.update(repr(article).encode())  # the parsed version served (may be a last good copy)
    return h.hexdigest()[:16]


@dataclass
class KnowledgeIndex:
    articles: dict[tuple[str, str], Article]
    chunks: list[Chunk]
    vectors: faiss.Index
    unit_chunk: np.ndarray  # dense unit row -> chunk row
    lexical: dict[str, LexicalIndex]
    key: str
    errors: list[ArticleError]
    classifier: ArticleClassifier | None = None  # message -> article, None: fewer than 2 articles


def _lexical_indexes(chunks: list[Chunk]) -> dict[str, LexicalIndex]:
    by_lang: dict[str, list[int]] = {}
    for row, chunk in enumerate(chunks):
        by_lang.setdefault(chunk.lang, []).append(row)
    return {
        lang: LexicalIndex(lang, [chunks[r].search_text for r in rows], rows)
        for lang, rows in by_lang.items()
    }


def build_index(
    knowledge_dir: Path,
    cache_dir: Path,
    embedder: Embedder,
    progress: Progress | None = None,
    articles: list[Article] | None = None,
    previous: KnowledgeIndex | None = None,
) -> KnowledgeIndex:
    """Load from cache when content and model are unchanged; otherwise embed only the
    texts no earlier build has seen. articles: the versions to serve (live publishing
    passes them); None reads every file that loads. previous: the index served until now; a
    new article classifier starts from its classifier's weights (a live edit is served in
    about a second instead of half a minute: bot/engine/article_classifier.py)."""
    if articles is None:
        articles, errors = load_articles(knowledge_dir)
        articles = [a for a in articles if not a.draft]
    else:
        errors = []
    key = content_key(articles, embedder.fingerprint)
    folder = cache_dir / f"index-{key}"
    by_key = {a.key: a for a in articles}

    chunks: list[Chunk] = []
    units: list[str] = []
    unit_chunk: list[int] = []
    for article in articles:
        for chunk in chunk_article(article):
            row = len(chunks)
            chunks.append(chunk)
            for text in dense_units(chunk, article):
                units.append(text)
                unit_chunk.append(row)

    vectors = _load_vectors(folder, len(units))
    if vectors is None:
        cache = EmbeddingCache(cache_dir, embedder.fingerprint, embedder.dim)
        # Shortest first: a batch of texts of about one length pads little (measured s66, 2573
        # texts on the shared 2-core machine: 118 s CPU instead of 200 s in article order).
        todo = sorted(cache.missing(units), key=len)
        batch = 32
        if progress:
            progress("embedding", 0, len(todo))
        for start in range(0, len(todo), batch):
            part = todo[start : start + batch]
            cache.add(part, embedder.encode(part))
            if progress:
                progress("embedding", min(start + batch, len(todo)), len(todo))
        cache.save(keep=units)
        vectors = build_vector_index(cache.get(units).reshape(len(units), embedder.dim))
        _save_vectors(folder, vectors, len(units), cache_dir)

    return KnowledgeIndex(
        articles=by_key,
        chunks=chunks,
        vectors=vectors,
        unit_chunk=np.asarray(unit_chunk, dtype="int64"),
        lexical=_lexical_indexes(chunks),
        key=key,
        errors=errors,
        classifier=load_or_fit(folder, articles, previous.classifier if previous else None),
    )


def _load_vectors(folder: Path, expected: int) -> faiss.Index | None:
    """The cached vector index of `expected` vectors; None (and a log line saying why) when it
    is missing, unreadable or of the wrong size: the caller then rebuilds it."""
    path = folder / "vectors.faiss"
    if not path.exists():
        log.info("index cache %s is missing: building it", folder.name)
        return None
    try:
        index = faiss.read_index(str(path))
    except (RuntimeError, OSError) as exc:
        log.warning("index cache %s is damaged (%s): rebuilding it", path, str(exc).splitlines()[0][:200])
        return None
    if index.ntotal != expected:
        log.warning("index cache %s holds %d vectors, not %d: rebuilding it", path, index.ntotal, expected)
        return None
    return index


def _save_vectors(folder: Path, index: faiss.Index, units: int, cache_dir: Path) -> None:
    """Write into a temporary folder and rename it into place, so a reader never sees a
    half-written index; older index folders are removed."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = cache_dir / f".tmp-{folder.name}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    faiss.write_index(index, str(tmp / "vectors.faiss"))
    (tmp / "meta.json").write_text(json.dumps({"units": units, "format": INDEX_FORMAT}))
    try:
        os.replace(tmp, folder)
    except OSError:  # another process won the race; its copy is identical
        shutil.rmtree(tmp, ignore_errors=True)
    for old in cache_dir.glob("index-*"):
        if old != folder:
            shutil.rmtree(old, ignore_errors=True)
