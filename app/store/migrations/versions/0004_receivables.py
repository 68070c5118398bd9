"""Receivables: the append-only money ledger, document flags (disputes, reminders), early-payment
discount terms on customers.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TRIGGERS = [
    """CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry
       BEGIN SELECT RAISE(ABORT, 'ledger entries are never changed; reverse them'); END""",
    """CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry
       BEGIN SELECT RAISE(ABORT, 'ledger entries are never deleted; reverse them'); END""",
    """CREATE TRIGGER document_flag_no_update BEFORE UPDATE ON document_flag
       BEGIN SELECT RAISE(ABORT, 'document flags are append-only'); END""",
    """CREATE TRIGGER document_flag_no_delete BEFORE DELETE ON document_flag
       BEGIN SELECT RAISE(ABORT, 'document flags are append-only'); END""",
]


def upgrade() -> None:
    op.create_table(
        "ledger_entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("entry_date", sa.String(10), nullable=False),
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("party.id"), nullable=False),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("document.id")),
        sa.Column("source_document_id", sa.Integer(), sa.ForeignKey("document.id")),
        sa.Column("payment_id", sa.Integer(), sa.ForeignKey("ledger_entry.id")),
        sa.Column("reverses_id", sa.Integer(), sa.ForeignKey("ledger_entry.id")),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("amount", sa.String(40), nullable=False),
        # the same amount in minor units (cents): exact sums in SQL, never through floats
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("payment_amount", sa.String(40)),
        sa.Column("payment_amount_minor", sa.Integer()),
        sa.Column("exchange_rate", sa.String(40)),
        sa.Column("method", sa.String(16)),
        sa.Column("reference", sa.String(200)),
        sa.Column("note", sa.Text()),
        sa.Column("level", sa.Integer()),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.CheckConstraint(
            "kind IN ('payment', 'allocation', 'transfer', 'refund', 'reversal', 'discount',"
            " 'writeoff', 'fee', 'interest')",
            name="ck_ledger_entry_kind",
        ),
    )
    # Covering indexes: the aging report reads only these, never the wide rows.
    op.create_index(
        "ix_ledger_entry_document",
        "ledger_entry",
        ["document_id", "entry_date", "kind", "amount_minor", "id", "payment_id"],
    )
    op.create_index(
        "ix_ledger_entry_source",
        "ledger_entry",
        ["source_document_id", "entry_date", "kind", "amount_minor", "id", "payment_id"],
    )
    op.create_index(
        "ix_ledger_entry_kind",
        "ledger_entry",
        ["kind", "entry_date", "reverses_id", "customer_id", "currency", "amount_minor", "id"],
    )
    op.create_index(
        "ix_ledger_entry_payment",
        "ledger_entry",
        ["payment_id", "kind", "entry_date", "amount_minor", "payment_amount_minor", "id"],
    )
    op.create_index("ix_ledger_entry_customer", "ledger_entry", ["customer_id", "entry_date"])
    op.create_table(
        "document_flag",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("document.id"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("flag_date", sa.String(10), nullable=False),
        sa.Column("level", sa.Integer()),
        sa.Column("note", sa.Text()),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.CheckConstraint(
            "kind IN ('dispute', 'undispute', 'reminder')", name="ck_document_flag_kind"
        ),
    )
    op.create_index("ix_document_flag_document", "document_flag", ["document_id"])
    with op.batch_alter_table("party") as batch:
        batch.add_column(sa.Column("discount_percent", sa.String(16)))
        batch.add_column(sa.Column("discount_days", sa.Integer()))
    op.add_column("document", sa.Column("payable_minor", sa.Integer()))
    op.add_column("document", sa.Column("total_minor", sa.Integer()))
    op.add_column("document", sa.Column("fx_rate", sa.String(40)))
    _backfill_minor_units()
    op.create_index(
        "ix_document_open_items",
        "document",
        [
            "status",
            "type",
            "issue_date",
            "id",
            "customer_id",
            "currency",
            "due_date",
            "payable_minor",
            "total_minor",
            "corrects_id",
            "number",
            "fx_rate",
        ],
    )
    for sql in TRIGGERS:
        op.execute(sql)


MINOR_UNITS = {
    "BIF": 0,
    "CLP": 0,
    "DJF": 0,
    "GNF": 0,
    "ISK": 0,
    "JPY": 0,
    "KMF": 0,
    "KRW": 0,
    "PYG": 0,
    "RWF": 0,
    "UGX": 0,
    "UYI": 0,
    "VND": 0,
    "VUV": 0,
    "XAF": 0,
    "XOF": 0,
    "XPF": 0,
    "BHD": 3,
    "IQD": 3,
    "JOD": 3,
    "KWD": 3,
    "LYD": 3,
    "OMR": 3,
    "TND": 3,
    "CLF": 4,
    "UYW": 4,
}


def _backfill_minor_units() -> None:
    """Issued documents are frozen by a trigger; lift it for this one exact backfill."""
    from decimal import Decimal

    conn = op.get_bind()
    op.execute("DROP TRIGGER document_issued_no_update")
    rows = conn.execute(
        sa.text("SELECT id, currency, payable, tax_inclusive FROM document WHERE status = 'issued'")
    ).all()
    for document_id, currency, payable, total in rows:
        scale = Decimal(10) ** MINOR_UNITS.get(currency, 2)
        conn.execute(
            sa.text("UPDATE document SET payable_minor = :p, total_minor = :t WHERE id = :i"),
            {
                "p": int(Decimal(payable) * scale),
                "t": int(Decimal(total) * scale),
                "i": document_id,
            },
        )
    op.execute(
        """CREATE TRIGGER document_issued_no_update BEFORE UPDATE ON document
           WHEN OLD.status = 'issued'
           BEGIN SELECT RAISE(ABORT, 'issued documents cannot be changed'); END"""
    )


def downgrade() -> None:
    op.drop_index("ix_document_open_items", "document")
    op.drop_column("document", "fx_rate")
    op.drop_column("document", "total_minor")
    op.drop_column("document", "payable_minor")
    with op.batch_alter_table("party") as batch:
        batch.drop_column("discount_days")
        batch.drop_column("discount_percent")
    op.drop_table("document_flag")
    op.drop_table("ledger_entry")
