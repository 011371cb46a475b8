"""The numpy-built BM25 (bot/engine/bm25_matrix.py, bot/engine/lexical.py word_streams) gives
exactly the scores bm25s' own index gives: on random corpora (hypothesis) and on the
bundled knowledge with the engine's real tokenisation, stemming and character n-grams."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import bm25s
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.content.articles import load_articles
from bot.engine import lexical
from bot.engine.bm25_matrix import build_bm25, query_scores
from bot.engine.chunking import chunk_article

ROOT = Path(__file__).resolve().parents[2]

tokens = st.sampled_from([f"t{i}" for i in range(30)])
corpora = st.lists(st.lists(tokens, max_size=25), min_size=1, max_size=40).filter(any)


def _flat(docs: list[list[str]]) -> tuple[np.ndarray, np.ndarray, dict[str, int]]:
    vocab: dict[str, int] = {}
    ids = [vocab.setdefault(t, len(vocab)) for doc in docs for t in doc]
    return np.array(ids, dtype="int64"), np.array([len(d) for d in docs], dtype="int64"), vocab


@settings(max_examples=150, deadline=None)
@given(docs=corpora, query=st.lists(st.one_of(tokens, st.just("unknown")), min_size=1, max_size=8))
def test_scores_equal_bm25s_bit_for_bit(docs: list[list[str]], query: list[str]) -> None:
    reference = bm25s.BM25(**lexical.BM25_PARAMS)
    reference.index(docs, show_progress=False)
    model = build_bm25(*_flat(docs), **lexical.BM25_PARAMS)
    expected = (
        reference.get_scores(query)
        if any(t in reference.vocab_dict for t in query)
        else np.zeros(len(docs), "float32")
    )
    got = query_scores(model, query)
    assert got.dtype == np.float32
    assert np.array_equal(got, expected)
    # what bot/engine/lexical_coverage.py reads: document frequencies and the vocabulary
    for token, column in reference.vocab_dict.items():
        if token:
            ref_df = reference.scores["indptr"][column + 1] - reference.scores["indptr"][column]
            new = model.vocab_dict[token]
            assert model.scores["indptr"][new + 1] - model.scores["indptr"][new] == ref_df
    assert set(model.vocab_dict) == set(reference.vocab_dict)


def test_mismatched_lengths_are_refused() -> None:
    with pytest.raises(ValueError, match="add up"):
        build_bm25(np.array([0, 0, 0]), np.array([2]), {"a": 0}, **lexical.BM25_PARAMS)


def _folded_before(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40) | st.sampled_from(["Enquête", "patiënt", "één", "ﬁets", "ℌallo", "Ｋlant", "Ǆ"]))
def test_fold_is_unchanged(text: str) -> None:
    assert lexical.fold(text) == _folded_before(text)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_bundled_knowledge_scores_are_unchanged(lang: str) -> None:
    """Every chunk's title and opening as a query, words and n-grams: the new build scores
    every chunk exactly as bm25s' index of the old token lists did."""
    articles, _ = load_articles(ROOT / "knowledge")
    chunks = [c for a in articles if not a.draft and a.lang == lang for c in chunk_article(a)]
    texts = [c.search_text for c in chunks]
    words, grams = lexical.word_streams(texts, lang)
    old_words = lexical._bm25(lexical.tokenize(texts, lang))
    old_grams = lexical._bm25(lexical.char_grams(texts, lang))
    queries = [f"{c.title} {c.text[:80]}" for c in chunks] + ["klachtenafdeling enquete", "xyzzy"]
    compared = 0
    for query in queries:
        for old, new, toks in (
            (old_words, words, lexical.tokenize([query], lang)[0]),
            (old_grams, grams, lexical.char_grams([query], lang)[0]),
        ):
            if any(t in old.vocab_dict for t in toks):
                assert np.array_equal(query_scores(new, toks), old.get_scores(toks)), query
                compared += 1
            else:
                assert not query_scores(new, toks).any()
    assert compared > len(chunks)
