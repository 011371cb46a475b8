"""Rasa loads the coach's trained model without a training step (issue 14.2, cold start;
bot/dialogue/model_loading.py) and then understands every message exactly as with Rasa's
own load: the same intent and confidence for the NLU examples of every intent, for
off-topic and gibberish input, and the same intent ranking.

Loads the real trained model twice in .venv-rasa (subprocess): Rasa's own load, then the
coach's (installed as Rasa installs it: by importing the tracker store)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.helpers import ROOT, thread_policy

RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"
EXTRA = [
    "Wat wordt het weer morgen in Utrecht?",
    "qwx zzkv plorf bnnnt",
    "ok",
    "4",
    "How do I say no to a customer without losing them?",
    "kun je ook frans praten?",
]

SCRIPT = r"""
import asyncio, json, sys, time
import tensorflow as tf
from rasa.core.agent import Agent

model, texts = sys.argv[1], json.loads(sys.argv[2])
fits = []
keras_fit = tf.keras.Model.fit
def counted_fit(self, *args, **kwargs):
    fits.append(type(self).__name__)
    return keras_fit(self, *args, **kwargs)
tf.keras.Model.fit = counted_fit

async def understand(agent):
    out = []
    for text in texts:
        parsed = await agent.parse_message(text)
        ranking = [[r["name"], r["confidence"]] for r in parsed["intent_ranking"][:3]]
        out.append([text, parsed["intent"]["name"], parsed["intent"]["confidence"], ranking])
    return out

result = {}
for label in ("rasa", "coach"):
    if label == "coach":
        import bot.dialogue.tracker_store  # noqa: F401  (what Rasa imports, endpoints.yml)
    del fits[:]
    started = time.perf_counter()
    agent = Agent.load(model)
    result[label] = {"seconds": time.perf_counter() - started, "fits": list(fits),
                     "parsed": asyncio.run(understand(agent))}
print(json.dumps(result))
"""


def _texts() -> list[str]:
    """Up to 12 NLU examples of every intent in data/nlu, and the EXTRA inputs."""
    texts: list[str] = []
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            examples = item.get("examples", "").splitlines()
            texts += [line[2:].strip() for line in examples if line.startswith("- ")][:12]
    return texts + EXTRA


@pytest.fixture(scope="module")
def both_loads(rasa_model: Path) -> dict:
    if not RASA_PYTHON.exists():
        pytest.skip("needs .venv-rasa")
    done = subprocess.run(
        [str(RASA_PYTHON), "-c", SCRIPT, str(rasa_model), json.dumps(_texts())],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "RASA_TELEMETRY_ENABLED": "false",
             "TF_CPP_MIN_LOG_LEVEL": "2", **thread_policy()},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_no_training_step_when_serving(both_loads: dict) -> None:
    assert both_loads["rasa"]["fits"]  # Rasa's own load trains on one example
    assert both_loads["coach"]["fits"] == []


def test_the_model_understands_every_message_as_before(both_loads: dict) -> None:
    rasa, coach = both_loads["rasa"]["parsed"], both_loads["coach"]["parsed"]
    assert len(coach) == len(_texts()) > 100
    for before, after in zip(rasa, coach, strict=True):
        (text, intent, confidence, ranking), (_, intent2, confidence2, ranking2) = before, after
        assert intent2 == intent, text
        assert confidence2 == pytest.approx(confidence, abs=1e-4), text
        assert [name for name, _ in ranking2] == [name for name, _ in ranking], text
