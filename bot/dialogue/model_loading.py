"""Load Rasa's TensorFlow models (DIET) without tracing their training step (issue 14.2,
cold start).

Runs inside Rasa (its own virtualenv, Python 3.10). Rasa 3.6's `RasaModel.load` builds the
model's weights by *training it on one example* (`model.fit`), then loads the trained weights
and runs one prediction. Tracing that training step (loss, CRF, optimizer) was 85 % of the
Rasa server's start in the profile (docs/performance.md). For serving, the prediction graph
is enough: here the trained weights are restored as the prediction creates its variables
(TensorFlow's deferred checkpoint restoration) and checked to be matched, so the model
predicts exactly as before (same intents and confidences; tests/e2e/test_model_loading.py).

Only for serving: when Rasa loads a model to fine-tune it, or without an example to predict
on, Rasa's own `load` runs. `install()` replaces `rasa.utils.tensorflow.models.RasaModel.load`
for Rasa 3.6.x only; for any other version it logs a warning and leaves Rasa alone. It is
called when Rasa imports the coach's tracker store (bot/dialogue/tracker_store.py, named in
endpoints.yml), which Rasa does before it loads the model."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

SUPPORTED = "3.6."  # the Rasa versions whose RasaModel.load this replaces
_installed = False


def install() -> bool:
    """Make Rasa load its TensorFlow models for serving without a training step. True when
    installed (or already); False (and a warning logged) when Rasa is not 3.6.x."""
    global _installed
    if _installed:
        return True
    import rasa

    if not rasa.__version__.startswith(SUPPORTED):
        log.warning(
            "Rasa %s: models are loaded by Rasa itself (the faster load is for Rasa %sx only)",
            rasa.__version__, SUPPORTED,
        )
        return False
    from rasa.utils.tensorflow import models

    rasa_load = models.RasaModel.load.__func__

    def load(
        cls: Any,
        model_file_name: str,
        model_data_example: Any,
        predict_data_example: Any = None,
        finetune_mode: bool = False,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        """Rasa's `RasaModel.load` for serving: weights restored into the prediction graph.
        Raises AssertionError (from TensorFlow) when the checkpoint does not match the model."""
        if finetune_mode or predict_data_example is None:
            return rasa_load(cls, model_file_name, model_data_example, predict_data_example,
                             finetune_mode, *args, **kwargs)
        import tensorflow as tf

        model = cls(*args, **kwargs)
        config = kwargs.get("config", {})
        model.compile(
            optimizer=tf.keras.optimizers.Adam(config.get("learning_rate", 0.001)),
            run_eagerly=config.get("run_eagerly"),
        )
        restored = model.load_weights(model_file_name)  # applied as variables are created
        model.run_inference(predict_data_example)  # creates them (and traces the prediction)
        restored.assert_existing_objects_matched()
        return model

    models.RasaModel.load = classmethod(load)
    _installed = True
    return True
