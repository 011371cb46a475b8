"""Issue 9.4: today's NLU pipeline against variants with the e5 sentence-embedding featurizer
(bot/dialogue/e5_featurizer.py), measured as tests/e2e/test_decision_e2e.py measures intents.

Per variant: a whole `rasa train` from an empty Rasa cache (seconds), then a Rasa server with
that model (Rasa's real /model/parse, the e2e tests' own functions): intent accuracy on
tests/data/nlu_heldout.yml and nlu_dev2.yml (and nlu_blind.yml with --blind, for the finalist
only), the dev and blind questions taken for small talk, the everyday work questions taken for
small talk, short answers that lost their small-talk intent, and the parse latency (p50, p90
in ms over every message sent).

    .venv/bin/python benchmarks/bench_nlu_featurizer.py baseline e5-zeros [--blind]
    .venv/bin/python benchmarks/bench_nlu_featurizer.py baseline --model models/servicecoach-….tar.gz

Variants are config.yml with the featurizer inserted after the last CountVectorsFeaturizer
(VARIANTS). One training at a time. Results: var/bench/nlu_featurizer-<variant>.json."""

from __future__ import annotations

import argparse
import copy
import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

import httpx
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import RESULTS, ROOT, percentile  # noqa: E402
from bot.settings import get_settings  # noqa: E402
from bot.stack.rasa_env import rasa_environment, rasa_executable  # noqa: E402

E5 = "bot.dialogue.e5_featurizer.E5Featurizer"
CHAR_NGRAMS = "char_wb"
# name -> (featurizer options or None for today's pipeline, DIET overrides, drop the char n-grams)
VARIANTS: dict[str, tuple[dict | None, dict, bool]] = {
    "baseline": (None, {}, False),
    "e5-zeros": ({"sequence": "zeros"}, {}, False),
    "e5-sentence": ({"sequence": "sentence"}, {}, False),
    "e5-zeros-no-char": ({"sequence": "zeros"}, {}, True),  # e5 instead of the char n-gram counts
    # the finalist against today's pipeline with another DIET seed: is the difference DIET's drift?
    "baseline-seed7": (None, {"random_seed": 7}, False),
    "e5-zeros-seed7": ({"sequence": "zeros"}, {"random_seed": 7}, False),
}


def variant_config(name: str) -> dict:
    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    featurizer, diet, no_char = VARIANTS[name]
    pipeline = [c for c in config["pipeline"] if c["name"] != E5]
    if no_char:
        pipeline = [c for c in pipeline if c.get("analyzer") != CHAR_NGRAMS]
    if featurizer is not None:
        last = max(i for i, c in enumerate(pipeline) if c["name"] == "CountVectorsFeaturizer")
        pipeline.insert(last + 1, {"name": E5, **featurizer})
    for component in pipeline:
        if component["name"] == "DIETClassifier":
            component.update(diet)
    config["pipeline"] = pipeline
    return config


def train(name: str, work: Path) -> tuple[Path, float]:
    settings = get_settings()
    config = work / f"config-{name}.yml"
    config.write_text(
        yaml.safe_dump(variant_config(name), sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    env = {**rasa_environment(settings), "RASA_CACHE_DIRECTORY": str(work / f"cache-{name}")}
    started = time.perf_counter()
    with (work / f"train-{name}.log").open("w") as log:
        subprocess.run(
            [
                str(rasa_executable(settings)),
                "train",
                "--config",
                str(config),
                "--domain",
                "domain.yml",
                "--data",
                "data",
                "--out",
                str(work),
                "--fixed-model-name",
                name,
            ],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    return work / f"{name}.tar.gz", time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(model: Path, work: Path, name: str) -> tuple[subprocess.Popen, SimpleNamespace]:
    """A Rasa server with `model` (no action server, in-memory tracker): what the e2e tests'
    `stack` fixture offers to the NLU measurements (settings.rasa_url, api_token)."""
    settings = get_settings()
    port, token = free_port(), secrets.token_hex(16)
    endpoints = work / "endpoints.yml"
    endpoints.write_text("{}\n")
    log = (work / f"serve-{name}.log").open("w")
    process = subprocess.Popen(
        [
            str(rasa_executable(settings)),
            "run",
            "--model",
            str(model),
            "--endpoints",
            str(endpoints),
            "--interface",
            "127.0.0.1",
            "--port",
            str(port),
            "--enable-api",
            "--auth-token",
            token,
        ],
        cwd=ROOT,
        env=rasa_environment(settings),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Rasa server stopped; see {log.name}")
        try:
            if httpx.get(f"{url}/status", params={"token": token}, timeout=5).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        time.sleep(2)
    else:
        process.terminate()
        raise RuntimeError(f"Rasa server did not start; see {log.name}")
    return process, SimpleNamespace(settings=SimpleNamespace(rasa_url=url), api_token=token)


def measure(stack, blind: bool) -> dict:
    from tests.e2e.test_decision_e2e import CHITCHAT, HELDOUT, QUESTION_SETS, misclassified, parse
    from tests.unit.test_small_talk_guard import SHORT_ANSWERS, WORK_QUESTIONS

    result: dict = {}
    sets = ["nlu_heldout.yml", "nlu_dev2.yml", *(["nlu_blind.yml"] if blind else [])]
    for file in sets:
        total, wrong = misclassified(stack, HELDOUT.with_name(file))
        result[file] = {"accuracy": round(1 - len(wrong) / total, 3), "n": total, "wrong": wrong}
    questions = [
        row["q"] for path in QUESTION_SETS for row in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]
    timings = []
    with httpx.Client(base_url=stack.settings.rasa_url, timeout=30) as client:

        def timed(text: str) -> dict:
            started = time.perf_counter()
            intent = parse(client, stack, text)
            timings.append((time.perf_counter() - started) * 1000)
            return intent

        taken = [
            (q, i["name"])
            for q in questions
            if (i := timed(q))["name"] in CHITCHAT and i["confidence"] >= 0.45
        ]
        work = [
            (q, i["name"])
            for q in WORK_QUESTIONS
            if (i := timed(q))["name"] in CHITCHAT and i["confidence"] >= 0.45
        ]
        lost = [(t, i["name"]) for t in SHORT_ANSWERS if (i := timed(t))["name"] not in CHITCHAT]
    result["small_talk"] = {"taken": len(taken), "of": len(questions), "messages": taken}
    result["work_questions_as_small_talk"] = {"taken": len(work), "of": len(WORK_QUESTIONS), "messages": work}
    result["short_answers_lost"] = lost
    result["parse_ms"] = {
        "p50": round(percentile(timings, 50), 1),
        "p90": round(percentile(timings, 90), 1),
        "n": len(timings),
    }
    return result


def load() -> str:
    """What else ran meanwhile: the load average and the busiest other processes."""
    top = subprocess.run(["ps", "-eo", "pcpu,args", "--sort=-pcpu"], capture_output=True, text=True).stdout
    return f"load {os.getloadavg()[0]:.1f}; " + " | ".join(
        line.strip()[:90] for line in top.splitlines()[1:4]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variants", nargs="+", choices=sorted(VARIANTS))
    parser.add_argument(
        "--model", type=Path, help="measure this trained model instead of training (one variant)"
    )
    parser.add_argument("--blind", action="store_true", help="also nlu_blind.yml (the finalist only)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-nlu-"))
    RESULTS.mkdir(parents=True, exist_ok=True)
    for name in args.variants:
        row: dict = {"variant": name, "config": variant_config(name)["pipeline"], "load_before": load()}
        if args.model:
            model, row["train_seconds"] = args.model.resolve(), None
        else:
            model, seconds = train(name, work)
            row["train_seconds"] = round(seconds, 1)
            row["load_after_training"] = load()
        process, stack = serve(model, work, name)
        try:
            row.update(copy.deepcopy(measure(stack, args.blind)))
        finally:
            process.terminate()
            process.wait(timeout=60)
        (RESULTS / f"nlu_featurizer-{name}.json").write_text(json.dumps(row, indent=1, ensure_ascii=False))
        brief = {
            k: (v["accuracy"] if isinstance(v, dict) and "accuracy" in v else v)
            for k, v in row.items()
            if k not in ("config", "short_answers_lost")
        }
        brief["small_talk"] = row["small_talk"]["taken"]
        brief["work_questions_as_small_talk"] = row["work_questions_as_small_talk"]["taken"]
        brief["short_answers_lost"] = len(row["short_answers_lost"])
        print(json.dumps(brief, ensure_ascii=False), flush=True)
    print(f"work folder: {work}", file=sys.stderr)


if __name__ == "__main__":
    main()
