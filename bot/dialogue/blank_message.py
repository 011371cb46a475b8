"""A Rasa NLU component that gives a blank message a word to read: Rasa strips "\\r" or spaces
to "", the tokenizer finds no token, DIETClassifier raises, and the REST channel answered
nothing at all (found by the fuzz test in tests/e2e/test_security.py). Named first in
config.yml's pipeline; the text becomes BLANK_MARKER, which SmallTalkGuard labels
nlu_fallback and the fallback action answers with "I didn't see any text" (actions/advice.py).
Training data is left as it is. Runs inside Rasa (Python 3.10)."""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.dialogue.blank_text import BLANK_MARKER, is_blank


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class BlankMessage(GraphComponent):
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> BlankMessage:
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Each blank message's text becomes BLANK_MARKER; others are left alone."""
        for message in messages:
            if is_blank(message.get(TEXT)):
                message.set(TEXT, BLANK_MARKER)
        return messages
