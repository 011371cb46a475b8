"""Distinct askers in the knowledge report: `asker` on `answer_log` and `knowledge_gaps`,
a per-day salted hash of the sender (bot/insights/askers.py; the salt is never stored).
Rows logged before this revision have none and count as one asker each.

Revision ID: 0004
Revises: 0003
Create Date: 2025-01-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("answer_log") as batch:
        batch.add_column(sa.Column("asker", sa.String(16), nullable=True))
    with op.batch_alter_table("knowledge_gaps") as batch:
        batch.add_column(sa.Column("asker", sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("knowledge_gaps") as batch:
        batch.drop_column("asker")
    with op.batch_alter_table("answer_log") as batch:
        batch.drop_column("asker")
