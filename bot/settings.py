"""One place for every setting, read from the environment so production can swap
databases, ports and models without code changes."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(os.environ.get("SERVICECOACH_HOME", Path(__file__).resolve().parents[1]))


def _env(name: str, default: str) -> str:
    value = os.environ.get(name, "")
    return value if value else default


@dataclass(frozen=True)
class Settings:
    root: Path = ROOT
    knowledge_dir: Path = field(
        default_factory=lambda: Path(_env("SERVICECOACH_KNOWLEDGE_DIR", str(ROOT / "knowledge")))
    )
    var_dir: Path = field(default_factory=lambda: Path(_env("SERVICECOACH_VAR_DIR", str(ROOT / "var"))))
    embedding_model: str = field(default_factory=lambda: _env("SERVICECOACH_EMBEDDING_MODEL", "bundled"))
    host: str = field(default_factory=lambda: _env("SERVICECOACH_HOST", "127.0.0.1"))
    rasa_port: int = field(default_factory=lambda: int(_env("SERVICECOACH_RASA_PORT", "5005")))
    action_port: int = field(default_factory=lambda: int(_env("SERVICECOACH_ACTION_PORT", "5055")))
    tracker_url: str = field(default_factory=lambda: _env("SERVICECOACH_TRACKER_URL", ""))
    database_url: str = field(default_factory=lambda: _env("SERVICECOACH_DATABASE_URL", ""))
    # A team's results are shown only when at least this many people took part (min 3).
    team_min_group: int = field(default_factory=lambda: max(3, int(_env("SERVICECOACH_TEAM_MIN_GROUP", "5"))))
    # Telegram front end (bot/telegram). The token and hash key are secrets: never printed.
    telegram_token: str = field(default_factory=lambda: _env("TELEGRAM_BOT_TOKEN", ""), repr=False)
    telegram_api_base_url: str = field(
        default_factory=lambda: _env("TELEGRAM_API_BASE_URL", "https://api.telegram.org")
    )
    telegram_webhook_url: str = field(default_factory=lambda: _env("TELEGRAM_WEBHOOK_URL", ""))
    telegram_webhook_listen: str = field(default_factory=lambda: _env("TELEGRAM_WEBHOOK_LISTEN", "127.0.0.1"))
    telegram_webhook_port: int = field(default_factory=lambda: int(_env("TELEGRAM_WEBHOOK_PORT", "8443")))
    telegram_webhook_secret: str = field(
        default_factory=lambda: _env("TELEGRAM_WEBHOOK_SECRET", ""), repr=False
    )
    telegram_allowed_ids: str = field(default_factory=lambda: _env("TELEGRAM_ALLOWED_IDS", ""))
    telegram_hash_key: str = field(
        default_factory=lambda: _env("SERVICECOACH_TELEGRAM_HASH_KEY", ""), repr=False
    )

    @property
    def cache_dir(self) -> Path:
        """Embeddings and indexes; shared by runs that have their own var_dir (tests)."""
        return Path(_env("SERVICECOACH_CACHE_DIR", str(self.var_dir / "cache")))

    @property
    def log_dir(self) -> Path:
        return self.var_dir / "logs"

    @property
    def models_dir(self) -> Path:
        return self.root / "models"

    @property
    def tracker_db_url(self) -> str:
        """SQLAlchemy URL of Rasa's tracker store: SQLite in var/ unless configured."""
        return self.tracker_url or f"sqlite:///{self.var_dir / 'tracker.db'}"

    @property
    def app_db_url(self) -> str:
        """Profiles and self-check answers: SQLite in var/ unless configured."""
        return self.database_url or f"sqlite:///{self.var_dir / 'app.db'}"

    @property
    def selfcheck_dir(self) -> Path:
        return self.knowledge_dir / "selfchecks"

    @property
    def chart_dir(self) -> Path:
        return self.var_dir / "charts"

    @property
    def tracker_dialect(self) -> str:
        return self.tracker_db_url.split(":", 1)[0].split("+", 1)[0]

    @property
    def rasa_url(self) -> str:
        return f"http://{self.host}:{self.rasa_port}"

    @property
    def action_url(self) -> str:
        return f"http://{self.host}:{self.action_port}"


def get_settings() -> Settings:
    return Settings()
