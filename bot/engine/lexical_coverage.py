"""How much of a message's word evidence an article's BM25 score covers.

A raw BM25 score is a sum over the query's words, so it grows with the length of the
message: a 40-word message about pay or leave collects evidence from many everyday words
("klant", "week", "collega") and outscores a short question that matches its article
exactly. The ceiling is what the query's distinct words could score together (each word's
IDF as BM25 gives it for one occurrence in a chunk of average length), with a word the
index has never seen counted at the highest IDF: it is evidence the knowledge does not
have. `coverage = raw / ceiling` is then comparable across message lengths.

Example: "loonstrook zondagtoeslag klant" in an index where only "klant" is known has a
ceiling of idf(0) + idf(0) + idf(df_klant); an article matching "klant" covers a small share."""

from __future__ import annotations

import math
from collections.abc import Iterable

import bm25s


def idf(df: int, n_docs: int) -> float:
    """Lucene's BM25 IDF (bm25s' default): log(1 + (N - df + 0.5) / (df + 0.5))."""
    return math.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))


def ceiling(model: bm25s.BM25, tokens: Iterable[str]) -> float:
    """Sum of the IDF of the distinct `tokens` (already stemmed as the index was) in
    `model`; unknown tokens count as df = 0. 0.0 for no tokens."""
    n_docs = int(model.scores["num_docs"])
    indptr = model.scores["indptr"]
    vocab = model.vocab_dict
    total = 0.0
    for token in set(tokens):
        column = vocab.get(token)
        known = column is not None and column + 1 < len(indptr)  # "" has no column
        df = int(indptr[column + 1] - indptr[column]) if known else 0
        total += idf(df, n_docs)
    return total


def coverage(raw: float, top: float) -> float:
    """`raw` BM25 score as a share of the query's ceiling `top` (0.0 when there is none)."""
    return raw / top if top > 0 else 0.0
