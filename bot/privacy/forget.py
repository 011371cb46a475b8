"""`/forget`: delete everything kept about one user: Rasa's conversation (tracker
events), self-check runs and answers, their charts, the profile (role, team and pinned
language) and the membership, weekly-tip subscription and record of tips sent, and the
stored chat id."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, text

from bot.selfchecks.chart_files import selfcheck_charts
from bot.settings import Settings
from bot.storage.access import AccessStore
from bot.tips.scheduler import TipScheduler


@dataclass(frozen=True)
class Forgotten:
    events: int
    runs: int
    charts: int
    tips: int = 0  # subscription and sent-tip rows


@lru_cache(maxsize=4)
def _tracker_engine(url: str) -> Engine:
    # Rasa's URL says plain "postgresql://"; use whichever driver this venv has.
    if url.startswith("postgresql://") and importlib.util.find_spec("psycopg2") is None:
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(url, pool_pre_ping=True)


def delete_conversation(tracker_url: str, sender_id: str) -> int:
    """Rasa reads the tracker from its store on every message, so the next message
    starts a fresh conversation."""
    engine = _tracker_engine(tracker_url)
    with engine.begin() as conn:
        exists = engine.dialect.has_table(conn, "events")
        if not exists:
            return 0
        return conn.execute(text("DELETE FROM events WHERE sender_id = :s"), {"s": sender_id}).rowcount


def forget_user(settings: Settings, access: AccessStore, sender_id: str) -> Forgotten:
    run_ids = access.repo.run_ids(sender_id)
    charts = 0
    for run_id in run_ids:
        for chart in selfcheck_charts(Path(settings.chart_dir), settings.app_db_url, run_id):
            chart.unlink(missing_ok=True)
            charts += 1
    access.repo.forget(sender_id)
    access.remove_member(sender_id)  # and the chat id
    access.forget_chat(sender_id)
    tips = TipScheduler(settings.app_db_url, []).forget(sender_id)
    events = delete_conversation(settings.tracker_db_url, sender_id)
    return Forgotten(events=events, runs=len(run_ids), charts=charts, tips=tips)
