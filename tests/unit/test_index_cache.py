"""Issue 10.6: the index cache missing or damaged is rebuilt, with a log line, and the
rebuilt index answers as before (the real embedder, a small knowledge folder)."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from bot.engine.index import build_index
from bot.engine.search import Searcher
from tests.unit.test_search import CountingEmbedder, embedder, kb  # noqa: F401 - fixtures


def top(index, embedder) -> tuple[str, str]:  # noqa: F811
    hit = Searcher(index, embedder).search("de klant staat tegen me te schreeuwen", top_k=1)[0]
    return hit.id, hit.lang


@pytest.mark.parametrize(
    "spoil",
    [
        "garbage",  # random bytes in both files
        "truncated",  # half of each file
        "empty",  # zero bytes
        "missing",  # the whole cache folder gone
    ],
)
def test_a_missing_or_damaged_cache_is_rebuilt_with_a_log_line(
    kb: Path, embedder: CountingEmbedder, tmp_path: Path, caplog, spoil: str  # noqa: F811
) -> None:
    cache = tmp_path / "cache"
    expected = top(build_index(kb, cache, embedder), embedder)
    files = [*cache.glob("index-*/vectors.faiss"), *cache.glob("embeddings-*.npz")]
    assert len(files) == 2
    for path in files:
        data = path.read_bytes()
        if spoil == "garbage":
            path.write_bytes(b"\x00not an index\xff" * 50)
        elif spoil == "truncated":
            path.write_bytes(data[: len(data) // 2])
        elif spoil == "empty":
            path.write_bytes(b"")
    if spoil == "missing":
        shutil.rmtree(cache)
    calls = CountingEmbedder.calls
    with caplog.at_level(logging.INFO, logger="bot.engine"):
        rebuilt = build_index(kb, cache, embedder)
    assert top(rebuilt, embedder) == expected
    assert CountingEmbedder.calls > calls  # embedded again, not trusted
    said = caplog.text
    assert ("is missing: building it" if spoil == "missing" else "is damaged") in said
    # and the rebuilt cache serves the next start without embedding anything
    calls = CountingEmbedder.calls
    again = build_index(kb, cache, embedder)
    assert CountingEmbedder.calls == calls and top(again, embedder) == expected
