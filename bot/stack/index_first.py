"""The knowledge index built before the servers start, when it is missing. The action server
builds a missing index during its own start-up; on a busy machine (a new knowledge folder, a
new article set, other work on two cores) that took longer than Sanic waits for its worker
(180 s: "Not all workers acknowledged a successful startup"), and `servicecoach chat` died
after "3/3 Servers starten…" (fresh tester of stop 67). Built first, in a process of its own
(its embedding model is not kept in the chat's memory), with a line of progress; the action
server then loads it in seconds.

`index_missing` predicts the index folder the action server will look for: the articles it
will serve (bot/content/publishing.py, last good versions for files with errors) and the
embedding model's fingerprint, as bot/engine/index.py `content_key` names it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bot.settings import Settings

BUILD_TIMEOUT = 1800.0  # seconds: a first build embeds ~2,600 texts (~2 min on two free cores)


def _served_articles(settings: Settings) -> list:
    from bot.content.publishing import plan_publication
    from bot.engine.live import state_dir

    return list(plan_publication(settings.knowledge_dir, state_dir(settings) / "last-good").articles)


def index_missing(settings: Settings) -> bool:
    """Whether the action server would have to build the index (its vectors or its article
    classifier) while starting. False when there is no knowledge folder (nothing to build)."""
    from bot.engine.article_classifier import cache_name

    if not settings.knowledge_dir.is_dir():
        return False
    from bot.engine.embedder import model_fingerprint
    from bot.engine.index import content_key

    articles = _served_articles(settings)
    folder = (
        settings.cache_dir / f"index-{content_key(articles, model_fingerprint(settings.embedding_model))}"
    )
    classified = len({a.id for a in articles}) >= 2  # fewer: no classifier is fitted (article_classifier.py)
    return not (folder / "vectors.faiss").exists() or (classified and not (folder / cache_name()).exists())


def build_first(settings: Settings, env: dict[str, str], log_path: Path) -> None:
    """Build the index in a process of its own, with the servers' environment `env` (same
    knowledge, cache and model), its output in `log_path`. Raises RuntimeError (with the log's
    last lines) when the build fails."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("ab") as log:
        done = subprocess.run(
            [sys.executable, "-m", "bot.stack.index_first"],
            env={**env, "SERVICECOACH_CACHE_DIR": str(settings.cache_dir)},
            cwd=settings.root,
            stdout=log,
            stderr=subprocess.STDOUT,
            timeout=BUILD_TIMEOUT,
            check=False,
        )
    if done.returncode != 0:
        tail = log_path.read_text(errors="replace").strip().splitlines()[-5:]
        raise RuntimeError(f"Building the knowledge index failed. See {log_path}\n  " + "\n  ".join(tail))


def main() -> int:
    """Build (or load) the index for the knowledge the action server will serve."""
    import logging

    from bot.engine.embedder import Embedder
    from bot.engine.index import build_index
    from bot.settings import get_settings

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = get_settings()
    index = build_index(
        settings.knowledge_dir,
        settings.cache_dir,
        Embedder(settings.embedding_model),
        None,
        _served_articles(settings),
    )
    print(f"index ready: {len(index.articles)} articles, key {index.key}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
