"""Run every benchmark in turn (`make bench`); results land in var/bench/*.json."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import bench_live_update, bench_rasa, bench_retrieval, bench_serving  # noqa: E402

if __name__ == "__main__":
    bench_retrieval.main()
    bench_serving.main()
    bench_live_update.main()
    if "--skip-rasa" not in sys.argv:
        bench_rasa.main()
