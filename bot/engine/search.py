"""Hybrid search: dense (FAISS) and lexical (BM25) rankings fused with reciprocal rank
fusion, article by article, in the user's language first and the other one after."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bot.engine.embedder import Embedder
from bot.engine.index import KnowledgeIndex
from bot.engine.language import detect_language

RRF_K = 60
MODES = ("hybrid", "dense", "lexical")


@dataclass(frozen=True)
class Result:
    id: str
    title: str
    lang: str
    section: str
    score: float  # fused score, 1.0 = ranked first by every method
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

    def _dense(self, query: str) -> dict[int, float]:
        """Best similarity per chunk (a chunk owns several dense units)."""
        total = self.index.vectors.ntotal
        if total == 0:
            return {}
        q = self.embedder.encode([query])
        scores, rows = self.index.vectors.search(q, total)
        best: dict[int, float] = {}
        for score, unit in zip(scores[0], rows[0], strict=True):
            if unit < 0:
                continue
            chunk = int(self.index.unit_chunk[unit])
            if chunk not in best:
                best[chunk] = float(score)
        return best

    def _lexical(self, query: str, lang: str) -> dict[int, float]:
        lexical = self.index.lexical.get(lang)
        return dict(lexical.search(query)) if lexical else {}

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
        dense = self._dense(query) if mode in ("hybrid", "dense") else {}
        ranked: list[Result] = []
        seen: set[str] = set()
        for language in [lang, *[x for x in ("nl", "en") if x != lang]]:
            lexical = self._lexical(query, language) if mode in ("hybrid", "lexical") else {}
            for result in self._rank_language(language, dense, lexical, mode, audience):
                if result.id not in seen:
                    seen.add(result.id)
                    ranked.append(result)
        return ranked[:top_k]

    def _rank_language(
        self,
        lang: str,
        dense: dict[int, float],
        lexical: dict[int, float],
        mode: str,
        audience: tuple[str, ...] | None,
    ) -> list[Result]:
        chunks = self.index.chunks

        def allowed(row: int) -> bool:
            c = chunks[row]
            if c.lang != lang:
                return False
            return audience is None or self.index.articles[c.key].audience in audience

        def best_per_article(scores: dict[int, float]) -> dict[str, tuple[float, int]]:
            best: dict[str, tuple[float, int]] = {}
            for row, score in scores.items():
                if allowed(row):
                    aid = chunks[row].article_id
                    if aid not in best or score > best[aid][0]:
                        best[aid] = (score, row)
            return best

        dense_best = best_per_article(dense)
        lex_best = best_per_article(lexical)
        rankings = []
        if mode in ("hybrid", "dense"):
            rankings.append(sorted(dense_best, key=lambda a: -dense_best[a][0]))
        if mode in ("hybrid", "lexical"):
            rankings.append(sorted(lex_best, key=lambda a: -lex_best[a][0]))
        fused: dict[str, float] = {}
        for ranking in rankings:
            for rank, aid in enumerate(ranking):
                fused[aid] = fused.get(aid, 0.0) + 1.0 / (RRF_K + rank + 1)
        top = len(rankings) / (RRF_K + 1)
        results = []
        for aid, score in sorted(fused.items(), key=lambda kv: -kv[1]):
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
                    score=score / top,
                    dense=dense_best.get(aid, (0.0, 0))[0],
                    lexical=lex_best.get(aid, (0.0, 0))[0],
                    snippet=_snippet(chunk.text),
                )
            )
        return results


def _snippet(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "…"


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.dot(a, b))
