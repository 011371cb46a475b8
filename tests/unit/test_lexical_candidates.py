"""A large base fuses only the best word candidates (bot/engine/search.py, FUSE_ALL_MATCHES /
LEXICAL_CANDIDATES); every match still sets the scaling's floor and the word score of articles
found by meaning, so the ranking is the one of fusing every match. Real BM25, real FAISS."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np
import pytest

from bot.content.articles import Article
from bot.engine import search as search_module
from bot.engine.chunk_table import ChunkTable
from bot.engine.chunking import Chunk
from bot.engine.index import KnowledgeIndex, _lexical_indexes
from bot.engine.search import Searcher

DIM = 64
N_ARTICLES, PER_ARTICLE = 240, 4


class QueryVectors:
    """The query side of the embedder: each test query has a generated vector."""

    def __init__(self) -> None:
        self.by_text: dict[str, np.ndarray] = {}

    def encode_query(self, texts: list[str]) -> np.ndarray:
        return np.stack([self.by_text[t] for t in texts])


def _unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype("float32")


@pytest.fixture(scope="module")
def base() -> tuple[Searcher, list[str]]:
    """Two languages, two audiences, example sections (their word score weighs less), topic
    words shared by many articles, so a query matches far more chunks than are fused."""
    rng = np.random.default_rng(21)
    words = np.array([f"woord{i}" for i in range(150)])
    centres = _unit(rng.normal(size=(N_ARTICLES, DIM)))
    noise = 0.5 * _unit(rng.normal(size=(N_ARTICLES * PER_ARTICLE, DIM)))
    vectors = _unit(np.repeat(centres, PER_ARTICLE, axis=0) + noise)
    articles, chunks, topics = {}, [], []
    for a in range(N_ARTICLES):
        lang = "nl" if a % 3 else "en"
        audience = "manager" if a % 5 == 0 else "employee"
        topic = rng.choice(words, 6, replace=False)
        topics.append(topic)
        articles[(f"a{a}", lang)] = Article(f"a{a}", lang, f"titel {a}", audience, "", Path(f"a{a}.md"))
        for c in range(PER_ARTICLE):
            text = " ".join(np.where(rng.random(30) < 0.3, rng.choice(topic, 30), rng.choice(words, 30)))
            chunks.append(Chunk(f"a{a}", lang, f"titel {a}", "Voorbeeld" if c == 3 else f"deel {c}", text))
    exact = faiss.IndexFlatIP(DIM)
    exact.add(vectors)
    index = KnowledgeIndex(articles, chunks, exact, np.arange(len(chunks)), _lexical_indexes(chunks), "t", [])
    embedder = QueryVectors()
    queries = []
    for q in range(40):
        a = int(rng.integers(0, N_ARTICLES))
        text = " ".join(rng.choice(topics[a], 3, replace=False)) + f" v{q}"
        embedder.by_text[text] = _unit(centres[a] + 0.4 * _unit(rng.normal(size=DIM)))
        queries.append(text)
    return Searcher(index, embedder), queries


def _run(searcher: Searcher, queries: list[str], **kwargs: object) -> list[list[search_module.Result]]:
    return [searcher.search(q, "nl", top_k=10, **kwargs) for q in queries]


def _capped(monkeypatch: pytest.MonkeyPatch, candidates: int = 40) -> None:
    monkeypatch.setattr(search_module, "FUSE_ALL_MATCHES", candidates)
    monkeypatch.setattr(search_module, "LEXICAL_CANDIDATES", candidates)


@pytest.mark.parametrize("audience", [None, ("employee",)])
def test_word_ranking_with_few_candidates_equals_fusing_every_match(
    base: tuple[Searcher, list[str]], monkeypatch: pytest.MonkeyPatch, audience: tuple[str, ...] | None
) -> None:
    """Lexical mode: the articles, their scaled scores and raw BM25 scores are exactly those
    of fusing every match (the floor is the weakest matching article's, not the 40th's)."""
    searcher, queries = base
    everything = _run(searcher, queries, mode="lexical", audience=audience)
    _capped(monkeypatch)
    capped = _run(searcher, queries, mode="lexical", audience=audience)
    matched = [len(searcher.index.lexical["nl"].scores(q)) for q in queries]
    assert min(matched) > 40  # the cut really happens
    assert [[(r.id, r.score, r.lexical) for r in rs] for rs in capped] == [
        [(r.id, r.score, r.lexical) for r in rs] for rs in everything
    ]


def test_hybrid_ranking_with_few_candidates_matches_fusing_every_match(
    base: tuple[Searcher, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    searcher, queries = base
    everything = [[r.id for r in rs] for rs in _run(searcher, queries)]
    _capped(monkeypatch)
    capped = [[r.id for r in rs] for rs in _run(searcher, queries)]
    recall = np.mean([len(set(c) & set(e)) / 10 for c, e in zip(capped, everything, strict=True)])
    assert recall >= 0.95, recall
    assert [c[0] for c in capped] == [e[0] for e in everything]


def test_hybrid_ranking_without_the_floor_would_differ(
    base: tuple[Searcher, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The test above can fail: scaling over the candidates only changes the scores."""
    searcher, queries = base
    everything = [[(r.id, r.score) for r in rs] for rs in _run(searcher, queries, mode="lexical")]
    _capped(monkeypatch)
    monkeypatch.setattr(Searcher, "_floor", lambda self, maxima, lang, audience: None)
    capped = [[(r.id, r.score) for r in rs] for rs in _run(searcher, queries, mode="lexical")]
    assert capped != everything


def test_article_maxima_and_lowest_match() -> None:
    keys = [("a", "nl"), ("a", "nl"), ("b", "nl"), ("c", "en")]
    chunks = [Chunk(aid, lang, "t", "s", "x") for aid, lang in keys]
    articles = {
        ("a", "nl"): Article("a", "nl", "t", "employee", "", Path("a.md")),
        ("b", "nl"): Article("b", "nl", "t", "manager", "", Path("b.md")),
        ("c", "en"): Article("c", "en", "t", "employee", "", Path("c.md")),
    }
    index = KnowledgeIndex(articles, chunks, faiss.IndexFlatIP(4), np.arange(4), {}, "t", [])
    table = ChunkTable.of(index)
    maxima = table.article_maxima(np.array([0, 1, 2, 3]), np.array([0.2, 0.7, 0.1, 0.05]))
    assert maxima.tolist() == [0.7, 0.1, 0.05]
    assert table.lowest_match(maxima, "nl", None) == 0.1
    assert table.lowest_match(maxima, "nl", ("employee",)) == 0.7
    assert table.lowest_match(maxima, "en", ("manager",)) is None
    assert table.article_maxima(np.array([1]), np.array([0.3])).tolist() == [0.3, 0.0, 0.0]
