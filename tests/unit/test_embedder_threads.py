"""A question is embedded on one torch thread (thread hand-off dominated on a busy machine,
docs/performance.md), with the same vector as the batch path gives."""

from __future__ import annotations

import numpy as np
import torch

from bot.engine.embedder import BUNDLED, QUERY_THREADS, Embedder


def test_query_uses_one_thread_and_the_same_vector_as_a_batch() -> None:
    embedder = Embedder(BUNDLED)
    texts = ["Hoe ga ik om met een boze klant?", "What is outside-in thinking?"]
    batch = embedder.encode(texts)
    query = np.vstack([embedder.encode_query([t]) for t in texts])
    assert torch.get_num_threads() == QUERY_THREADS
    assert query.dtype == np.float32 and query.shape == batch.shape
    np.testing.assert_allclose(query, batch, atol=1e-5)
    np.testing.assert_allclose(np.linalg.norm(query, axis=1), 1.0, atol=1e-5)
