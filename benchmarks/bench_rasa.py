"""Rasa training time from an empty cache, and intent accuracy on a held-out 20% split of
the NLU data (trained on the other 80%)."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.common import ROOT, save
from bot.settings import get_settings
from bot.stack.rasa_env import rasa_environment, rasa_executable


def rasa(args: list[str], cache: Path) -> float:
    settings = get_settings()
    env = {**rasa_environment(settings), "RASA_CACHE_DIRECTORY": str(cache)}
    started = time.perf_counter()
    subprocess.run(
        [str(rasa_executable(settings)), *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="bench-rasa-"))
    full = rasa(["train", "--out", str(work / "full"), "--fixed-model-name", "m"], work / "cache-full")
    split = work / "split"
    rasa(
        [
            "data",
            "split",
            "nlu",
            "--nlu",
            "data/nlu",
            "--training-fraction",
            "0.8",
            "--random-seed",
            "42",
            "--out",
            str(split),
        ],
        work / "cache-split",
    )
    train_file = next(split.glob("training_data.*"))
    test_file = next(split.glob("test_data.*"))
    rasa(
        ["train", "nlu", "--nlu", str(train_file), "--out", str(work / "nlu"), "--fixed-model-name", "nlu"],
        work / "cache-nlu",
    )
    rasa(
        [
            "test",
            "nlu",
            "--nlu",
            str(test_file),
            "--model",
            str(work / "nlu" / "nlu.tar.gz"),
            "--out",
            str(work / "report"),
        ],
        work / "cache-nlu",
    )
    report = json.loads((work / "report" / "intent_report.json").read_text())
    save(
        "rasa",
        {
            "train_seconds_empty_cache": round(full, 1),
            "intent_accuracy_heldout": round(report["accuracy"], 4),
            "intent_macro_f1_heldout": round(report["macro avg"]["f1-score"], 4),
            "heldout_examples": int(report["macro avg"]["support"]),
            "cpu_cores": os.cpu_count(),
        },
    )


if __name__ == "__main__":
    main()
