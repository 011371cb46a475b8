"""Save-to-answer time of a knowledge edit: an article is saved with a new sentence, and
the clock stops when the real coach (Rasa + action server, over REST) first answers with
it. No restart, no retraining. Median of several edits.

Run: .venv/bin/python -m benchmarks.bench_live_update (result in var/bench/live_update.json)."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import uuid
from pathlib import Path

from benchmarks.common import ROOT, save, summary
from bot.dialogue.client import RasaClient
from bot.stack.rasa_model import ensure_model
from bot.stack.stack import Stack
from tests.conftest import stack_settings

RUNS = 5
ARTICLE = Path("nl") / "angry-customer.md"
QUESTION = "Hoe ga ik om met een boze klant?"
TIMEOUT = 120.0


def private_copy(folder: Path) -> None:
    """Knowledge and embedding cache of our own, so the repo's files stay untouched."""
    shutil.copytree(ROOT / "knowledge", folder / "knowledge")
    (folder / "cache").mkdir()
    for npz in (ROOT / "var" / "cache").glob("embeddings-*.npz"):
        shutil.copy(npz, folder / "cache" / npz.name)
    os.environ["SERVICECOACH_KNOWLEDGE_DIR"] = str(folder / "knowledge")
    os.environ["SERVICECOACH_CACHE_DIR"] = str(folder / "cache")


def save_to_answer(client: RasaClient, path: Path, original: str, marker: str) -> float:
    started = time.perf_counter()
    path.write_text(original.replace('\nsummary: "', f'\nsummary: "{marker}. ', 1), encoding="utf-8")
    while time.perf_counter() - started < TIMEOUT:
        replies = client.send(f"bench-{uuid.uuid4().hex[:8]}", QUESTION)
        if any(marker in (r.get("text") or "") for r in replies):
            return time.perf_counter() - started
        time.sleep(0.05)
    raise TimeoutError(f"the edit was not answered from within {TIMEOUT}s")


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-live-"))
    private_copy(folder)
    settings = stack_settings(folder / "var")
    model = ensure_model(settings)
    path = folder / "knowledge" / ARTICLE
    original = path.read_text(encoding="utf-8")
    times: list[float] = []
    with Stack(settings, show_progress=False, model=model):
        client = RasaClient(settings.rasa_url)
        for run in range(RUNS):
            times.append(save_to_answer(client, path, original, f"Meetregel{run}x{uuid.uuid4().hex[:4]}"))
        client.close()
    shutil.rmtree(folder, ignore_errors=True)
    save("live_update", {"save_to_answer_s": summary(times)})


if __name__ == "__main__":
    main()
