"""BM25 over stemmed words, one index per language so Dutch and English each get
their own stemmer and stop words, plus a BM25 over character n-grams of the words.

The n-gram stream is there for Dutch compounds and spelling variants: "klachtenafdeling"
shares most of its n-grams with "klacht" and "afdeling", "klantvriendelijkheid" with
"klantvriendelijk", and a typo in a long word keeps most of them, where whole-word BM25
sees nothing in common. Accents are folded on both sides ("enquete" finds "enquête")."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_DUTCH, STOPWORDS_EN

_STEMMERS = {"nl": "dutch", "en": "english"}
_STOPWORDS = {"nl": list(STOPWORDS_DUTCH), "en": list(STOPWORDS_EN)}
GRAM_SIZE = 4
# weight of the n-gram scores next to the word scores (both scaled to the best chunk = 1)
GRAM_WEIGHT = {"nl": 1.0, "en": 1.0}
# b (length normalisation) stays at 0.75. b=0.3 was tried (dev hit@1/hit@3 0.806/0.899
# against 0.802/0.891: one and two questions of 258) but it let long articles that repeat a
# query word outrank the article about the question ("Wat doe ik als ik het probleem van
# een klant zelf niet kan oplossen?" went to pyramid-complaints), so it was not kept. The
# decision (bot/engine/decision.py) is calibrated on scores from these parameters. Dev set
# after refitting: answered-right / right-or-offered / confident-wrong 0.678 / 0.822 / 0.050
# at b=0.75, 0.643 / 0.806 / 0.054 at 0.5, 0.659 / 0.829 / 0.050 at 0.3.
BM25_PARAMS = {"k1": 1.5, "b": 0.75}
# At most this many matching chunks per query go on to fusion (the best by ranking score);
# the bundled knowledge never has more, a base of 100,000 chunks often does.
LEXICAL_CANDIDATES = 2_000


@lru_cache(maxsize=2)
def _stemmer(lang: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(_STEMMERS[lang])


def fold(text: str) -> str:
    """Lowercase without accents: people type "enquete", "patient", "een" where the
    articles say "enquête", "patiënt", "één"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokenize(texts: list[str], lang: str) -> list[list[str]]:
    return bm25s.tokenize(
        [fold(t) for t in texts],
        stopwords=_STOPWORDS[lang],
        stemmer=_stemmer(lang).stemWords,
        return_ids=False,
        show_progress=False,
    )


def char_grams(texts: list[str], lang: str, n: int = GRAM_SIZE) -> list[list[str]]:
    """Character n-grams of each non-stop word, with word-boundary marks ("#klant#")."""
    words = bm25s.tokenize(
        [fold(t) for t in texts], stopwords=_STOPWORDS[lang], return_ids=False, show_progress=False
    )
    out = []
    for doc in words:
        grams: list[str] = []
        for word in doc:
            marked = f"#{word}#"
            grams += [marked[i : i + n] for i in range(max(len(marked) - n + 1, 1))]
        out.append(grams)
    return out


def _bm25(docs: list[list[str]]) -> bm25s.BM25:
    model = bm25s.BM25(**BM25_PARAMS)
    model.index(docs, show_progress=False)
    return model


def _scaled(scores: np.ndarray | None) -> np.ndarray | None:
    """Scores relative to the best one, so word and n-gram scores can be added."""
    if scores is None or not len(scores):
        return None
    top = float(scores.max())
    return scores / top if top > 0 else None


class LexicalIndex:
    """BM25 over the chunks of one language; `rows` maps back to global chunk numbers."""

    def __init__(self, lang: str, texts: list[str], rows: list[int]) -> None:
        self.lang = lang
        self.rows = np.asarray(rows, dtype="int64")
        self._words = _bm25(tokenize(texts, lang)) if rows else None
        self._grams = _bm25(char_grams(texts, lang)) if rows else None

    def search(self, query: str) -> list[tuple[int, float]]:
        """All chunks with a positive word score, best first, as (chunk row, BM25 score)."""
        hits = [(row, raw) for row, (_, raw) in self.scores(query).items() if raw > 0]
        return sorted(hits, key=lambda hit: -hit[1])

    def scores(self, query: str) -> dict[int, tuple[float, float]]:
        """chunk row -> (ranking score, BM25 word score) for chunks that match at all (at
        most LEXICAL_CANDIDATES, the best).

        The ranking score is the word score plus the weighted n-gram score, each relative
        to its best chunk; the raw word score stays available because the coach's
        confidence rule (actions/knowledge.py) is calibrated on it."""
        if self._words is None or self._grams is None:
            return {}
        # bm25s skips unknown tokens itself; an all-unknown query scores zero
        word_tokens = tokenize([query], self.lang)[0]
        raw = np.asarray(self._words.get_scores(word_tokens), dtype="float64") if word_tokens else None
        words = _scaled(raw)
        grams = _scaled(self._gram_scores(query))
        weight = GRAM_WEIGHT.get(self.lang, 0.0)
        rank = np.zeros(len(self.rows))
        if words is not None:
            rank += words
        if grams is not None and weight > 0:
            rank += weight * grams
        hits = np.flatnonzero(rank > 0)
        if len(hits) > LEXICAL_CANDIDATES:  # a large base: only the best, chosen in numpy
            hits = hits[np.argpartition(-rank[hits], LEXICAL_CANDIDATES - 1)[:LEXICAL_CANDIDATES]]
        raw_hits = raw[hits] if raw is not None else np.zeros(len(hits))
        pairs = zip(rank[hits].tolist(), raw_hits.tolist(), strict=True)
        return dict(zip(self.rows[hits].tolist(), pairs, strict=True))

    def known_words(self, words: list[str]) -> list[bool | None]:
        """Per word: True when its stem is in this index's vocabulary, False when not,
        None when it is a stop word (or nothing is left of it after tokenising)."""
        vocab = self._words.vocab_dict if self._words is not None else {}
        out: list[bool | None] = []
        for tokens in tokenize(words, self.lang):
            out.append(None if not tokens else tokens[0] in vocab)
        return out

    def _gram_scores(self, query: str) -> np.ndarray | None:
        grams = char_grams([query], self.lang)[0]
        if not grams or self._grams is None:
            return None
        return np.asarray(self._grams.get_scores(grams), dtype="float64")
