"""Building the index embeds the texts shortest first (bot/engine/index.py): a batch of texts of
about one length pads little, so the index builds in less time; every text still gets its own
vector (the real model, the small knowledge folder of test_search)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.engine.index import build_index
from tests.unit.test_search import CountingEmbedder, embedder, kb  # noqa: F401 - fixtures


def test_texts_are_embedded_shortest_first_each_with_its_own_vector(
    kb: Path, embedder: CountingEmbedder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    asked: list[str] = []
    real = embedder.encode

    def recording(texts, batch_size=32):
        asked.extend(texts)
        return real(texts, batch_size)

    monkeypatch.setattr(embedder, "encode", recording)
    index = build_index(kb, tmp_path / "cache", embedder)
    assert asked  # the folder was embedded here, not found in a cache
    assert [len(t) for t in asked] == sorted(len(t) for t in asked)
    monkeypatch.undo()
    vectors = index.vectors.reconstruct_batch(np.arange(index.vectors.ntotal))
    one_by_one = np.vstack([embedder.encode([text]) for text in asked])
    # each stored vector is the vector of one of the texts asked (none mixed up by the sorting)
    best = (vectors @ one_by_one.T).max(axis=1)
    np.testing.assert_allclose(best, 1.0, atol=1e-4)
