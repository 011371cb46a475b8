"""The chunks of an index as numpy columns (language, article, audience), so search can
filter candidates and keep each article's best one without a Python loop per chunk."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bot.engine.index import KnowledgeIndex


@dataclass(frozen=True)
class ChunkTable:
    lang: np.ndarray  # chunk row -> language (str, e.g. "nl")
    article: np.ndarray  # chunk row -> article number (int64; the same id in nl and en differ)
    article_id: list[str]  # article number -> article id
    audience: np.ndarray  # article number -> audience (str)
    _unit_order: np.ndarray | None = None  # dense unit rows sorted by article (built on first use)
    _unit_starts: np.ndarray | None = None  # article number -> first position in _unit_order
    _languages: np.ndarray | None = None  # article number -> language (built on first use)

    @classmethod
    def of(cls, index: KnowledgeIndex) -> ChunkTable:
        numbers: dict[tuple[str, str], int] = {}
        for chunk in index.chunks:
            numbers.setdefault(chunk.key, len(numbers))
        keys = list(numbers)
        return cls(
            lang=np.array([c.lang for c in index.chunks], dtype=object),
            article=np.array([numbers[c.key] for c in index.chunks], dtype="int64"),
            article_id=[aid for aid, _ in keys],
            audience=np.array([index.articles[k].audience for k in keys], dtype=object),
        )

    def best_per_article(
        self, scores: dict[int, float], lang: str, audience: tuple[str, ...] | None
    ) -> dict[str, tuple[float, int]]:
        """article id -> (best score, its chunk row) over the chunks in `scores` (chunk row
        -> score) of language `lang` and, when given, one of the audiences. On equal
        scores the chunk that comes first in `scores` wins."""
        if not scores:
            return {}
        rows = np.fromiter(scores.keys(), dtype="int64", count=len(scores))
        values = np.fromiter(scores.values(), dtype="float64", count=len(scores))
        keep = self.lang[rows] == lang
        if audience is not None:
            keep &= np.isin(self.audience[self.article[rows]], list(audience))
        rows, values = rows[keep], values[keep]
        articles = self.article[rows]
        order = np.lexsort((-values, articles))  # stable: by article, best first
        first = order[np.r_[True, articles[order][1:] != articles[order][:-1]]] if len(order) else order
        best = zip(articles[first].tolist(), values[first].tolist(), rows[first].tolist(), strict=True)
        return {self.article_id[a]: (s, r) for a, s, r in best}

    def article_maxima(self, rows: np.ndarray, values: np.ndarray) -> np.ndarray:
        """Per article number (float64, shape (number of articles,)): the largest of `values`
        (float64, >= 0) over its chunks among `rows` (chunk rows, int64), 0.0 for articles
        with none of them. In numpy, for every matching chunk of a large base at once."""
        out = np.zeros(len(self.article_id))
        np.maximum.at(out, self.article[rows], values)
        return out

    def lowest_match(
        self, maxima: np.ndarray, lang: str, audience: tuple[str, ...] | None
    ) -> float | None:
        """The lowest positive per-article maximum (`article_maxima`) among the articles of
        `lang` and, when given, those audiences; None when no such article matched."""
        keep = maxima > 0
        keep &= self._article_lang == lang
        if audience is not None:
            keep &= np.isin(self.audience, list(audience))
        return float(maxima[keep].min()) if keep.any() else None

    @property
    def _article_lang(self) -> np.ndarray:
        """article number -> language (an article number is one language's version)."""
        if self._languages is None:
            languages = np.empty(len(self.article_id), dtype=object)
            languages[self.article] = self.lang
            object.__setattr__(self, "_languages", languages)
        return self._languages

    def units_of_chunks_articles(self, chunk_rows: np.ndarray, unit_chunk: np.ndarray) -> np.ndarray:
        """Dense unit rows (int64) of every chunk of the articles the given chunks belong to.
        unit_chunk: dense unit row -> chunk row (KnowledgeIndex.unit_chunk)."""
        if self._unit_order is None:
            unit_article = self.article[unit_chunk]
            order = np.argsort(unit_article, kind="stable")
            starts = np.searchsorted(unit_article[order], np.arange(len(self.article_id) + 1))
            object.__setattr__(self, "_unit_order", order)
            object.__setattr__(self, "_unit_starts", starts)
        order, starts = self._unit_order, self._unit_starts
        articles = np.unique(self.article[chunk_rows])
        if not len(articles):
            return np.zeros(0, dtype="int64")
        return np.concatenate([order[starts[a] : starts[a + 1]] for a in articles.tolist()]).astype("int64")
