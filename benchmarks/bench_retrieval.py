"""Retrieval quality (hit@1, hit@3, MRR per mode) and search latency of the engine."""

from __future__ import annotations

from benchmarks.common import ROOT, save, search_latency
from bot.engine.evaluate import evaluate, load_questions
from bot.engine.service import open_searcher


def main() -> None:
    searcher = open_searcher()
    questions = load_questions(ROOT / "tests/data/devset.yml")
    quality = {
        s.mode: {"hit@1": round(s.hit1, 3), "hit@3": round(s.hit3, 3), "mrr": round(s.mrr, 3)}
        for s in evaluate(searcher, questions)
    }
    latency = search_latency(searcher)
    save("retrieval", {"questions": len(questions), "quality": quality, "search_ms": latency})


if __name__ == "__main__":
    main()
