"""The accountant's bundles and their delivery: the company's signing key, bundles and their
files (never changed once made, numbered without gaps), destinations, the outbox of delivery
jobs and every attempt.

A bundle's document files point at the frozen ``document_file`` rows instead of copying the
bytes: those rows can never change either.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _frozen(table: str, what: str) -> list[str]:
    return [
        f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
            BEGIN SELECT RAISE(ABORT, '{what} cannot be changed'); END""",
        f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            BEGIN SELECT RAISE(ABORT, '{what} cannot be deleted'); END""",
    ]


TRIGGERS = [
    *_frozen("signing_key", "the signing key"),
    *_frozen("bundle", "a bundle"),
    *_frozen("bundle_file", "the files of a bundle"),
    """CREATE TRIGGER bundle_gapless BEFORE INSERT ON bundle
       WHEN NEW.sequence != COALESCE((SELECT MAX(sequence) FROM bundle), 0) + 1
       BEGIN SELECT RAISE(ABORT, 'bundle sequence numbers have no gaps'); END""",
]


def upgrade() -> None:
    op.create_table(
        "signing_key",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("algorithm", sa.String(16), nullable=False),
        sa.Column("private_key", sa.LargeBinary(), nullable=False),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "bundle",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("export_id", sa.String(36), nullable=False, unique=True),
        sa.Column("sequence", sa.Integer(), nullable=False, unique=True),
        sa.Column("period_from", sa.String(10), nullable=False),
        sa.Column("period_to", sa.String(10), nullable=False),
        sa.Column("supersedes", sa.String(36)),
        sa.Column("folder", sa.String(100), nullable=False),
        sa.Column("summary_json", sa.Text(), nullable=False),
        sa.Column("manifest", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "bundle_file",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("bundle_id", sa.Integer(), sa.ForeignKey("bundle.id"), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary()),
        sa.Column("document_file_id", sa.Integer(), sa.ForeignKey("document_file.id")),
        sa.UniqueConstraint("bundle_id", "name"),
        sa.CheckConstraint("(data IS NULL) != (document_file_id IS NULL)", name="one_source"),
    )
    op.create_table(
        "destination",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("config_json", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "outbox_job",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("bundle_id", sa.Integer(), sa.ForeignKey("bundle.id"), nullable=False),
        sa.Column("destination_id", sa.Integer(), sa.ForeignKey("destination.id"), nullable=False),
        sa.Column("idempotency_key", sa.String(64), nullable=False, unique=True),
        # pending, delivered, attention (kept failing or refused: a person has to look)
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.String(32), nullable=False),
        sa.Column("last_error", sa.Text()),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("delivered_at", sa.String(32)),
        sa.UniqueConstraint("bundle_id", "destination_id"),
    )
    op.create_index("outbox_job_due", "outbox_job", ["state", "next_attempt_at"])
    op.create_table(
        "delivery_attempt",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("job_id", sa.Integer(), sa.ForeignKey("outbox_job.id"), nullable=False),
        # running (written before the transport starts), delivered, failed, refused,
        # interrupted (the program stopped while it ran)
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("detail", sa.Text()),
        sa.Column("started_at", sa.String(32), nullable=False),
        sa.Column("finished_at", sa.String(32)),
    )
    op.create_index("delivery_attempt_job", "delivery_attempt", ["job_id"])
    for sql in TRIGGERS:
        op.execute(sql)


def downgrade() -> None:
    for table in ("bundle_file", "bundle", "signing_key"):
        op.execute(f"DROP TRIGGER {table}_no_update")
        op.execute(f"DROP TRIGGER {table}_no_delete")
    op.execute("DROP TRIGGER bundle_gapless")
    op.drop_index("delivery_attempt_job", "delivery_attempt")
    op.drop_table("delivery_attempt")
    op.drop_index("outbox_job_due", "outbox_job")
    for table in ("outbox_job", "destination", "bundle_file", "bundle", "signing_key"):
        op.drop_table(table)
