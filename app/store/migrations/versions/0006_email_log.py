"""Sent documents: every attempt to email a document, its recipients, message id and result.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "email_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("document.id"), nullable=False),
        sa.Column("message_id", sa.String(200), nullable=False, unique=True),
        sa.Column("recipients_json", sa.Text(), nullable=False),
        sa.Column("document_sha256", sa.String(64), nullable=False),
        # sending (written before the SMTP conversation), sent, failed
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("error_kind", sa.String(16)),
        sa.Column("error", sa.Text()),
        sa.Column("started_at", sa.String(32), nullable=False),
        sa.Column("finished_at", sa.String(32)),
    )
    op.create_index("email_log_document", "email_log", ["document_id"])


def downgrade() -> None:
    op.drop_index("email_log_document", "email_log")
    op.drop_table("email_log")
