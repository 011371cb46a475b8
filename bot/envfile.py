"""Read a `.env` file into the environment, so the bot token need not be typed into a
shell (and its history). Variables already set in the environment win."""

from __future__ import annotations

import os
from pathlib import Path


def load_env_file(path: Path) -> list[str]:
    """Returns the names that were set from the file (never their values)."""
    if not path.is_file():
        return []
    loaded = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        name, value = line.removeprefix("export ").split("=", 1)
        name, value = name.strip(), value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        if name and not os.environ.get(name):
            os.environ[name] = value
            loaded.append(name)
    return loaded


def env_file_path(root: Path) -> Path:
    return Path(os.environ.get("SERVICECOACH_ENV_FILE", root / ".env"))
