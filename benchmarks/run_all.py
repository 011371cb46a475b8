"""Run every benchmark in turn (`make bench`); results land in var/bench/*.json and the
table in benchmarks/README.md. Options: --skip-rasa (no Rasa training benchmark),
--quick (one 10-second load run per figure instead of the median of three 20-second runs),
--target URL (load a running deployment, e.g. the production profile's load balancer,
instead of starting the embedded profile)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import (  # noqa: E402
    bench_coach_outcomes,
    bench_embedders,
    bench_live_update,
    bench_load,
    bench_rasa,
    bench_retrieval,
    bench_scale,
    bench_serving,
    report,
)

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-rasa", action="store_true")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--target", default="")
    args = parser.parse_args()
    bench_retrieval.main()
    bench_embedders.main()
    bench_coach_outcomes.main()
    bench_scale.main()
    bench_serving.main()
    bench_load.main(seconds=10 if args.quick else 20, repeats=1 if args.quick else 3, target=args.target)
    bench_live_update.main()
    if not args.skip_rasa:
        bench_rasa.main()
    report.main()
