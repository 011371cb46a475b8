"""Rasa validates action server answers with one precompiled validator (issue 14.2, speed):
the same verdict and the same error message as Rasa 3.6's own `jsonschema.validate` for
valid answers and for every kind of invalid answer, and Rasa is left alone on another
version.

Runs Rasa's real `RemoteAction` in .venv-rasa (subprocess), as Rasa loads the coach's
module: by importing the tracker store named in endpoints.yml."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.helpers import ROOT, thread_policy

RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"

# One answer per kind: valid ones the coach's actions send, and every way an answer can break
# the schema (not an object, events/responses of the wrong type, events of an unknown type or
# with wrongly typed fields).
ANSWERS = {
    "empty": {},
    "advice answer": {
        "events": [{"event": "slot", "name": "language", "value": "en", "timestamp": None}],
        "responses": [
            {"text": "Listen first.", "buttons": [{"title": "More", "payload": "/ask_advice"}]},
            {"custom": {"type": "source", "id": "angry-customer"}},
            {"response": "utter_out_of_scope"},
        ],
    },
    "every coach event": {
        "events": [
            {"event": "slot", "name": "tips_given", "value": ["a", "b"]},
            {"event": "slot", "name": "pinned_language", "value": None},
            {"event": "followup", "name": "action_listen"},
            {"event": "action", "name": "action_listen"},
        ],
        "responses": [],
    },
    "answer is a list": [],
    "answer is text": "ok",
    "answer is null": None,
    "events is an object": {"events": {"event": "slot"}},
    "events is text": {"events": "slot"},
    "event is text": {"events": ["slot"]},
    "event of unknown type": {"events": [{"event": "no_such_event"}]},
    "event without type": {"events": [{"name": "language", "value": "en"}]},
    "slot name is a number": {"events": [{"event": "slot", "name": 3, "value": "en"}]},
    "user text is a number": {"events": [{"event": "user", "text": 42}]},
    "action name is a number": {"events": [{"event": "action", "name": 5}]},
    "timestamp is text": {"events": [{"event": "slot", "name": "language", "timestamp": "now"}]},
    "responses is an object": {"responses": {"text": "hi"}},
    "response is text": {"responses": ["hi"]},
    "second response is a number": {"responses": [{"text": "hi"}, 7]},
}

SCRIPT = r"""
import json, logging, sys, time
import rasa
from rasa.core.actions.action import RemoteAction

answers = json.loads(sys.argv[1])
records = []
logging.getLogger("bot.dialogue.action_validation").addHandler(
    type("Keep", (logging.Handler,), {"emit": lambda self, r: records.append(r.getMessage())})()
)
original = RemoteAction._validate_action_result
action = RemoteAction("action_answer_advice", None)

def verdict(method, answer):
    try:
        return ["valid", method(action, answer)]
    except Exception as e:
        return [type(e).__module__ + "." + type(e).__name__, getattr(e, "message", str(e))]

def seconds_per_call(method, answer, n=200):
    started = time.perf_counter()
    for _ in range(n):
        method(action, answer)
    return (time.perf_counter() - started) / n

# another Rasa version first: the coach's module leaves Rasa alone
version, rasa.__version__ = rasa.__version__, "3.7.0"
import bot.dialogue.tracker_store  # noqa: F401  (what Rasa imports, endpoints.yml)
other = {"replaced": RemoteAction._validate_action_result is not original, "warnings": list(records)}
rasa.__version__ = version
del records[:]
from bot.dialogue import action_validation
action_validation.install()  # as on import with the real version
patched = RemoteAction._validate_action_result
big = answers["advice answer"]
print(json.dumps({
    "other_version": other,
    "replaced": patched is not original,
    "warnings": records,
    "original": {k: verdict(original, a) for k, a in answers.items()},
    "patched": {k: verdict(patched, a) for k, a in answers.items()},
    "ms_original": 1000 * seconds_per_call(original, big),
    "ms_patched": 1000 * seconds_per_call(patched, big),
}))
"""


@pytest.fixture(scope="module")
def rasa_36() -> dict:
    if not RASA_PYTHON.exists():
        pytest.skip("needs .venv-rasa")
    done = subprocess.run(
        [str(RASA_PYTHON), "-c", SCRIPT, json.dumps(ANSWERS)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "RASA_TELEMETRY_ENABLED": "false",
             **thread_policy()},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_installed_when_rasa_imports_the_tracker_store(rasa_36: dict) -> None:
    assert rasa_36["replaced"]
    assert rasa_36["warnings"] == []


def test_same_verdict_and_message_for_every_kind_of_answer(rasa_36: dict) -> None:
    assert rasa_36["patched"] == rasa_36["original"]
    valid = {k for k, (kind, _) in rasa_36["patched"].items() if kind == "valid"}
    assert valid == {"empty", "advice answer", "every coach event"}


def test_an_invalid_answer_is_still_rejected_with_rasas_hint(rasa_36: dict) -> None:
    for name, (kind, message) in rasa_36["patched"].items():
        if name in {"empty", "advice answer", "every coach event"}:
            continue
        assert kind == "jsonschema.exceptions.ValidationError", name
        assert "Failed to validate Action server response from API" in message, name


def test_validation_is_cheaper(rasa_36: dict) -> None:
    # not a timing target (benchmarks/ has those): the schema is no longer checked per call
    assert rasa_36["ms_patched"] < rasa_36["ms_original"]


def test_another_rasa_version_is_left_alone(rasa_36: dict) -> None:
    other = rasa_36["other_version"]
    assert not other["replaced"]
    assert any("3.7.0" in w for w in other["warnings"])
