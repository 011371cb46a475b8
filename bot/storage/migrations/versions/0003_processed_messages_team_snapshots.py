"""Exactly once and privacy of team views: `processed_messages` (side effects already done
for an incoming message, keyed by a hash of sender, message id and effect) and
`team_snapshots` (team views as released to managers).

Revision ID: 0003
Revises: 0002
Create Date: 2025-01-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "processed_messages",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("result", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_processed_messages_created_at", "processed_messages", ["created_at"])
    op.create_table(
        "team_snapshots",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("team", sa.String(128), nullable=False),
        sa.Column("check_id", sa.String(128), nullable=False),
        sa.Column("released_at", sa.DateTime(), nullable=False),
        sa.Column("participants", sa.Integer, nullable=False),
        sa.Column("runs", sa.Text, nullable=False),
        sa.Column("averages", sa.Text, nullable=False),
    )
    op.create_index("ix_team_snapshots_team", "team_snapshots", ["team"])


def downgrade() -> None:
    op.drop_index("ix_team_snapshots_team", "team_snapshots")
    op.drop_table("team_snapshots")
    op.drop_index("ix_processed_messages_created_at", "processed_messages")
    op.drop_table("processed_messages")
