"""Hybrid search: dense (FAISS) and lexical (BM25) scores fused article by article, in
the user's language first and the other one after."""

from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np

from bot.engine.chunk_table import ChunkTable
from bot.engine.embedder import Embedder
from bot.engine.index import KnowledgeIndex
from bot.engine.language import detect_language
from bot.engine.vector_index import search_vectors

MODES = ("hybrid", "dense", "lexical")
# Share of the dense score in the hybrid score (the rest is lexical). The bundled model is
# English-centric, so Dutch leans more on the stemmed words. Scores, not ranks, are fused:
# with ~50 articles reciprocal rank fusion let a clear lexical winner drown in the dense
# model's noisy ranking of informal questions (measured on the dev set plus fresh questions).
DENSE_SHARE = {"nl": 0.25, "en": 0.35}
# Up to this many dense units every one is scored and fused, so the min-max scaling below
# sees every article (the bundled knowledge has ~2,000 units); above it only the best
# DENSE_CANDIDATES units are fetched from the index (exact or HNSW, see vector_index.py).
SCORE_ALL_UNITS = 5_000
DENSE_CANDIDATES = 512


def dense_candidates(total: int) -> int:
    """How many units to fetch from an index of `total` units."""
    return total if total <= SCORE_ALL_UNITS else DENSE_CANDIDATES


def best_per_chunk(scores: np.ndarray, units: np.ndarray, unit_chunk: np.ndarray) -> dict[int, float]:
    """chunk row -> its best unit score, from one query's FAISS answer (scores and unit
    rows, best first, -1 = no unit). Vectorised: the first hit of each chunk is its best."""
    valid = units >= 0
    chunks = unit_chunk[units[valid]]
    chunk_ids, first = np.unique(chunks, return_index=True)
    return dict(zip(chunk_ids.tolist(), scores[valid][first].astype(float).tolist(), strict=True))


@dataclass(frozen=True)
class Result:
    id: str
    title: str
    lang: str
    section: str
    score: float  # fused score in [0, 1], 1.0 = best by every method
    dense: float  # best cosine similarity of the article's texts to the query
    lexical: float  # best BM25 score of the article's chunks
    snippet: str

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "lang": self.lang,
            "section": self.section,
            "score": round(self.score, 4),
            "dense": round(self.dense, 4),
            "lexical": round(self.lexical, 4),
            "snippet": self.snippet,
        }


class Searcher:
    def __init__(self, index: KnowledgeIndex, embedder: Embedder) -> None:
        self.index = index
        self.embedder = embedder
        self.table = ChunkTable.of(index)

    def _dense(self, query: str) -> tuple[dict[int, float], np.ndarray | None]:
        """(best similarity per chunk, query vector): a chunk owns several dense units; only
        the chunks of the best `dense_candidates(total)` units; the walk is done in numpy."""
        total = self.index.vectors.ntotal
        if total == 0:
            return {}, None
        q = self.embedder.encode_query([query])
        scores, rows = search_vectors(self.index.vectors, q, dense_candidates(total))
        return best_per_chunk(scores[0], rows[0], self.index.unit_chunk), q

    def _dense_of_articles(self, q: np.ndarray, chunk_rows: list[int]) -> dict[int, float]:
        """Exact best similarity per chunk for every chunk of the articles of `chunk_rows`.

        When only the best dense units were fetched, the lexical candidates' articles get
        their dense scores this way, so fusion sees both scores of every candidate (as when
        everything is scored) instead of a missing dense score counting as the worst."""
        rows = np.asarray(chunk_rows, dtype="int64")
        units = self.table.units_of_chunks_articles(rows, self.index.unit_chunk)
        if not len(units):
            return {}
        vectors = self.index.vectors.reconstruct_batch(units)
        scores = vectors @ q[0]
        order = np.argsort(-scores, kind="stable")
        return best_per_chunk(scores[order], units[order], self.index.unit_chunk)

    def _lexical(self, query: str, lang: str) -> dict[int, tuple[float, float]]:
        """chunk row -> (ranking score, raw BM25 word score)."""
        lexical = self.index.lexical.get(lang)
        return lexical.scores(query) if lexical else {}

    def search(
        self,
        query: str,
        lang: str | None = None,
        top_k: int = 5,
        mode: str = "hybrid",
        audience: tuple[str, ...] | None = None,
    ) -> list[Result]:
        """Results for the query, one per article, best first.

        `lang` is preferred (detected when None); articles only in the other language
        follow. `audience` keeps only articles for those audiences."""
        query = " ".join((query or "").split())[:1000]
        if not query:
            return []
        lang = lang or detect_language(query) or "nl"
        dense, q = self._dense(query) if mode in ("hybrid", "dense") else ({}, None)
        partial = q is not None and dense_candidates(self.index.vectors.ntotal) < self.index.vectors.ntotal
        ranked: list[Result] = []
        seen: set[str] = set()
        for language in [lang, *[x for x in ("nl", "en") if x != lang]]:
            if len(ranked) >= top_k:  # the other language could only come after these
                break
            lexical = self._lexical(query, language) if mode in ("hybrid", "lexical") else {}
            if partial and lexical and q is not None:
                dense = {**self._dense_of_articles(q, list(lexical)), **dense}
            limit = top_k + len(seen)  # enough even if every earlier id comes back
            for result in self._rank_language(language, dense, lexical, mode, audience, limit):
                if result.id not in seen:
                    seen.add(result.id)
                    ranked.append(result)
        return ranked[:top_k]

    def _rank_language(
        self,
        lang: str,
        dense: dict[int, float],
        lexical: dict[int, tuple[float, float]],
        mode: str,
        audience: tuple[str, ...] | None,
        limit: int,
    ) -> list[Result]:
        """The `limit` best articles of one language (scores are scaled over all of them)."""
        chunks = self.index.chunks

        def best_per_article(scores: dict[int, float]) -> dict[str, tuple[float, int]]:
            return self.table.best_per_article(scores, lang, audience)

        dense_best = best_per_article(dense)
        lex_best = best_per_article({row: rank for row, (rank, _) in lexical.items()})
        lex_raw = best_per_article({row: raw for row, (_, raw) in lexical.items()})
        if mode == "dense":
            fused = _normalised(dense_best)
        elif mode == "lexical":
            fused = _normalised(lex_best)
        else:
            share = DENSE_SHARE.get(lang, 0.3)
            dn, ln = _normalised(dense_best), _normalised(lex_best)
            fused = {a: share * dn.get(a, 0.0) + (1 - share) * ln.get(a, 0.0) for a in dn.keys() | ln.keys()}
        results = []
        for aid, score in heapq.nsmallest(limit, fused.items(), key=lambda kv: (-kv[1], kv[0])):
            # the section shown is where the strongest signal came from
            if mode == "lexical" or (aid in lex_best and aid not in dense_best):
                row = lex_best[aid][1]
            else:
                row = dense_best[aid][1]
            chunk = chunks[row]
            results.append(
                Result(
                    id=aid,
                    title=chunk.title,
                    lang=lang,
                    section=chunk.section,
                    score=score,
                    dense=dense_best.get(aid, (0.0, 0))[0],
                    lexical=lex_raw.get(aid, (0.0, 0))[0],
                    snippet=_snippet(chunk.text),
                )
            )
        return results


def _normalised(best: dict[str, tuple[float, int]]) -> dict[str, float]:
    """Min-max scaled scores (best = 1), so dense cosines and BM25 scores can be mixed."""
    if not best:
        return {}
    values = [score for score, _ in best.values()]
    lo, hi = min(values), max(values)
    return {aid: (score - lo) / (hi - lo) if hi > lo else 1.0 for aid, (score, _) in best.items()}


def _snippet(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "…"
