"""A company setting no longer carries ``valid_from``: the newest version is the one in force.

Every change was stored with the day it was made as ``valid_from`` and nothing could date one
ahead, so the column only repeated the day of ``recorded_at`` (which stays, with the time),
while the program always took the newest version. A date that looks like a rule but is not
one is removed rather than kept for readers to misread; issued documents do not need it
either: each carries its frozen PDF, XML and totals.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("company_setting") as batch:
        batch.drop_column("valid_from")


def downgrade() -> None:
    with op.batch_alter_table("company_setting") as batch:
        batch.add_column(sa.Column("valid_from", sa.String(10), nullable=False, server_default=""))
    op.execute("UPDATE company_setting SET valid_from = substr(recorded_at, 1, 10)")
