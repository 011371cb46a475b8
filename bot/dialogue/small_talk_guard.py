"""A Rasa NLU component that gives a real question back to `ask_advice` when DIET reads it as
small talk (issue 9.4): "hoe vraag ik een vrije dag aan" read as goodbye, "mijn loonstrook
klopt niet" as deny.

Runs inside Rasa (its own virtualenv, Python 3.10), named in config.yml by its module path
after DIETClassifier and before FallbackClassifier; imports only Rasa and
bot/dialogue/small_talk.py (pure Python). At training time it records the words of the
guarded intents' training examples (`SmallTalkVocabulary`) and persists them in the model
(a JSON list in the model's storage). At inference, a message predicted as a guarded intent
that carries at least `min_unknown` content words of at least `min_length` letters that no
guarded example uses (nor a close spelling of one, difflib ratio >= `similarity`) is
relabelled: `relabel_to` takes the predicted intent's confidence and ranking place and the
small-talk intent takes `relabel_to`'s. Short answers ("ja", "nee dank je", "4", "helemaal
mee eens") are made of known words, so a self-check keeps its intents; payloads
("/intent{...}") are left to Rasa's RegexMessageHandler.

Config (config.yml): `intents` (the guarded intents), `relabel_to` (default ask_advice),
`min_unknown` (default 2), `min_length` (3), `similarity` (0.8)."""

from __future__ import annotations

import json
import logging
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.dialogue.blank_text import is_blank
from bot.dialogue.small_talk import SmallTalkVocabulary

log = logging.getLogger(__name__)
BLANK_INTENT = "nlu_fallback"  # its rule runs action_kb_fallback (data/rules/knowledge.yml)

VOCABULARY_FILE = "small_talk_vocabulary.json"  # {"known": [word, ...]} in the model's storage


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class SmallTalkGuard(GraphComponent, IntentClassifier):
    """Relabels a small-talk prediction as a question when the message's words say so.
    DIET must come first in config.yml; no `required_components`, since Rasa checks them on
    the training graph, where this guard reads the training data only."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Defaults; config.yml names the guarded `intents`."""
        return {"intents": [], "relabel_to": "ask_advice", "min_unknown": 2, "min_length": 3,
                "similarity": 0.8}

    def __init__(self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
                 vocabulary: SmallTalkVocabulary | None = None) -> None:
        self.config = config
        self._model_storage = model_storage
        self._resource = resource
        self.vocabulary = vocabulary

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> SmallTalkGuard:
        """A guard not trained yet (Rasa's GraphComponent API)."""
        return cls(config, model_storage, resource)

    def _vocabulary(self, known: list[str]) -> SmallTalkVocabulary:
        return SmallTalkVocabulary(frozenset(known), self.config["min_length"], self.config["similarity"])

    def train(self, training_data: TrainingData) -> Resource:
        """Record the words of the guarded intents' examples and persist them."""
        guarded = set(self.config["intents"])
        examples = [m.get(TEXT) for m in training_data.intent_examples if m.get(INTENT) in guarded]
        self.vocabulary = SmallTalkVocabulary.from_examples(
            examples, self.config["min_length"], self.config["similarity"]
        )
        with self._model_storage.write_to(self._resource) as folder:
            (folder / VOCABULARY_FILE).write_text(
                json.dumps({"known": sorted(self.vocabulary.known)}, ensure_ascii=False), encoding="utf-8"
            )
        return self._resource

    @classmethod
    def load(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> SmallTalkGuard:
        """The trained guard from the model; without its vocabulary (a model trained without
        the guard) it relabels nothing and logs a warning."""
        guard = cls(config, model_storage, resource)
        try:
            with model_storage.read_from(resource) as folder:
                known = json.loads((folder / VOCABULARY_FILE).read_text(encoding="utf-8"))["known"]
        except (ValueError, OSError, KeyError) as err:
            log.warning("Small-talk guard: no vocabulary in the model (%s); it relabels nothing", err)
            return guard
        guard.vocabulary = guard._vocabulary(known)
        return guard

    def process(self, messages: list[Message]) -> list[Message]:
        """Relabel each message predicted as a guarded intent that is a question by its words;
        a blank message (bot/dialogue/blank_message.py) becomes BLANK_INTENT, whose action
        says it saw no text."""
        for message in messages:
            if is_blank(message.get(TEXT)):
                blank = {INTENT_NAME_KEY: BLANK_INTENT, PREDICTED_CONFIDENCE_KEY: 1.0}
                message.set(INTENT, blank, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [dict(blank)], add_to_output=True)
                continue
            self._relabel(message)
        return messages

    def _relabel(self, message: Message) -> None:
        intent = message.get(INTENT) or {}
        text = message.get(TEXT) or ""
        if (self.vocabulary is None or intent.get(INTENT_NAME_KEY) not in self.config["intents"]
                or text.startswith("/")
                or not self.vocabulary.is_question(text, self.config["min_unknown"])):
            return
        target = self.config["relabel_to"]
        small_talk = intent[INTENT_NAME_KEY]
        ranking = [dict(r) for r in message.get(INTENT_RANKING_KEY) or [intent]]
        target_confidence = next(
            (r[PREDICTED_CONFIDENCE_KEY] for r in ranking if r[INTENT_NAME_KEY] == target), 0.0
        )
        confidence = intent[PREDICTED_CONFIDENCE_KEY]
        ranking = [r for r in ranking if r[INTENT_NAME_KEY] not in (target, small_talk)]
        ranking = [{INTENT_NAME_KEY: target, PREDICTED_CONFIDENCE_KEY: confidence},
                   {INTENT_NAME_KEY: small_talk, PREDICTED_CONFIDENCE_KEY: target_confidence}, *ranking]
        message.set(INTENT, dict(ranking[0]), add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        log.debug("Small-talk guard: %s -> %s (unknown words: %s)", small_talk, target,
                  self.vocabulary.unknown_words(text))
