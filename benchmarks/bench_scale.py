"""Hybrid search on a synthetic knowledge base of 100,000 chunks (issue 14, point 3).

Dense part: generated unit vectors (384 dimensions, the bundled model's size) around one
topic centre per article, so neighbours are meaningful the way sentence embeddings are.
Lexical part: real BM25 (words and character n-grams, bot/engine/lexical.py) on generated
text made of the real Dutch and English words of knowledge/. Queries: a few topic words of
an article and a vector near its centre.

Measured: index build time (HNSW and BM25) and memory (serialised FAISS index, process
resident memory growth), hybrid search latency of the engine as shipped, and recall@10
against exact search: (a) dense units, HNSW vs exact flat search; (b) the articles the
hybrid search returns vs an exact hybrid search (every unit scored, every lexical match
fused, as the engine did before).

Run: .venv/bin/python -m benchmarks.bench_scale [--chunks N] (result in var/bench/scale.json)."""

from __future__ import annotations

import argparse
import os
import re
import time
from pathlib import Path

import faiss
import numpy as np
import psutil

from benchmarks.common import ROOT, save, summary
from bot.content.articles import Article
from bot.engine import search
from bot.engine.chunking import Chunk
from bot.engine.index import KnowledgeIndex, _lexical_indexes
from bot.engine.search import Searcher
from bot.engine.vector_index import build_vector_index, is_approximate, search_vectors

DIM = 384
CHUNKS_PER_ARTICLE = 5
QUERIES = 200
EXACT_QUERIES = 100  # the exact hybrid reference is slow by design (~0.2 s a query)
SEED = 14


class QueryVectors:
    """Stands in for the embedder at query time: each benchmark query has its vector."""

    def __init__(self) -> None:
        self.vectors: dict[str, np.ndarray] = {}

    def encode_query(self, texts: list[str]) -> np.ndarray:
        return np.stack([self.vectors[t] for t in texts])


def vocabulary(lang: str) -> list[str]:
    words: set[str] = set()
    for path in (ROOT / "knowledge" / lang).glob("*.md"):
        words |= {w.lower() for w in re.findall(r"[^\W\d_]{4,}", path.read_text(encoding="utf-8"))}
    return sorted(words)


def unit(vectors: np.ndarray) -> np.ndarray:
    return (vectors / np.linalg.norm(vectors, axis=-1, keepdims=True)).astype("float32")


def synthetic(chunks: int, rng: np.random.Generator) -> tuple[KnowledgeIndex, list, np.ndarray, float, float]:
    """(index without vectors, query specs, unit vectors, BM25 build s, vector gen s)."""
    n_articles = chunks // CHUNKS_PER_ARTICLE
    vocab = {lang: np.array(vocabulary(lang)) for lang in ("nl", "en")}
    topics = unit(rng.normal(size=(2_000, DIM)))
    article_topic = rng.integers(0, len(topics), n_articles)
    centres = unit(topics[article_topic] + 0.5 * unit(rng.normal(size=(n_articles, DIM))))
    noise = 0.35 * unit(rng.normal(size=(chunks, DIM)))
    vectors = unit(np.repeat(centres, CHUNKS_PER_ARTICLE, axis=0) + noise)
    articles: dict[tuple[str, str], Article] = {}
    rows: list[Chunk] = []
    topic_words: list[np.ndarray] = []
    for a in range(n_articles):
        lang = "nl" if a % 2 == 0 else "en"
        words = rng.choice(vocab[lang], 12, replace=False)
        topic_words.append(words)
        aid = f"synthetic-{a}"
        title = f"{words[0]} {words[1]}"
        articles[(aid, lang)] = Article(aid, lang, title, "employee", "", Path(f"{aid}.md"))
        for c in range(CHUNKS_PER_ARTICLE):
            text = " ".join(
                np.where(rng.random(60) < 0.4, rng.choice(words, 60), rng.choice(vocab[lang], 60))
            )
            rows.append(Chunk(aid, lang, f"{words[0]} {words[1]}", f"deel {c}", text))
    started = time.perf_counter()
    lexical_indexes = _lexical_indexes(rows)
    bm25_s = time.perf_counter() - started
    index = KnowledgeIndex(
        articles=articles,
        chunks=rows,
        vectors=faiss.IndexFlatIP(DIM),
        unit_chunk=np.arange(chunks, dtype="int64"),
        lexical=lexical_indexes,
        key="synthetic",
        errors=[],
    )
    specs = []
    for q in range(QUERIES):
        a = int(rng.integers(0, n_articles))
        lang = "nl" if a % 2 == 0 else "en"
        text = " ".join(rng.choice(topic_words[a], 4, replace=False)) + f" q{q}"
        vector = unit(centres[a] + 0.6 * unit(rng.normal(size=DIM)))
        specs.append((text, lang, vector))
    return index, specs, vectors, bm25_s, 0.0


def timed_search(
    searcher: Searcher, specs: list, top_k: int = 10, cpu: list[float] | None = None
) -> tuple[list[list[str]], list[float]]:
    """(article ids per query, wall-clock ms per query); CPU ms per query appended to `cpu`
    (this process's CPU time: robust to a machine shared with other work)."""
    results, times = [], []
    for text, lang, _ in specs:
        started, cpu_started = time.perf_counter(), time.process_time()
        found = searcher.search(text, lang, top_k=top_k)
        times.append((time.perf_counter() - started) * 1000)
        if cpu is not None:
            cpu.append((time.process_time() - cpu_started) * 1000)
        results.append([r.id for r in found])
    return results, times


def recall(found: list[list[str]], truth: list[list[str]]) -> float:
    return float(np.mean([len(set(f) & set(t)) / max(len(t), 1) for f, t in zip(found, truth, strict=True)]))


def main(chunks: int = 100_000) -> dict:
    rng = np.random.default_rng(SEED)
    process = psutil.Process()
    rss_before = process.memory_info().rss
    index, specs, vectors, bm25_s, _ = synthetic(chunks, rng)
    rss_text = process.memory_info().rss
    started = time.perf_counter()
    ann = build_vector_index(vectors)
    build_s = time.perf_counter() - started
    rss_after = process.memory_info().rss
    exact = faiss.IndexFlatIP(DIM)
    exact.add(vectors)

    embedder = QueryVectors()
    for text, _, vector in specs:
        embedder.vectors[text] = vector
    queries = np.stack([v for _, _, v in specs])
    _, truth_units = exact.search(queries, 10)
    _, ann_units = search_vectors(ann, queries, 10)
    dense_recall = recall([list(r) for r in ann_units], [list(r) for r in truth_units])

    index.vectors = ann
    shipped = Searcher(index, embedder)
    timed_search(shipped, specs[:10])  # warm-up
    cpu: list[float] = []
    found, times = timed_search(shipped, specs, cpu=cpu)

    exact_index = KnowledgeIndex(**{**index.__dict__, "vectors": exact})
    reference = Searcher(exact_index, embedder)
    saved = (search.SCORE_ALL_UNITS, search.FUSE_ALL_MATCHES)
    search.SCORE_ALL_UNITS, search.FUSE_ALL_MATCHES = 10**9, 10**9  # score and fuse everything
    try:
        truth, exact_times = timed_search(reference, specs[:EXACT_QUERIES])
    finally:
        search.SCORE_ALL_UNITS, search.FUSE_ALL_MATCHES = saved
    data = {
        "chunks": chunks,
        "dense_units": int(ann.ntotal),
        "articles": len(index.articles),
        "index_kind": "HNSW" if is_approximate(ann) else "flat",
        "build_s": {"hnsw": round(build_s, 1), "bm25": round(bm25_s, 1)},
        "memory_mb": {
            "faiss_index": round(len(faiss.serialize_index(ann)) / 2**20, 1),
            "rss_growth_chunks_and_bm25": round((rss_text - rss_before) / 2**20, 1),
            "rss_growth_hnsw": round((rss_after - rss_text) / 2**20, 1),
        },
        "hybrid_search_ms": summary(times),
        "hybrid_search_cpu_ms": summary(cpu),
        "load_average_1min": round(os.getloadavg()[0], 1),
        "exact_hybrid_search_ms": summary(exact_times),
        "recall_at_10": {
            "dense_units_hnsw_vs_exact": round(dense_recall, 4),
            "hybrid_articles_vs_exact_hybrid": round(recall(found[:EXACT_QUERIES], truth), 4),
        },
    }
    save("scale", data)
    return data


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=100_000)
    main(parser.parse_args().chunks)
