"""Opt-in weekly tips, stored in the app database: who wants them, when, and which
articles each manager has had. The Telegram job calls `due(now)`, sends, then `mark_sent`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, func, select

from bot.storage.db import sessions
from bot.storage.models import TipSentRow, TipSubscriptionRow, now
from bot.tips.rotation import next_article
from bot.tips.timing import DEFAULT_DAY, DEFAULT_HOUR, may_send_now, next_slot, validate

DEFAULT_TIMEZONE = "Europe/Amsterdam"


@dataclass(frozen=True)
class Subscription:
    user_id: str
    day: int
    hour: int
    timezone: str
    lang: str
    next_at: datetime  # aware, UTC


@dataclass(frozen=True)
class DueTip:
    user_id: str
    article_id: str
    lang: str
    round: int


def _utc(value: datetime) -> datetime:
    """Aware UTC from aware or naive-UTC input."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _naive(value: datetime) -> datetime:
    return _utc(value).replace(tzinfo=None)


def _subscription(row: TipSubscriptionRow) -> Subscription:
    return Subscription(row.user_id, row.day, row.hour, row.timezone, row.lang, _utc(row.next_at))


def manager_article_ids(knowledge_dir: Path) -> list[str]:
    """Ids of the articles written for managers (read from the files, no index needed)."""
    from bot.content.articles import load_articles

    articles, _ = load_articles(knowledge_dir)
    return sorted({a.id for a in articles if a.audience == "manager"})


class TipScheduler:
    def __init__(self, url: str, article_ids: Callable[[], list[str]] | list[str]) -> None:
        self._sessions = sessions(url)
        self._article_ids = article_ids if callable(article_ids) else (lambda: list(article_ids))

    def opt_in(
        self,
        user_id: str,
        day: int = DEFAULT_DAY,
        hour: int = DEFAULT_HOUR,
        timezone: str = DEFAULT_TIMEZONE,
        lang: str = "nl",
        when: datetime | None = None,
    ) -> Subscription:
        """Start (or change) weekly tips; the first comes at the next chosen slot."""
        validate(day, hour, timezone)
        first = next_slot(day, hour, timezone, _utc(when or now()))
        with self._sessions.begin() as s:
            row = s.get(TipSubscriptionRow, user_id) or TipSubscriptionRow(user_id=user_id)
            row.day, row.hour, row.timezone, row.lang, row.next_at = day, hour, timezone, lang, _naive(first)
            s.add(row)
            s.flush()
            return _subscription(row)

    def opt_out(self, user_id: str) -> bool:
        with self._sessions.begin() as s:
            row = s.get(TipSubscriptionRow, user_id)
            if row is None:
                return False
            s.delete(row)
            return True

    def subscription(self, user_id: str) -> Subscription | None:
        with self._sessions() as s:
            row = s.get(TipSubscriptionRow, user_id)
            return _subscription(row) if row else None

    def _round_state(self, s, user_id: str) -> tuple[int, set[str]]:
        current = s.scalar(select(func.max(TipSentRow.round)).where(TipSentRow.user_id == user_id)) or 0
        sent = s.scalars(
            select(TipSentRow.article_id).where(TipSentRow.user_id == user_id, TipSentRow.round == current)
        ).all()
        return current, set(sent)

    def due(self, when: datetime | None = None) -> list[DueTip]:
        """Tips to send now: subscriptions whose slot has come, outside quiet hours unless
        the slot itself was chosen in them, each with the manager's next article."""
        moment = _utc(when or now())
        ids = self._article_ids()
        out = []
        with self._sessions() as s:
            rows = s.scalars(
                select(TipSubscriptionRow)
                .where(TipSubscriptionRow.next_at <= _naive(moment))
                .order_by(TipSubscriptionRow.next_at)
            ).all()
            for row in rows:
                if not may_send_now(row.day, row.hour, row.timezone, moment):
                    continue
                current, sent = self._round_state(s, row.user_id)
                article_id, round_number = next_article(row.user_id, current, sent, ids)
                if article_id is not None:
                    out.append(DueTip(row.user_id, article_id, row.lang, round_number))
        return out

    def next_tip(self, user_id: str, article_ids: list[str]) -> tuple[str | None, int]:
        """(article id, round) of the tip this manager has not had yet in this round, among
        `article_ids` (a tip asked for in the chat); a new round once all have been given."""
        with self._sessions() as s:
            current, sent = self._round_state(s, user_id)
        return next_article(user_id, current, sent & set(article_ids), article_ids)

    def mark_sent(
        self,
        user_id: str,
        article_id: str,
        when: datetime | None = None,
        round_number: int | None = None,
        reschedule: bool = True,
    ) -> None:
        """Record the tip and (with `reschedule`: a weekly tip) move this manager's next slot a
        week on (so it is sent once). A tip given in the chat is recorded without rescheduling."""
        moment = _utc(when or now())
        with self._sessions.begin() as s:
            if round_number is None:
                current, sent = self._round_state(s, user_id)
                round_number = current + 1 if article_id in sent else current
            s.add(
                TipSentRow(user_id=user_id, article_id=article_id, round=round_number, sent_at=_naive(moment))
            )
            row = s.get(TipSubscriptionRow, user_id) if reschedule else None
            if row is not None:
                following = next_slot(row.day, row.hour, row.timezone, moment)
                if following - moment < timedelta(days=1):  # a late tip: skip the slot right after it
                    following = next_slot(row.day, row.hour, row.timezone, following)
                row.next_at = _naive(following)

    def sent(self, user_id: str) -> list[str]:
        """Article ids sent to this manager, oldest first."""
        with self._sessions() as s:
            return list(
                s.scalars(
                    select(TipSentRow.article_id).where(TipSentRow.user_id == user_id).order_by(TipSentRow.id)
                ).all()
            )

    def forget(self, user_id: str) -> int:
        """Delete the subscription and the record of tips sent (for /forget); rows deleted."""
        with self._sessions.begin() as s:
            gone = s.execute(delete(TipSubscriptionRow).where(TipSubscriptionRow.user_id == user_id)).rowcount
            gone += s.execute(delete(TipSentRow).where(TipSentRow.user_id == user_id)).rowcount
            return gone
