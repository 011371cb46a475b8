"""Rasa's own checks, run with the real Rasa in .venv-rasa."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bot.settings import get_settings
from bot.stack.rasa_env import rasa_environment, rasa_executable

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.rasa


def rasa(*args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    settings = get_settings()
    return subprocess.run(
        [str(rasa_executable(settings)), *args],
        cwd=ROOT,
        timeout=timeout,
        env=rasa_environment(settings),
        capture_output=True,
        text=True,
    )


# utter_default is spoken by Rasa's own action_default_fallback, utter_stop by action_stop,
# utter_out_of_scope by action_out_of_scope, utter_affirm / utter_deny by action_affirm /
# action_deny and utter_greet / utter_greet_employee / utter_goodbye / utter_thank / utter_iamabot by
# action_small_talk (through the dispatcher); the validator sees none of them. Every other
# warning fails the test.
KNOWN_WARNINGS = (
    "The utterance 'utter_default' is not used",
    "The utterance 'utter_stop' is not used",
    "The utterance 'utter_out_of_scope' is not used",
    "The utterance 'utter_affirm' is not used",
    "The utterance 'utter_deny' is not used",
    "The utterance 'utter_greet' is not used",
    "The utterance 'utter_greet_employee' is not used",
    "The utterance 'utter_goodbye' is not used",
    "The utterance 'utter_thank' is not used",
    "The utterance 'utter_iamabot' is not used",
)


def test_rasa_data_validate() -> None:
    done = rasa("data", "validate", "--config", "config.yml", "--domain", "domain.yml", "--data", "data")
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-3000:]
    warnings = [
        line
        for line in output.splitlines()
        if "UserWarning" in line and not any(k in line for k in KNOWN_WARNINGS)
    ]
    assert not warnings, "\n".join(warnings)


def test_rasa_test_stories_all_pass(rasa_model: Path, tmp_path: Path) -> None:
    done = rasa(
        "test",
        "core",
        "--model",
        str(rasa_model),
        "--stories",
        "tests/rasa/test_stories.yml",
        "--out",
        str(tmp_path),
        "--fail-on-prediction-errors",
    )
    failed = tmp_path / "failed_test_stories.yml"
    report = failed.read_text() if failed.exists() else "(no report)"
    assert done.returncode == 0, report + done.stdout[-2000:] + done.stderr[-2000:]
    assert "None of the test stories failed" in report
