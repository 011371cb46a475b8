"""Where Rasa lives (its own Python 3.10 virtualenv) and the environment it runs with."""

from __future__ import annotations

from pathlib import Path

from bot.settings import Settings, subprocess_env


def rasa_venv(settings: Settings) -> Path:
    return settings.rasa_venv


def rasa_executable(settings: Settings) -> Path:
    return rasa_venv(settings) / "bin" / "rasa"


def rasa_environment(settings: Settings) -> dict[str, str]:
    """Telemetry off (conversations are private), endpoints filled from settings."""
    return subprocess_env(
        RASA_TELEMETRY_ENABLED="false",
        TF_CPP_MIN_LOG_LEVEL="2",
        SERVICECOACH_ACTION_URL=f"{settings.action_url}/webhook",
        SERVICECOACH_TRACKER_URL=settings.tracker_db_url,
        SERVICECOACH_TRACKER_DIALECT=settings.tracker_dialect,
    )
