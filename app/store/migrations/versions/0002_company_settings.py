"""Versioned company settings, seeded with the defaults every company starts from.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

DEFAULTS = {
    "security.auto_lock_minutes": "15",
    "backup.keep_automatic": "5",
}


def upgrade() -> None:
    op.create_table(
        "company_setting",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "company_id",
            sa.Integer(),
            sa.ForeignKey("company.id", name="fk_company_setting_company_id_company"),
            nullable=False,
        ),
        sa.Column("key", sa.String(100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("valid_from", sa.String(10), nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.UniqueConstraint("company_id", "key", "version", name="uq_company_setting_company_id"),
    )
    conn = op.get_bind()
    for company_id, created_at in conn.execute(sa.text("SELECT id, created_at FROM company")):
        for key, value in DEFAULTS.items():
            conn.execute(
                sa.text(
                    "INSERT INTO company_setting"
                    " (company_id, key, version, value_json, valid_from, recorded_at)"
                    " VALUES (:c, :k, 1, :v, :f, :r)"
                ),
                {"c": company_id, "k": key, "v": value, "f": created_at[:10], "r": created_at},
            )


def downgrade() -> None:
    op.drop_table("company_setting")
