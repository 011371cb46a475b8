"""Every table of the app database, declared once. Users are known only by a pseudonymous
id (the chat's sender id). The schema is created and changed by the Alembic migrations in
bot/storage/migrations/ (see bot/storage/migrate.py); change a table here together with a
new revision there."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def now() -> datetime:
    """UTC now, naive (as stored)."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


# people
class Profile(Base):
    """A user's role and team (the one place they are kept) and the language they pinned
    ("in English please", Telegram's /taal), for every channel and process."""

    __tablename__ = "profiles"

    user_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), default="employee")
    team: Mapped[str | None] = mapped_column(String(128), index=True, nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=now)
    language: Mapped[str | None] = mapped_column(String(8), nullable=True)  # "nl" | "en"
    language_pinned: Mapped[bool] = mapped_column(default=False, server_default=false())


class Invite(Base):
    """An invite code (stored as its hash) with the role and team it gives."""

    __tablename__ = "invites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hint: Mapped[str] = mapped_column(String(8))  # first characters, to recognise a code in lists
    role: Mapped[str] = mapped_column(String(16), default="employee")
    team: Mapped[str | None] = mapped_column(String(128), nullable=True)
    label: Mapped[str | None] = mapped_column(String(128), nullable=True)
    max_uses: Mapped[int | None] = mapped_column(Integer, nullable=True)
    uses: Mapped[int] = mapped_column(Integer, default=0)
    expires_at: Mapped[datetime | None] = mapped_column(nullable=True)
    revoked: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=now)


class Member(Base):
    """Telegram membership: who may use the bot, since when and by which code. Role and team
    are the profile's (deleting the profile ends the membership)."""

    __tablename__ = "members"

    user_id: Mapped[str] = mapped_column(
        String(128),
        ForeignKey("profiles.user_id", ondelete="CASCADE", name="fk_members_profile"),
        primary_key=True,
    )  # pseudonymous sender id
    invite_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    joined_at: Mapped[datetime] = mapped_column(default=now)
    profile: Mapped[Profile] = relationship(lazy="joined")


class MemberChat(Base):
    """The Telegram chat of a member the bot may message unprompted: admins (notices) and
    managers who opted into weekly tips. In a private chat this is the Telegram user id, so
    it is kept only for them, and deleted on opt-out, removal and /forget."""

    __tablename__ = "member_chats"

    user_id: Mapped[str] = mapped_column(String(128), primary_key=True)  # pseudonymous sender id
    chat_id: Mapped[int] = mapped_column(BigInteger)
    lang: Mapped[str] = mapped_column(String(8), default="nl")
    updated_at: Mapped[datetime] = mapped_column(default=now)


# self-checks
class SelfCheckRun(Base):
    """One attempt at one self-check; `finished_at` is set when the last answer is in."""

    __tablename__ = "selfcheck_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(String(128), index=True)
    check_id: Mapped[str] = mapped_column(String(128), index=True)
    team: Mapped[str | None] = mapped_column(String(128), index=True, nullable=True)
    started_at: Mapped[datetime] = mapped_column(default=now)
    finished_at: Mapped[datetime | None] = mapped_column(nullable=True)
    paused: Mapped[bool] = mapped_column(default=False)
    answers: Mapped[list[Answer]] = relationship(
        back_populates="run", cascade="all, delete-orphan", order_by="Answer.id"
    )


class Answer(Base):
    __tablename__ = "selfcheck_answers"
    __table_args__ = (UniqueConstraint("run_id", "statement_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("selfcheck_runs.id", ondelete="CASCADE"), index=True)
    statement_id: Mapped[str] = mapped_column(String(64))
    value: Mapped[int] = mapped_column(Integer)
    answered_at: Mapped[datetime] = mapped_column(default=now)
    run: Mapped[SelfCheckRun] = relationship(back_populates="answers")


# insights: no row holds a user id
class AnswerLogRow(Base):
    __tablename__ = "answer_log"

    ref: Mapped[str] = mapped_column(String(16), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=now, index=True)
    question: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(16), default="advice")  # advice | tip
    article_id: Mapped[str] = mapped_column(String(128), index=True)  # the article answered from
    shown: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{"id", "score"}], best first
    asker: Mapped[str | None] = mapped_column(String(16), nullable=True)  # per-day key (askers.py)


class FeedbackRow(Base):
    __tablename__ = "answer_feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    answer_ref: Mapped[str] = mapped_column(ForeignKey("answer_log.ref", ondelete="CASCADE"), unique=True)
    value: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(default=now, index=True)


class GapRow(Base):
    __tablename__ = "knowledge_gaps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(default=now, index=True)
    question: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(String(16))
    best_article: Mapped[str | None] = mapped_column(String(128), nullable=True)
    best_score: Mapped[float | None] = mapped_column(Float, nullable=True)
    asker: Mapped[str | None] = mapped_column(String(16), nullable=True)  # per-day key (askers.py)


class AdminNoticeRow(Base):
    __tablename__ = "admin_notices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(default=now, index=True)
    text: Mapped[str] = mapped_column(Text)
    delivered_at: Mapped[datetime | None] = mapped_column(nullable=True)


# weekly tips
class TipSubscriptionRow(Base):
    __tablename__ = "tip_subscriptions"

    user_id: Mapped[str] = mapped_column(String(128), primary_key=True)  # pseudonymous sender id
    day: Mapped[int] = mapped_column(Integer)  # 0 = Monday
    hour: Mapped[int] = mapped_column(Integer)
    timezone: Mapped[str] = mapped_column(String(64))  # IANA name, e.g. Europe/Amsterdam
    lang: Mapped[str] = mapped_column(String(8), default="nl")
    next_at: Mapped[datetime] = mapped_column(index=True)  # UTC, naive
    created_at: Mapped[datetime] = mapped_column(default=now)


class TipSentRow(Base):
    __tablename__ = "tips_sent"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(String(128), index=True)
    article_id: Mapped[str] = mapped_column(String(128))
    round: Mapped[int] = mapped_column(Integer, default=0)
    sent_at: Mapped[datetime] = mapped_column(default=now)


# exactly once
class ProcessedMessage(Base):
    """A side effect already done for one incoming message (an answer stored, a question
    logged, feedback taken), so a redelivered update or a retried request never repeats
    it. `key` is a SHA-256 of (sender, message id, effect): no user id is kept. `result`
    is what the first time produced (e.g. the answer-log ref), for the repeat to reuse.
    Rows expire after bot.storage.processed.KEEP_DAYS."""

    __tablename__ = "processed_messages"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    result: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(default=now, index=True)


# team views
class TeamSnapshot(Base):
    """A team view as released to its manager (averages of at least the minimum group).
    A new one is released only when at least the minimum group of people is new or
    changed since the last, so two views never differ by one person's answers.
    `runs` is the JSON list of the run ids it was computed from (no user ids)."""

    __tablename__ = "team_snapshots"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    team: Mapped[str] = mapped_column(String(128), index=True)
    check_id: Mapped[str] = mapped_column(String(128))
    released_at: Mapped[datetime] = mapped_column(default=now)
    participants: Mapped[int] = mapped_column(Integer)
    runs: Mapped[str] = mapped_column(Text)  # JSON [run id, ...]
    averages: Mapped[str] = mapped_column(Text)  # JSON {dimension: mean}


# Telegram
class CallbackPayload(Base):
    """A button payload too long for Telegram's 64-byte callback data, under a hash key."""

    __tablename__ = "telegram_callbacks"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)
