"""What admins learn from use, stored without identity: each advice answer (question,
articles shown, scores), the feedback on it, and questions the coach could not answer well.
No row holds a user id, so nothing here can be traced back to a person by the database."""

from __future__ import annotations

import json
import secrets
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select

from bot.storage.db import sessions
from bot.storage.models import AnswerLogRow, FeedbackRow, GapRow, now

FEEDBACK_VALUES = ("up", "down")
# no_answer / unsure / not_helpful: questions the knowledge could answer better ("write these
# next" in the report); referred: a work matter pointed to where to go (knowledge/referrals.yml);
# off_topic: outside service altogether. The last two are kept apart so the report does not ask
# admins to write articles about the weather or payslips.
GAP_REASONS = ("no_answer", "unsure", "not_helpful", "referred", "off_topic")


@dataclass(frozen=True)
class LoggedAnswer:
    ref: str
    created_at: datetime
    question: str
    lang: str
    kind: str
    article_id: str
    shown: list[dict]
    feedback: str | None = None
    asker: str | None = None  # per-day key (bot/insights/askers.py), None before revision 0004


@dataclass(frozen=True)
class Gap:
    created_at: datetime
    question: str
    lang: str
    reason: str
    best_article: str | None
    best_score: float | None
    asker: str | None = None  # per-day key (bot/insights/askers.py)


def _answer(row: AnswerLogRow, feedback: str | None = None) -> LoggedAnswer:
    return LoggedAnswer(
        row.ref,
        row.created_at,
        row.question,
        row.lang,
        row.kind,
        row.article_id,
        json.loads(row.shown),
        feedback,
        row.asker,
    )


def new_ref() -> str:
    """A fresh answer reference: 8 URL-safe characters."""
    return secrets.token_urlsafe(6)


class InsightsStore:
    def __init__(self, url: str) -> None:
        self._sessions = sessions(url)

    def log_answer(
        self,
        question: str,
        lang: str,
        article_id: str,
        shown: list[dict],
        kind: str = "advice",
        ref: str | None = None,
        asker: str | None = None,
    ) -> str:
        """Store one answer; returns the short reference its feedback buttons carry (`ref`,
        or a new one from new_ref())."""
        ref = ref or new_ref()
        with self._sessions.begin() as s:
            s.add(
                AnswerLogRow(
                    ref=ref,
                    question=question[:1000],
                    lang=lang,
                    kind=kind,
                    article_id=article_id,
                    shown=json.dumps(shown),
                    asker=asker,
                )
            )
        return ref

    def answer(self, ref: str) -> LoggedAnswer | None:
        """One logged answer by its ref, without feedback; None when unknown."""
        with self._sessions.begin() as s:
            row = s.get(AnswerLogRow, ref)
            return _answer(row) if row is not None else None

    def record_feedback(self, ref: str, value: str) -> LoggedAnswer | None:
        """Helpful or not; a second click on the same answer replaces the first."""
        if value not in FEEDBACK_VALUES:
            raise ValueError(f"feedback must be one of {', '.join(FEEDBACK_VALUES)}")
        with self._sessions.begin() as s:
            answer = s.get(AnswerLogRow, ref)
            if answer is None:
                return None
            row = s.scalars(select(FeedbackRow).where(FeedbackRow.answer_ref == ref)).first()
            if row is None:
                s.add(FeedbackRow(answer_ref=ref, value=value))
            else:
                row.value, row.created_at = value, now()
            return _answer(answer, value)

    def log_gap(
        self,
        question: str,
        lang: str,
        reason: str,
        best_article: str | None = None,
        best_score: float | None = None,
        asker: str | None = None,
    ) -> None:
        """Store one question the coach could not answer well. asker: the per-day key
        from bot/insights/askers.py (never a user id)."""
        if reason not in GAP_REASONS:
            raise ValueError(f"reason must be one of {', '.join(GAP_REASONS)}")
        with self._sessions.begin() as s:
            s.add(
                GapRow(
                    question=question[:1000],
                    lang=lang,
                    reason=reason,
                    best_article=best_article,
                    best_score=best_score,
                    asker=asker,
                )
            )

    def forget_gaps(self, question: str, asker: str | Collection[str], since: datetime) -> int:
        """Delete the gaps logged for `question` (as `log_gap` stored it) by `asker` (the per-day
        key, or the sender's keys of several days: bot/insights/askers.py `keys_since`, so an edit
        sent after midnight UTC finds its original's gap) since `since`: the message was replaced
        by the user's edit of it (actions/followup.py `read_edit_as_replacement`), so it asked
        nothing. Returns how many were deleted."""
        keys = [asker] if isinstance(asker, str) else list(asker)
        if not keys:
            return 0
        with self._sessions.begin() as s:
            result = s.execute(
                delete(GapRow).where(
                    GapRow.question == question[:1000], GapRow.asker.in_(keys), GapRow.created_at >= since
                )
            )
            return int(getattr(result, "rowcount", 0) or 0)

    def answers(self, since: datetime | None = None) -> list[LoggedAnswer]:
        with self._sessions() as s:
            query = select(AnswerLogRow, FeedbackRow.value).outerjoin(
                FeedbackRow, FeedbackRow.answer_ref == AnswerLogRow.ref
            )
            if since is not None:
                query = query.where(AnswerLogRow.created_at >= since)
            rows = s.execute(query.order_by(AnswerLogRow.created_at)).all()
            return [_answer(row, value) for row, value in rows]

    def gaps(self, since: datetime | None = None) -> list[Gap]:
        with self._sessions() as s:
            query = select(GapRow)
            if since is not None:
                query = query.where(GapRow.created_at >= since)
            rows = s.scalars(query.order_by(GapRow.created_at)).all()
            return [
                Gap(r.created_at, r.question, r.lang, r.reason, r.best_article, r.best_score, r.asker)
                for r in rows
            ]
