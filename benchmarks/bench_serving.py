"""Cold start (servers launched -> first answer) and REST latency of an advice question,
through the real Rasa and action servers."""

from __future__ import annotations

import tempfile
import time
import uuid
from pathlib import Path

from benchmarks.common import ADVICE_QUESTIONS, save, summary
from bot.dialogue.client import RasaClient
from bot.stack.rasa_model import ensure_model
from bot.stack.stack import Stack
from tests.conftest import stack_settings

COLD_RUNS = 3
REQUESTS = 60


def main() -> None:
    model = ensure_model(stack_settings(Path(tempfile.mkdtemp())))
    cold: list[float] = []
    latencies: list[float] = []
    for run in range(COLD_RUNS):
        settings = stack_settings(Path(tempfile.mkdtemp(prefix="bench-")))
        started = time.perf_counter()
        with Stack(settings, show_progress=False, model=model):
            client = RasaClient(settings.rasa_url)
            client.send("bench-cold", ADVICE_QUESTIONS[0])
            cold.append(time.perf_counter() - started)
            if run == COLD_RUNS - 1:
                for i in range(REQUESTS):
                    sender = f"bench-{uuid.uuid4().hex[:8]}"
                    t0 = time.perf_counter()
                    replies = client.send(sender, ADVICE_QUESTIONS[i % len(ADVICE_QUESTIONS)])
                    latencies.append((time.perf_counter() - t0) * 1000)
                    assert replies, "no answer"
            client.close()
    save("serving", {"cold_start_to_first_answer_s": summary(cold), "rest_advice_ms": summary(latencies)})


if __name__ == "__main__":
    main()
