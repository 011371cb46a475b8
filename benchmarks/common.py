"""Helpers the benchmarks share: timing summaries and a place for results."""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# Servers started by a benchmark load the repo's embeddings and index (built by `make index`),
# as a restarted coach does, instead of embedding everything again in a fresh var/ folder.
os.environ.setdefault("SERVICECOACH_CACHE_DIR", str(ROOT / "var" / "cache"))
RESULTS = ROOT / "var" / "bench"

ADVICE_QUESTIONS = [
    "Hoe ga ik om met een boze klant?",
    "Wat doe ik als ik het probleem van een klant niet zelf kan oplossen?",
    "How do I say no to a customer without losing them?",
    "Wat is de servicepiramide?",
    "How can I make service more personal at the desk?",
    "klant belt voor de derde keer over dezelfde storing, wat nu",
    "What is outside-in thinking?",
    "hoe verras ik een klant zonder dat het geld kost",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "median": statistics.median(values),
        "p95": percentile(values, 95),
        "min": min(values),
        "max": max(values),
    }


def search_latency(searcher, rounds: int = 5) -> dict[str, float]:
    """summary() of the search time in ms of each ADVICE_QUESTIONS query, `rounds` times,
    after one warm-up search. `searcher`: a bot.engine Searcher."""
    searcher.search("warm-up")
    timings = []
    for _ in range(rounds):
        for q in ADVICE_QUESTIONS:
            started = time.perf_counter()
            searcher.search(q)
            timings.append((time.perf_counter() - started) * 1000)
    return summary(timings)


def save(name: str, data: dict) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(data, indent=2))
    print(json.dumps({name: data}, indent=2))
