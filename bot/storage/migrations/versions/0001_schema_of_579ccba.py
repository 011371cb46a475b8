"""The schema as the code before migrations created it (commit 579ccba): all tables.

A database made by that code has some or all of these tables and no alembic_version
(each store created its own tables when first opened), so only missing tables are
created: an old database is adopted as it is, a new one gets everything.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _schema() -> sa.MetaData:
    """A frozen copy of the tables of 579ccba (never import the models here: they move on)."""
    m = sa.MetaData()
    dt = sa.DateTime
    sa.Table(
        "profiles", m,
        sa.Column("user_id", sa.String(128), primary_key=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("team", sa.String(128), nullable=True, index=True),
        sa.Column("created_at", dt(), nullable=False),
    )
    sa.Table(
        "selfcheck_runs", m,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.String(128), nullable=False, index=True),
        sa.Column("check_id", sa.String(128), nullable=False, index=True),
        sa.Column("team", sa.String(128), nullable=True, index=True),
        sa.Column("started_at", dt(), nullable=False),
        sa.Column("finished_at", dt(), nullable=True),
        sa.Column("paused", sa.Boolean(), nullable=False),
    )
    sa.Table(
        "selfcheck_answers", m,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "run_id", sa.Integer, sa.ForeignKey("selfcheck_runs.id", ondelete="CASCADE"),
            nullable=False, index=True,
        ),
        sa.Column("statement_id", sa.String(64), nullable=False),
        sa.Column("value", sa.Integer, nullable=False),
        sa.Column("answered_at", dt(), nullable=False),
        sa.UniqueConstraint("run_id", "statement_id"),
    )
    sa.Table(
        "invites", m,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("code_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("hint", sa.String(8), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("team", sa.String(128), nullable=True),
        sa.Column("label", sa.String(128), nullable=True),
        sa.Column("max_uses", sa.Integer, nullable=True),
        sa.Column("uses", sa.Integer, nullable=False),
        sa.Column("expires_at", dt(), nullable=True),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.Column("created_at", dt(), nullable=False),
    )
    sa.Table(
        "members", m,
        sa.Column("user_id", sa.String(128), primary_key=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("team", sa.String(128), nullable=True),
        sa.Column("invite_id", sa.Integer, nullable=True),
        sa.Column("joined_at", dt(), nullable=False),
    )
    sa.Table(
        "member_chats", m,
        sa.Column("user_id", sa.String(128), primary_key=True),
        sa.Column("chat_id", sa.BigInteger, nullable=False),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("updated_at", dt(), nullable=False),
    )
    sa.Table(
        "answer_log", m,
        sa.Column("ref", sa.String(16), primary_key=True),
        sa.Column("created_at", dt(), nullable=False, index=True),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("article_id", sa.String(128), nullable=False, index=True),
        sa.Column("shown", sa.Text, nullable=False),
    )
    sa.Table(
        "answer_feedback", m,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "answer_ref", sa.String(16), sa.ForeignKey("answer_log.ref", ondelete="CASCADE"),
            nullable=False, unique=True,
        ),
        sa.Column("value", sa.String(8), nullable=False),
        sa.Column("created_at", dt(), nullable=False, index=True),
    )
    sa.Table(
        "knowledge_gaps", m,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("created_at", dt(), nullable=False, index=True),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("reason", sa.String(16), nullable=False),
        sa.Column("best_article", sa.String(128), nullable=True),
        sa.Column("best_score", sa.Float, nullable=True),
    )
    sa.Table(
        "admin_notices", m,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("created_at", dt(), nullable=False, index=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("delivered_at", dt(), nullable=True),
    )
    sa.Table(
        "tip_subscriptions", m,
        sa.Column("user_id", sa.String(128), primary_key=True),
        sa.Column("day", sa.Integer, nullable=False),
        sa.Column("hour", sa.Integer, nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("next_at", dt(), nullable=False, index=True),
        sa.Column("created_at", dt(), nullable=False),
    )
    sa.Table(
        "tips_sent", m,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.String(128), nullable=False, index=True),
        sa.Column("article_id", sa.String(128), nullable=False),
        sa.Column("round", sa.Integer, nullable=False),
        sa.Column("sent_at", dt(), nullable=False),
    )
    sa.Table(
        "telegram_callbacks", m,
        sa.Column("key", sa.String(40), primary_key=True),
        sa.Column("payload", sa.Text, nullable=False),
    )
    return m


def upgrade() -> None:
    _schema().create_all(op.get_bind(), checkfirst=True)


def downgrade() -> None:
    _schema().drop_all(op.get_bind())
