"""One place for every setting, and the only module that reads the environment.

Values come from environment variables, then from a `.env` file (the repo's `.env`, or
the file named by SERVICECOACH_ENV_FILE), then from the defaults below; the environment
wins over the file. Production can so swap databases, ports and models without code
changes. Secrets (bot token, webhook secret, hash key) are left out of `repr()`.
Tests build their own: `Settings(var_dir=..., rasa_port=...)`, `settings.model_copy(update=...)`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from pydantic import AliasChoices, Field, PositiveFloat, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(os.environ.get("SERVICECOACH_HOME") or Path(__file__).resolve().parents[1])

# Set for the embedding model when it loads: never go online, no tokenizer threads.
OFFLINE_MODEL_ENV = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}


def env_file_path() -> Path:
    """The `.env` file read for settings: SERVICECOACH_ENV_FILE, else `<repo>/.env`."""
    return Path(os.environ.get("SERVICECOACH_ENV_FILE") or ROOT / ".env")


def _env(name: str, *more: str) -> Any:
    """Field option: read this field from exactly these variable names."""
    return AliasChoices(name, *more)


class Settings(BaseSettings):
    """Every setting; field names are the keyword names, the variables are in the aliases
    (SERVICECOACH_<FIELD> unless given). An empty variable counts as unset."""

    model_config = SettingsConfigDict(
        env_prefix="SERVICECOACH_",
        env_ignore_empty=True,
        extra="ignore",
        frozen=True,
        populate_by_name=True,
    )

    root: Path = Field(ROOT, validation_alias=_env("SERVICECOACH_HOME"))
    knowledge_dir: Path = ROOT / "knowledge"
    var_dir: Path = ROOT / "var"
    # Embeddings and indexes; unset: var_dir/cache. Tests share the repo's cache.
    cache_dir_override: Path | None = Field(None, validation_alias=_env("SERVICECOACH_CACHE_DIR"))
    rasa_venv_override: Path | None = Field(None, validation_alias=_env("SERVICECOACH_RASA_VENV"))
    embedding_model: str = "bundled"
    host: str = "127.0.0.1"
    rasa_port: int = 5005
    action_port: int = 5055
    tracker_url: str = ""
    database_url: str = ""
    # Production profile (deploy/): Rasa's lock store, e.g. redis://127.0.0.1:6379/0 (a
    # password as redis://:PASSWORD@host:port/db); unset: in memory (one Rasa server only).
    lock_store_url: str = Field("", repr=False)
    # The Rasa model `servicecoach serve rasa` loads; unset: the one trained from this repo.
    rasa_model_override: Path | None = Field(None, validation_alias=_env("SERVICECOACH_RASA_MODEL"))
    # `servicecoach chat --rasa-url`: chat with a Rasa server that already runs (start nothing);
    # its --auth-token, never on the command line (ps shows it) and never printed.
    chat_rasa_url: str = Field("", validation_alias=_env("SERVICECOACH_RASA_URL"))
    chat_rasa_token: str = Field("", repr=False, validation_alias=_env("SERVICECOACH_RASA_TOKEN"))
    # A team's results are shown only when at least this many people took part (min 3).
    team_min_group: int = 5
    # Each action server worker loads the index when it starts (SERVICECOACH_WARMUP=0: on first use).
    warmup: bool = True
    # Knowledge edits are picked up without a restart (SERVICECOACH_LIVE_RELOAD=0: off).
    live_reload: bool = True
    # Set by Sanic in the action server's worker processes (the ones that answer).
    sanic_worker_name: str = Field("", validation_alias=_env("SANIC_WORKER_NAME"))
    # Telegram front end (bot/channels/telegram). Token, secret and hash key: never printed.
    telegram_token: str = Field("", repr=False, validation_alias=_env("TELEGRAM_BOT_TOKEN"))
    telegram_api_base_url: str = Field(
        "https://api.telegram.org", validation_alias=_env("TELEGRAM_API_BASE_URL")
    )
    telegram_webhook_url: str = Field("", validation_alias=_env("TELEGRAM_WEBHOOK_URL"))
    telegram_webhook_listen: str = Field("127.0.0.1", validation_alias=_env("TELEGRAM_WEBHOOK_LISTEN"))
    telegram_webhook_port: int = Field(8443, validation_alias=_env("TELEGRAM_WEBHOOK_PORT"))
    telegram_webhook_secret: str = Field("", repr=False, validation_alias=_env("TELEGRAM_WEBHOOK_SECRET"))
    telegram_allowed_ids: str = Field("", validation_alias=_env("TELEGRAM_ALLOWED_IDS"))
    telegram_hash_key: str = Field(
        "", repr=False, validation_alias=_env("SERVICECOACH_TELEGRAM_HASH_KEY")
    )
    # Seconds between the bot's periodic jobs: admin notices, due weekly tips.
    telegram_notice_interval: PositiveFloat = Field(15.0, validation_alias=_env("TELEGRAM_NOTICE_INTERVAL"))
    telegram_tips_interval: PositiveFloat = Field(60.0, validation_alias=_env("TELEGRAM_TIPS_INTERVAL"))

    def __init__(self, **values: Any) -> None:
        # The file is chosen per instance, so SERVICECOACH_ENV_FILE may change at run time.
        values.setdefault("_env_file", env_file_path())
        super().__init__(**values)

    @field_validator("team_min_group")
    @classmethod
    def _at_least_three(cls, value: int) -> int:
        return max(3, value)

    @property
    def cache_dir(self) -> Path:
        """Embeddings and indexes; shared by runs that have their own var_dir (tests)."""
        return self.cache_dir_override or self.var_dir / "cache"

    @property
    def rasa_venv(self) -> Path:
        """Rasa's own Python 3.10 virtualenv."""
        return self.rasa_venv_override or self.root / ".venv-rasa"

    @property
    def log_dir(self) -> Path:
        return self.var_dir / "logs"

    @property
    def models_dir(self) -> Path:
        return self.root / "models"

    @property
    def tracker_db_url(self) -> str:
        """SQLAlchemy URL of Rasa's tracker store: SQLite in var/ unless configured. Rasa's
        virtualenv has psycopg2, so a psycopg (3) URL is given psycopg2's driver name."""
        url = self.tracker_url or f"sqlite:///{self.var_dir / 'tracker.db'}"
        for driver in ("postgresql+psycopg://", "postgresql+psycopg2://", "postgres://"):
            if url.startswith(driver):
                return "postgresql://" + url[len(driver):]
        return url

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
    """Settings from the environment and `.env` as they are now (not cached)."""
    return Settings()


def apply_offline_model_env() -> None:
    """Before loading a Hugging Face model: offline, no tokenizer threads (variables
    already set win). The libraries read these from the process environment."""
    for name, value in OFFLINE_MODEL_ENV.items():
        os.environ.setdefault(name, value)


def subprocess_env(**overrides: str) -> dict[str, str]:
    """The environment for a child process (Rasa, the action server): this process's
    environment with `overrides` on top."""
    return {**os.environ, **overrides}
