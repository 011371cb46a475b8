"""The dense index: exact below the size threshold, HNSW at and above it, and the HNSW
answers agree with exact search (recall@10 >= 0.95) on real FAISS indexes."""

from __future__ import annotations

import faiss
import numpy as np
import pytest

from bot.engine import lexical
from bot.engine.lexical import LexicalIndex
from bot.engine.search import best_per_chunk, dense_candidates
from bot.engine.vector_index import ANN_THRESHOLD, build_vector_index, is_approximate, search_vectors

DIM = 96


def clustered(n: int, seed: int, clusters: int = 200) -> np.ndarray:
    """Unit vectors around random topic centres, the shape sentence embeddings have."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(clusters, DIM))
    vectors = centres[rng.integers(0, clusters, n)] + 0.6 * rng.normal(size=(n, DIM))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors.astype("float32")


@pytest.fixture(scope="module")
def base() -> np.ndarray:
    return clustered(ANN_THRESHOLD, seed=1)


def test_small_base_is_searched_exactly(base: np.ndarray) -> None:
    index = build_vector_index(base[: ANN_THRESHOLD - 1])
    assert not is_approximate(index)
    assert isinstance(index, faiss.IndexFlatIP)


def test_large_base_uses_hnsw_with_recall_at_10_of_at_least_095(base: np.ndarray) -> None:
    ann = build_vector_index(base)
    assert is_approximate(ann) and ann.ntotal == ANN_THRESHOLD
    exact = faiss.IndexFlatIP(DIM)
    exact.add(base)
    queries = clustered(200, seed=2)
    _, truth = exact.search(queries, 10)
    scores, found = search_vectors(ann, queries, 10)
    recall = np.mean([len(set(t) & set(f)) / 10 for t, f in zip(truth, found, strict=True)])
    assert recall >= 0.95, recall
    assert np.all(np.diff(scores, axis=1) <= 1e-6)  # best first


def test_search_caps_k_at_the_index_size() -> None:
    index = build_vector_index(clustered(3, seed=3))
    scores, rows = search_vectors(index, clustered(1, seed=4), 50)
    assert sorted(rows[0].tolist()) == [0, 1, 2]


def test_best_per_chunk_keeps_each_chunks_first_and_best_unit() -> None:
    scores = np.array([0.9, 0.8, 0.7, 0.5, 0.0], dtype="float32")
    units = np.array([3, 0, 1, 2, -1])
    unit_chunk = np.array([0, 1, 1, 0])  # units 0, 3 -> chunk 0; units 1, 2 -> chunk 1
    assert best_per_chunk(scores, units, unit_chunk) == pytest.approx({0: 0.9, 1: 0.7})


def test_small_bases_score_every_unit_large_ones_a_bounded_number() -> None:
    assert dense_candidates(2_000) == 2_000
    assert dense_candidates(100_000) == dense_candidates(1_000_000) < 2_000


def test_lexical_matches_are_capped_to_the_best(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [f"klacht nummer {i} " + "klacht " * (i % 7) for i in range(300)]
    index = LexicalIndex("nl", texts, list(range(1000, 1300)))
    full = index.scores("klacht")
    monkeypatch.setattr(lexical, "LEXICAL_CANDIDATES", 20)
    capped = index.scores("klacht")
    assert len(full) == 300 and len(capped) == 20
    best = sorted(full.values(), reverse=True)[:20]
    assert sorted(capped.values(), reverse=True) == best
    assert all(full[row] == value for row, value in capped.items())


def test_hybrid_search_with_a_bounded_dense_candidate_set_matches_scoring_everything(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A large base fetches only the best dense units; the lexical candidates' articles get
    their exact dense scores, so the fused ranking matches scoring every unit."""
    from pathlib import Path

    from bot.content.articles import Article
    from bot.engine import search as search_module
    from bot.engine.chunking import Chunk
    from bot.engine.index import KnowledgeIndex, _lexical_indexes
    from bot.engine.search import Searcher

    rng = np.random.default_rng(7)
    words = np.array([f"woord{i}" for i in range(400)])
    n_articles, per_article = 300, 4
    centres = clustered(n_articles, seed=8)
    vectors = np.repeat(centres, per_article, axis=0) + 0.3 * clustered(n_articles * per_article, seed=9)
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype("float32")
    articles, chunks, topics = {}, [], []
    for a in range(n_articles):
        topic = rng.choice(words, 8, replace=False)
        topics.append(topic)
        articles[(f"a{a}", "nl")] = Article(f"a{a}", "nl", f"titel {a}", "employee", "", Path(f"a{a}.md"))
        for c in range(per_article):
            text = " ".join(np.where(rng.random(40) < 0.3, rng.choice(topic, 40), rng.choice(words, 40)))
            chunks.append(Chunk(f"a{a}", "nl", f"titel {a}", f"deel {c}", text))
    exact = faiss.IndexFlatIP(DIM)
    exact.add(vectors)
    index = KnowledgeIndex(articles, chunks, exact, np.arange(len(chunks)), _lexical_indexes(chunks), "t", [])

    class QueryVectors:  # the query side of the embedder: generated vectors, as the base's
        def __init__(self) -> None:
            self.by_text: dict[str, np.ndarray] = {}

        def encode_query(self, texts: list[str]) -> np.ndarray:
            return np.stack([self.by_text[t] for t in texts])

    embedder = QueryVectors()
    queries = []
    for q in range(30):
        a = int(rng.integers(0, n_articles))
        text = " ".join(rng.choice(topics[a], 3, replace=False)) + f" v{q}"
        noisy = centres[a] + 0.05 * np.random.default_rng(q).normal(size=DIM)
        embedder.by_text[text] = (noisy / np.linalg.norm(noisy)).astype("float32")
        queries.append(text)
    searcher = Searcher(index, embedder)
    everything = [[r.id for r in searcher.search(q, "nl", top_k=10)] for q in queries]
    monkeypatch.setattr(search_module, "SCORE_ALL_UNITS", 100)
    monkeypatch.setattr(search_module, "DENSE_CANDIDATES", 40)
    bounded = [[r.id for r in searcher.search(q, "nl", top_k=10)] for q in queries]
    recall = np.mean([len(set(b) & set(e)) / 10 for b, e in zip(bounded, everything, strict=True)])
    assert recall >= 0.95, recall
