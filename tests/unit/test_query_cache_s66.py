"""A question's vector comes from the per-process query cache when the same text was embedded
before (bot/engine/embedder.py): the same vector as embedding it again, a copy the caller may
change, keyed by the exact text, and bounded (least recently used out first)."""

from __future__ import annotations

import numpy as np
import pytest

from bot.engine import embedder as embedder_module
from bot.engine.embedder import QUERY_THREADS, Embedder

QUESTIONS = ["Hoe ga ik om met een boze klant? (s66)", "How do I calm an angry caller down? (s66)"]


@pytest.fixture()
def embedder(searcher) -> Embedder:
    """The real index's embedder (the model every unit test shares)."""
    return searcher.embedder


def test_a_cached_vector_is_the_one_embedding_gives(embedder: Embedder) -> None:
    for text in QUESTIONS:
        fresh = embedder._embed_queries([text])
        first = embedder.encode_query([text])
        again = embedder.encode_query([text])
        assert again.dtype == np.float32 and again.shape == (1, embedder.dim)
        np.testing.assert_array_equal(first, fresh)
        np.testing.assert_array_equal(again, fresh)


def test_a_hit_leaves_torch_on_the_query_thread_count(embedder: Embedder) -> None:
    import torch

    embedder.encode_query([QUESTIONS[0]])
    embedder.encode(["a passage on more threads"])
    embedder.encode_query([QUESTIONS[0]])
    assert torch.get_num_threads() == QUERY_THREADS


def test_a_hit_is_not_embedded_again_and_the_caller_cannot_change_the_cache(
    embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = QUESTIONS[1]
    expected = embedder.encode_query([text]).copy()
    embedded: list[list[str]] = []
    real = embedder._embed_queries
    monkeypatch.setattr(embedder, "_embed_queries", lambda texts: embedded.append(texts) or real(texts))
    vector = embedder.encode_query([text])
    vector[:] = 0.0
    np.testing.assert_array_equal(embedder.encode_query([text]), expected)
    assert embedded == []
    embedder.encode_query([text + " "])  # another text (one space more): embedded
    assert embedded == [[text + " "]]


def test_batches_are_embedded_as_before(embedder: Embedder) -> None:
    batch = embedder.encode_query(QUESTIONS)
    assert batch.shape == (2, embedder.dim)
    np.testing.assert_array_equal(batch, embedder._embed_queries(QUESTIONS))
    assert embedder.encode_query([]).shape[0] == 0


def test_the_cache_is_bounded_least_recently_used_out_first(
    embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(embedder_module, "QUERY_CACHE_SIZE", 2)
    monkeypatch.setattr(embedder_module, "_query_cache", type(embedder_module._query_cache)())
    monkeypatch.setattr(embedder, "_embed_queries", lambda texts: np.ones((1, 3), dtype="float32"))
    for text in ("one", "two", "one", "three"):
        embedder.encode_query([text])
    kept = [key[2] for key in embedder_module._query_cache]
    assert kept == [embedder_module.query_key("one"), embedder_module.query_key("three")]
    assert "one" not in repr(embedder_module._query_cache)  # digests only: no message text is kept
