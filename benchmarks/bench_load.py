"""Load over the REST channel with locust, the coach against a plain Rasa bot measured in
the same run (issue 14, points 2 and 4).

- throughput and latency at 1, 10 and 50 closed-loop users: the coach's advice question
  (and its greeting) vs the plain `rasa init` bot's greeting; medians of REPEATS runs;
- conversation-length growth: one conversation of 200 advice questions, median latency
  of messages 1-20 vs 181-200;
- resident memory per process (Rasa, action server with its workers) after the load.

The coach is the embedded profile started here, or any running deployment given with
--target URL (for example the production profile's load balancer); then only the load
figures are measured for it.

Run: .venv/bin/python -m benchmarks.bench_load [--seconds 20] [--repeats 3] [--target URL]
(result in var/bench/load.json)."""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import ExitStack
from pathlib import Path

import httpx
import psutil

from benchmarks.common import ADVICE_QUESTIONS, ROOT, save
from benchmarks.plain_rasa import GREETING, PlainRasa
from tests.helpers import free_port, stack_settings

USERS = (1, 10, 50)
ADVICE = ADVICE_QUESTIONS[0]
COACH_GREETING = "hallo"
GROWTH_MESSAGES = 200
LOCUST = Path(sys.executable).with_name("locust")


def locust_run(host: str, message: str, users: int, seconds: int) -> dict[str, float]:
    """One headless locust run: {"rps", "p50_ms", "p95_ms", "requests", "failures"}."""
    with tempfile.TemporaryDirectory(prefix="locust-") as folder:
        prefix = str(Path(folder) / "run")
        subprocess.run(
            [str(LOCUST), "-f", str(ROOT / "benchmarks" / "locustfile.py"), "--headless", "--only-summary",
             "--host", host, "-u", str(users), "-r", str(users), "-t", f"{seconds}s", "--csv", prefix,
             "--loglevel", "WARNING"],
            env={**os.environ, "LOAD_MESSAGE": message},
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=seconds + 180,
        )
        with open(f"{prefix}_stats.csv", newline="") as handle:
            row = next(r for r in csv.DictReader(handle) if r["Name"] == "Aggregated")
    return {
        "rps": float(row["Requests/s"]),
        "p50_ms": float(row["50%"]),
        "p95_ms": float(row["95%"]),
        "requests": int(row["Request Count"]),
        "failures": int(row["Failure Count"]),
    }


def median_runs(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]} | {"runs": len(runs)}


def send(client: httpx.Client, sender: str, message: str) -> list[dict]:
    """One message over the REST channel; the bot's replies (raises on an HTTP error)."""
    response = client.post("/webhooks/rest/webhook", json={"sender": sender, "message": message})
    response.raise_for_status()
    return response.json()


def conversation_growth(url: str, messages: int = GROWTH_MESSAGES) -> dict[str, float]:
    """Latency (ms) of one conversation's messages: median of the first and last 20."""
    sender = f"growth-{uuid.uuid4().hex[:8]}"
    times: list[float] = []
    with httpx.Client(base_url=url, timeout=120) as client:
        for _ in range(messages):
            started = time.perf_counter()
            send(client, sender, ADVICE)
            times.append((time.perf_counter() - started) * 1000)
    window = min(20, messages // 2)
    first, last = statistics.median(times[:window]), statistics.median(times[-window:])
    return {"messages": messages, "first_20_ms": first, "last_20_ms": last, "ratio": last / first}


def resident_mb(pid: int) -> float:
    """Resident memory of a process and its children (Sanic workers), in MiB."""
    process = psutil.Process(pid)
    return sum(p.memory_info().rss for p in [process, *process.children(recursive=True)]) / 2**20


def load_all(targets: dict[str, tuple[str, str]], seconds: int, repeats: int) -> dict[str, dict]:
    """targets: label -> (base URL, message); runs interleaved so noise hits every target."""
    runs: dict[str, dict[int, list]] = {label: {u: [] for u in USERS} for label in targets}
    for _ in range(repeats):
        for users in USERS:
            for label, (url, message) in targets.items():
                runs[label][users].append(locust_run(url, message, users, seconds))
    return {label: {str(u): median_runs(r) for u, r in by_users.items()} for label, by_users in runs.items()}


def main(seconds: int = 20, repeats: int = 3, target: str = "", growth: int = GROWTH_MESSAGES) -> dict:
    from bot.stack.rasa_model import ensure_model
    from bot.stack.stack import Stack

    data: dict = {"seconds_per_run": seconds, "repeats": repeats, "cpu_cores": os.cpu_count()}
    with ExitStack() as running:
        plain_bot = running.enter_context(PlainRasa(free_port()))
        plain_url = plain_bot.url
        with httpx.Client(base_url=plain_url, timeout=60) as plain:
            send(plain, "warm", GREETING)
        stack = None
        if target:
            coach_url, data["coach"] = target.rstrip("/"), f"deployment at {target}"
        else:
            settings = stack_settings(Path(tempfile.mkdtemp(prefix="bench-load-")))
            stack = running.enter_context(Stack(settings, show_progress=False, model=ensure_model(settings)))
            coach_url, data["coach"] = settings.rasa_url, "embedded profile"
        with httpx.Client(base_url=coach_url, timeout=120) as coach:
            send(coach, "warm", ADVICE)
        data["load"] = load_all(
            {
                "coach_advice": (coach_url, ADVICE),
                "coach_greeting": (coach_url, COACH_GREETING),
                "plain_greeting": (plain_url, GREETING),
            },
            seconds,
            repeats,
        )
        data["conversation_growth"] = conversation_growth(coach_url, growth)
        data["resident_mb"] = {"plain Rasa server": resident_mb(plain_bot.pid)}
        if stack is not None:
            for server in stack.servers:
                data["resident_mb"][server.name] = resident_mb(server.process.pid)
    load = data["load"]
    data["ratios"] = {
        f"advice_vs_plain_throughput_{u}_users": load["coach_advice"][str(u)]["rps"]
        / max(load["plain_greeting"][str(u)]["rps"], 1e-9)
        for u in USERS
    }
    save("load", data)
    return data


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=20, help="length of one locust run")
    parser.add_argument("--repeats", type=int, default=3, help="runs per figure (the median is kept)")
    parser.add_argument("--target", default="", help="base URL of a running coach (default: start one)")
    parser.add_argument("--growth", type=int, default=GROWTH_MESSAGES, help="messages in one conversation")
    args = parser.parse_args()
    main(args.seconds, args.repeats, args.target, args.growth)
