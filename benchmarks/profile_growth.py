"""Where the time of a long conversation goes: py-spy samples the Rasa server and the
action server (with its Sanic workers) of the embedded profile during messages 1-20 and
during the last 20 of one conversation of advice questions, and prints the frames whose
samples grew most between the two windows (docs/performance.md, "Conversation length").

Run: .venv/bin/python -m benchmarks.profile_growth [--messages 200]
(raw collapsed stacks and the per-message latencies in var/bench/profile-growth/)."""

from __future__ import annotations

import argparse
import collections
import json
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

from benchmarks.bench_load import ADVICE, send
from benchmarks.common import RESULTS
from tests.helpers import stack_settings

OUT = RESULTS / "profile-growth"
PY_SPY = Path(sys.executable).with_name("py-spy")
WINDOW = 20  # messages per profiled window


def start_recording(pid: int, path: Path) -> subprocess.Popen:
    """py-spy on `pid` and its children at 100 Hz until SIGINT (then it writes `path`)."""
    return subprocess.Popen(
        [str(PY_SPY), "record", "--pid", str(pid), "--subprocesses", "--rate", "100",
         "--format", "raw", "--output", str(path), "--nonblocking"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def inclusive_samples(path: Path) -> collections.Counter[str]:
    """Samples per frame anywhere on the stack (py-spy's raw format: 'a;b;c count')."""
    total: collections.Counter[str] = collections.Counter()
    for line in path.read_text().splitlines() if path.exists() else []:
        stack, _, count = line.rpartition(" ")
        frames = {f for f in stack.split(";") if not f.startswith(("process ", "thread "))}
        if frames and count.isdigit():
            for frame in frames:
                total[frame] += int(count)
    return total


def main(messages: int = 200, top: int = 30) -> dict:
    from bot.stack.rasa_model import ensure_model
    from bot.stack.stack import Stack

    OUT.mkdir(parents=True, exist_ok=True)
    settings = stack_settings(Path(tempfile.mkdtemp(prefix="bench-growth-")))
    times: list[float] = []
    with Stack(settings, show_progress=False, model=ensure_model(settings)) as stack, httpx.Client(
        base_url=settings.rasa_url, timeout=120
    ) as client:
        send(client, "warm-up", ADVICE)
        sender, recording = f"growth-{uuid.uuid4().hex[:8]}", {}
        for n in range(messages):
            if n in (0, messages - WINDOW):
                tag = "first" if n == 0 else "last"
                recording = {
                    s.name: start_recording(s.process.pid, OUT / f"{tag}-{s.name.replace(' ', '_')}.txt")
                    for s in stack.servers
                }
                time.sleep(1.5)  # py-spy attaches
            started = time.perf_counter()
            send(client, sender, ADVICE)
            times.append((time.perf_counter() - started) * 1000)
            if n in (WINDOW - 1, messages - 1):
                for proc in recording.values():
                    proc.send_signal(signal.SIGINT)
                for proc in recording.values():
                    proc.wait(timeout=60)
        names = [s.name.replace(" ", "_") for s in stack.servers]
    result: dict = {
        "first_20_ms": statistics.median(times[:WINDOW]),
        "last_20_ms": statistics.median(times[-WINDOW:]),
        "median_per_20_ms": [
            round(statistics.median(times[i : i + WINDOW])) for i in range(0, messages, WINDOW)
        ],
    }
    for name in names:
        first = inclusive_samples(OUT / f"first-{name}.txt")
        last = inclusive_samples(OUT / f"last-{name}.txt")
        grown = sorted(set(first) | set(last), key=lambda f: first[f] - last[f])[:top]
        result[name] = [(frame, first[frame], last[frame]) for frame in grown]
    (OUT / "summary.json").write_text(json.dumps(result | {"times_ms": times}, indent=1))
    print(json.dumps(result, indent=1))
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200)
    args = parser.parse_args()
    main(args.messages)
