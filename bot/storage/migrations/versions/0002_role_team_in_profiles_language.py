"""One source of truth: role and team only in `profiles` (members keep the Telegram
membership and refer to the profile); the language a user pinned, on the profile.

Data: a member without a profile gets one; where a member's role or team differs from
the profile's, the member's wins (the Telegram side was in force: the door, the admin
commands and who gets notices and tips all read the member row).

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

FK = "fk_members_profile"


def upgrade() -> None:
    with op.batch_alter_table("profiles") as batch:
        batch.add_column(sa.Column("language", sa.String(8), nullable=True))
        batch.add_column(
            sa.Column("language_pinned", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.execute(
        sa.text(
            "INSERT INTO profiles (user_id, role, team, created_at, language_pinned) "
            "SELECT m.user_id, m.role, m.team, m.joined_at, :no FROM members m "
            "WHERE NOT EXISTS (SELECT 1 FROM profiles p WHERE p.user_id = m.user_id)"
        ).bindparams(no=False)
    )
    op.execute(
        "UPDATE profiles SET "
        "role = (SELECT m.role FROM members m WHERE m.user_id = profiles.user_id), "
        "team = (SELECT m.team FROM members m WHERE m.user_id = profiles.user_id) "
        "WHERE EXISTS (SELECT 1 FROM members m WHERE m.user_id = profiles.user_id)"
    )
    with op.batch_alter_table("members") as batch:
        batch.drop_column("role")
        batch.drop_column("team")
        batch.create_foreign_key(FK, "profiles", ["user_id"], ["user_id"], ondelete="CASCADE")


def downgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.drop_constraint(FK, type_="foreignkey")
        batch.add_column(sa.Column("role", sa.String(16), nullable=False, server_default="employee"))
        batch.add_column(sa.Column("team", sa.String(128), nullable=True))
    op.execute(
        "UPDATE members SET "
        "role = (SELECT p.role FROM profiles p WHERE p.user_id = members.user_id), "
        "team = (SELECT p.team FROM profiles p WHERE p.user_id = members.user_id)"
    )
    with op.batch_alter_table("members") as batch:
        batch.alter_column("role", server_default=None)
    with op.batch_alter_table("profiles") as batch:
        batch.drop_column("language_pinned")
        batch.drop_column("language")
