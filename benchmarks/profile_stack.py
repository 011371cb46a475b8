"""Where the time goes: py-spy samples the Rasa server and the action server (with its
Sanic workers) of the embedded profile while locust loads it with advice questions, then
while one conversation grows long. Prints and saves the functions with the most samples
(own and including callees) per server.

Run: .venv/bin/python -m benchmarks.profile_stack [--seconds 30] [--users 10]
(raw collapsed stacks and the summary in var/bench/profile/)."""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from benchmarks.bench_load import ADVICE, conversation_growth, locust_run
from benchmarks.common import RESULTS
from tests.helpers import stack_settings

OUT = RESULTS / "profile"
PY_SPY = Path(sys.executable).with_name("py-spy")


def record(pid: int, seconds: int, path: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [str(PY_SPY), "record", "--pid", str(pid), "--subprocesses", "--duration", str(seconds),
         "--rate", "50", "--format", "raw", "--output", str(path), "--nonblocking"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def summarise(path: Path, top: int = 25) -> dict[str, list[tuple[str, float]]]:
    """Shares of samples: 'self' (the innermost frame) and 'total' (anywhere on the stack)."""
    own: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    samples = 0
    for line in path.read_text().splitlines() if path.exists() else []:
        stack, _, count = line.rpartition(" ")
        frames = [f for f in stack.split(";") if not f.startswith("process ") and not f.startswith("thread ")]
        if not frames or not count.isdigit():
            continue
        n = int(count)
        samples += n
        own[frames[-1]] += n
        for frame in set(frames):
            total[frame] += n
    share = lambda c: [(frame, round(100 * n / max(samples, 1), 1)) for frame, n in c.most_common(top)]  # noqa: E731
    return {"samples": samples, "self_pct": share(own), "total_pct": share(total)}  # type: ignore[dict-item]


def profile_phase(name: str, stack, seconds: int, load: threading.Thread) -> dict:
    procs = {server.name: record(server.process.pid, seconds, OUT / f"{name}-{server.name}.txt")
             for server in stack.servers}
    load.start()
    load.join()
    for proc in procs.values():
        proc.wait(timeout=seconds + 60)
    return {server: summarise(OUT / f"{name}-{server}.txt") for server in procs}


def main(seconds: int = 30, users: int = 10) -> dict:
    from bot.stack.rasa_model import ensure_model
    from bot.stack.stack import Stack

    OUT.mkdir(parents=True, exist_ok=True)
    settings = stack_settings(Path(tempfile.mkdtemp(prefix="bench-profile-")))
    result: dict = {}
    with Stack(settings, show_progress=False, model=ensure_model(settings)) as stack:
        url = settings.rasa_url
        conversation_growth(url, 5)  # warm-up
        load = threading.Thread(
            target=lambda: result.setdefault("load", locust_run(url, ADVICE, users, seconds))
        )
        result["under_load"] = profile_phase("load", stack, seconds + 5, load)
        growth = threading.Thread(target=lambda: result.setdefault("growth", conversation_growth(url)))
        result["long_conversation"] = profile_phase("growth", stack, 90, growth)
    (OUT / "summary.json").write_text(json.dumps(result, indent=1))
    print(json.dumps(result, indent=1))
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--users", type=int, default=10)
    args = parser.parse_args()
    main(args.seconds, args.users)
