"""Calibrate when the coach trusts a search result: compare the top result's dense and
lexical scores for on-topic questions (dev set) with off-topic ones (out_of_scope NLU
examples). Prints how often each side passes the thresholds in actions/knowledge.py."""

from __future__ import annotations

import os
import re
import statistics
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ["SERVICECOACH_WARMUP"] = "0"  # this script opens its own searcher

from bot.engine.confidence import MIN_COMBINED, MIN_LEXICAL, confident  # noqa: E402
from bot.engine.evaluate import load_questions  # noqa: E402
from bot.engine.service import open_searcher  # noqa: E402


def off_topic(root: Path) -> list[str]:
    data = yaml.safe_load((root / "data/nlu/out_of_scope.yml").read_text())
    out = []
    for block in data["nlu"]:
        if block.get("intent") == "out_of_scope":
            for line in block["examples"].splitlines():
                text = re.sub(r"^\s*-\s*", "", line).strip()
                if text:
                    out.append(text)
    return out


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    searcher = open_searcher()
    on = [q.q for q in load_questions(root / "tests/data/devset.yml")]
    off = off_topic(root)
    for label, queries in (("on-topic", on), ("off-topic", off)):
        tops = [searcher.search(q, top_k=1) for q in queries]
        dense = [r[0].dense for r in tops if r]
        lexical = [r[0].lexical for r in tops if r]
        passed = sum(1 for r in tops if r and confident(r[0]))
        d10, *_, d90 = statistics.quantiles(dense, n=10)
        l10, *_, l90 = statistics.quantiles(lexical, n=10)
        print(
            f"{label:9} n={len(queries):3}  dense median {statistics.median(dense):.3f} "
            f"(p10 {d10:.3f}, p90 {d90:.3f})  lexical median {statistics.median(lexical):.2f} "
            f"(p10 {l10:.2f}, p90 {l90:.2f})  trusted {passed / len(queries):.0%}"
        )
    print(f"trusted when dense + 0.03 * lexical >= {MIN_COMBINED} or lexical >= {MIN_LEXICAL}")


if __name__ == "__main__":
    main()
