"""What a logged email carried: the document itself, or a reminder letter about it. Only
messages of kind "document" make a document count as sent.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("email_log") as batch:
        batch.add_column(
            sa.Column("kind", sa.String(16), nullable=False, server_default="document")
        )


def downgrade() -> None:
    with op.batch_alter_table("email_log") as batch:
        batch.drop_column("kind")
