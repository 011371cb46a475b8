"""Remember every vector by the hash of its text and model, so an edit re-embeds only
what changed and a restart re-embeds nothing."""

from __future__ import annotations

import hashlib
import logging
import os
import zipfile
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


class EmbeddingCache:
    def __init__(self, folder: Path, model_fingerprint: str, dim: int) -> None:
        self.path = folder / f"embeddings-{model_fingerprint}.npz"
        self.dim = dim
        self._vectors: dict[str, np.ndarray] = {}
        if self.path.exists():
            try:
                with np.load(self.path) as data:
                    keys, vectors = data["keys"], data["vectors"]
                self._vectors = {str(k): v for k, v in zip(keys, vectors, strict=True)}
            except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:  # truncated: zip
                name = type(exc).__name__
                log.warning("embedding cache %s is damaged (%s): embedding again", self.path, name)
                self._vectors = {}  # a damaged cache is rebuilt, never trusted

    def missing(self, texts: list[str]) -> list[str]:
        seen: set[str] = set()
        out = []
        for t in texts:
            k = text_key(t)
            if k not in self._vectors and k not in seen:
                seen.add(k)
                out.append(t)
        return out

    def add(self, texts: list[str], vectors: np.ndarray) -> None:
        for t, v in zip(texts, vectors, strict=True):
            self._vectors[text_key(t)] = v

    def get(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype="float32")
        return np.stack([self._vectors[text_key(t)] for t in texts]).astype("float32")

    def save(self, keep: list[str]) -> None:
        """Write atomically, keeping only the vectors still in use."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = sorted({text_key(t) for t in keep} & self._vectors.keys())
        vectors = (
            np.stack([self._vectors[k] for k in keys]) if keys else np.zeros((0, self.dim), dtype="float32")
        )
        tmp = self.path.with_suffix(f".tmp{os.getpid()}.npz")
        np.savez(tmp, keys=np.asarray(keys), vectors=vectors)
        os.replace(tmp, self.path)
