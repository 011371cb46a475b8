"""BM25 built and scored in numpy, bit for bit as bm25s does it (Lucene variant, float32).

bm25s builds its score matrix with a Python loop per document (a Counter, a set
intersection, a list of ids): fine for the bundled ~2,000 chunks, minutes for 100,000 chunks
with their character n-gram stream (~25 million tokens). Here the same matrix comes from
flat arrays: one token id per token occurrence and the document each belongs to.

The result is a real `bm25s.BM25` (its `scores` CSC arrays, `vocab_dict`), so the rest of
the engine (bot/engine/lexical_coverage.py reads `scores["indptr"]` and `vocab_dict`) sees
no difference. `query_scores` is bm25s' `get_scores` without `np.add.at` (one posting list
holds each document once, so a fancy-indexed add is the same float32 sum, in the same order,
several times faster)."""

from __future__ import annotations

import math

import bm25s
import numpy as np


def _lucene_idf(df: int, n_docs: int) -> float:
    """bm25s' Lucene IDF, computed as it does (Python floats, math.log)."""
    return math.log(1 + (n_docs - df + 0.5) / (df + 0.5))


def build_bm25(
    tokens: np.ndarray, doc_lengths: np.ndarray, vocab: dict[str, int], k1: float, b: float
) -> bm25s.BM25:
    """A bm25s.BM25 over documents given as flat token ids.

    tokens: int64, shape (total tokens,), the documents' token ids one after the other
    (ids index `vocab`, 0..len(vocab)-1, every id used at least once). doc_lengths: int64,
    shape (n_docs,), tokens per document (0 allowed). vocab: token -> id. The score matrix
    (`scores`: data float32, indices int32 document rows, indptr int64 per token) equals what
    `bm25s.BM25(k1=k1, b=b).index(token lists)` builds; "" is added to `vocab_dict` as bm25s
    does. Raises ValueError when the lengths do not add up to the number of tokens."""
    tokens = np.asarray(tokens, dtype="int64")
    doc_lengths = np.asarray(doc_lengths, dtype="int64")
    if int(doc_lengths.sum()) != len(tokens):
        raise ValueError(f"doc_lengths add up to {int(doc_lengths.sum())}, not {len(tokens)} tokens")
    n_docs, n_vocab = len(doc_lengths), len(vocab)
    docs = np.repeat(np.arange(n_docs, dtype="int64"), doc_lengths)
    # one entry per (token, document): the term frequency; sorted by token, then document (CSC)
    pairs, tf = np.unique(tokens * max(n_docs, 1) + docs, return_counts=True)
    pair_token, pair_doc = np.divmod(pairs, max(n_docs, 1))
    df = np.bincount(pair_token, minlength=n_vocab)
    # few distinct document frequencies: math.log per value, as bm25s (numpy's log may round
    # differently in the last bit)
    values, which = np.unique(df, return_inverse=True)
    table = np.array([_lucene_idf(v, n_docs) if v else 0.0 for v in values.tolist()], dtype="float32")
    idf = table[which].astype("float32")
    avg_len = doc_lengths.mean() if n_docs else np.float64(0.0)
    # the same operations on the same dtypes as bm25s' _score_tfc_robertson (float64 result)
    length = k1 * ((1 - b) + b * doc_lengths[pair_doc] / avg_len)
    tfc = tf.astype("float32") / (length + tf.astype("float32"))
    data = (idf[pair_token] * tfc).astype("float32")
    indptr = np.zeros(n_vocab + 1, dtype="int64")
    np.cumsum(df, out=indptr[1:])
    model = bm25s.BM25(k1=k1, b=b)
    model.scores = {"data": data, "indices": pair_doc.astype("int32"), "indptr": indptr, "num_docs": n_docs}
    model.vocab_dict = dict(vocab)
    if "" not in model.vocab_dict:
        model.vocab_dict[""] = n_vocab
    model.unique_token_ids_set = set(model.vocab_dict.values())
    model.nonoccurrence_array = None
    return model


def query_scores(model: bm25s.BM25, tokens: list[str]) -> np.ndarray:
    """BM25 score of every document for the query tokens (float32, shape (num_docs,)), equal
    to `model.get_scores(tokens)`: unknown tokens are skipped, a repeated token counts again."""
    data, indices, indptr = model.scores["data"], model.scores["indices"], model.scores["indptr"]
    scores = np.zeros(model.scores["num_docs"], dtype="float32")
    vocab = model.vocab_dict
    for token in tokens:
        column = vocab.get(token)
        if column is None or column + 1 >= len(indptr):
            continue
        start, end = indptr[column], indptr[column + 1]
        scores[indices[start:end]] += data[start:end]
    return scores
