"""Messages for admins (e.g. "your knowledge edit was not published: file:line ...").
The action server records them; the Telegram bot delivers them and marks them sent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from bot.storage.db import sessions
from bot.storage.models import AdminNoticeRow, now


@dataclass(frozen=True)
class AdminNotice:
    id: int
    created_at: datetime
    text: str
    delivered_at: datetime | None


def _notice(row: AdminNoticeRow) -> AdminNotice:
    return AdminNotice(row.id, row.created_at, row.text, row.delivered_at)


class NoticeStore:
    def __init__(self, url: str) -> None:
        self._sessions = sessions(url)

    def add(self, text: str, dedupe_seconds: float = 0) -> AdminNotice | None:
        """Record a notice; None if the same text was recorded within dedupe_seconds (several
        server workers see the same broken file)."""
        with self._sessions.begin() as s:
            if dedupe_seconds > 0:
                since = now() - timedelta(seconds=dedupe_seconds)
                twin = s.scalars(
                    select(AdminNoticeRow.id).where(
                        AdminNoticeRow.text == text, AdminNoticeRow.created_at >= since
                    )
                ).first()
                if twin is not None:
                    return None
            row = AdminNoticeRow(text=text)
            s.add(row)
            s.flush()
            return _notice(row)

    def pending(self) -> list[AdminNotice]:
        """Not yet delivered, oldest first."""
        with self._sessions() as s:
            rows = s.scalars(
                select(AdminNoticeRow)
                .where(AdminNoticeRow.delivered_at.is_(None))
                .order_by(AdminNoticeRow.id)
            ).all()
            return [_notice(r) for r in rows]

    def recent(self, limit: int = 20) -> list[AdminNotice]:
        with self._sessions() as s:
            rows = s.scalars(select(AdminNoticeRow).order_by(AdminNoticeRow.id.desc()).limit(limit)).all()
            return [_notice(r) for r in rows]

    def mark_delivered(self, notice_id: int, when: datetime | None = None) -> None:
        with self._sessions.begin() as s:
            row = s.get(AdminNoticeRow, notice_id)
            if row is not None and row.delivered_at is None:
                row.delivered_at = when or now()
