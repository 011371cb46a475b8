"""Train the Rasa model only when its inputs change: the model file is named by a hash
of config.yml, domain.yml, everything under data/ and the NLU components config.yml names."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import time
from pathlib import Path

from filelock import FileLock

from bot.settings import Settings
from bot.stack.rasa_env import rasa_environment, rasa_executable

PREFIX = "servicecoach-"


# The coach's own NLU components (config.yml names them; their training shapes the model).
COMPONENTS = (
    "bot/dialogue/small_talk.py",
    "bot/dialogue/small_talk_guard.py",
    "bot/dialogue/e5_featurizer.py",
)


def training_inputs(root: Path) -> list[Path]:
    data = sorted(p for p in (root / "data").rglob("*") if p.is_file() and p.suffix in {".yml", ".yaml"})
    return [root / "config.yml", root / "domain.yml", *data, *(root / c for c in COMPONENTS)]


def model_hash(root: Path) -> str:
    h = hashlib.sha256()
    for path in training_inputs(root):
        h.update(str(path.relative_to(root)).encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()[:16]


def model_path(settings: Settings) -> Path:
    return settings.models_dir / f"{PREFIX}{model_hash(settings.root)}.tar.gz"


def ensure_model(settings: Settings, force: bool = False, quiet: bool = False) -> Path:
    """Return the model for the current inputs, training it first if it is missing.
    `quiet`: say nothing on the screen (the caller shows its own progress; the training
    output is in var/logs/rasa-train.log either way).

    One training at a time per models folder (a file lock, `models/.training.lock`): a
    second caller (another test worker, `make test`'s background training, a chat started
    meanwhile) waits for it and then uses its model instead of training the same inputs again."""
    target = model_path(settings)
    if target.exists() and not force:
        return target
    settings.models_dir.mkdir(parents=True, exist_ok=True)
    with FileLock(settings.models_dir / ".training.lock"):
        if target.exists() and not force:
            return target  # trained by the caller we waited for
        return _train(settings, target, quiet)


def _train(settings: Settings, target: Path, quiet: bool) -> Path:
    settings.log_dir.mkdir(parents=True, exist_ok=True)
    log = settings.log_dir / "rasa-train.log"
    if not quiet:
        print(f"Training the Rasa model (a few minutes; log: {log})…", file=sys.stderr, flush=True)
    started = time.perf_counter()
    cmd = [
        str(rasa_executable(settings)),
        "train",
        "--config",
        "config.yml",
        "--domain",
        "domain.yml",
        "--data",
        "data",
        "--out",
        str(settings.models_dir),
        "--fixed-model-name",
        target.name[: -len(".tar.gz")],
    ]
    with log.open("w") as out:
        done = subprocess.run(
            cmd, cwd=settings.root, env=rasa_environment(settings), stdout=out, stderr=subprocess.STDOUT
        )
    if done.returncode != 0 or not target.exists():
        raise RuntimeError(f"Rasa training failed; see {log}")
    for old in settings.models_dir.glob(f"{PREFIX}*.tar.gz"):
        if old != target:
            old.unlink()
    if not quiet:
        print(f"Trained in {time.perf_counter() - started:.0f}s: {target}", file=sys.stderr)
    return target
