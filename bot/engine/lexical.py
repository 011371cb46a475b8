"""BM25 over stemmed words, one index per language so Dutch and English each get
their own stemmer and stop words."""

from __future__ import annotations

from functools import lru_cache

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_DUTCH, STOPWORDS_EN

_STEMMERS = {"nl": "dutch", "en": "english"}
_STOPWORDS = {"nl": list(STOPWORDS_DUTCH), "en": list(STOPWORDS_EN)}


@lru_cache(maxsize=2)
def _stemmer(lang: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(_STEMMERS[lang])


def tokenize(texts: list[str], lang: str) -> list[list[str]]:
    return bm25s.tokenize(
        texts,
        stopwords=_STOPWORDS[lang],
        stemmer=_stemmer(lang).stemWords,
        return_ids=False,
        show_progress=False,
    )


class LexicalIndex:
    """BM25 over the chunks of one language; `rows` maps back to global chunk numbers."""

    def __init__(self, lang: str, texts: list[str], rows: list[int]) -> None:
        self.lang = lang
        self.rows = np.asarray(rows, dtype="int64")
        self._bm25 = bm25s.BM25()
        self._bm25.index(tokenize(texts, lang), show_progress=False)

    def search(self, query: str) -> list[tuple[int, float]]:
        """All chunks with a positive score, best first, as (chunk row, score)."""
        tokens = tokenize([query], self.lang)
        if not tokens or not tokens[0] or len(self.rows) == 0:
            return []
        scores = self._bm25.get_scores(tokens[0])
        order = np.argsort(-scores)
        return [(int(self.rows[i]), float(scores[i])) for i in order if scores[i] > 0]
