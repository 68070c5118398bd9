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

# Derived balances of the current state (everything recorded), kept by triggers in the same
# transaction as every entry. Never the truth: `verify` recomputes them from the ledger.
BALANCE_TRIGGERS = [
    # an invoice or debit note is issued: it owes its payable amount
    """CREATE TRIGGER balance_on_issue AFTER UPDATE OF status ON document
       WHEN OLD.status = 'draft' AND NEW.status = 'issued' AND NEW.type != 'credit_note'
       BEGIN
         INSERT INTO document_balance (document_id, number, type, customer_id, currency,
             issue_date, due_date, total_minor, payable_minor, fx_rate, due_minor)
         VALUES (NEW.id, NEW.number, NEW.type, NEW.customer_id, NEW.currency, NEW.issue_date,
             coalesce(NEW.due_date, NEW.issue_date), NEW.total_minor, NEW.payable_minor,
             NEW.fx_rate, NEW.payable_minor);
       END""",
    # a credit note is issued: the document it corrects owes that much less
    """CREATE TRIGGER balance_on_credit_note AFTER UPDATE OF status ON document
       WHEN OLD.status = 'draft' AND NEW.status = 'issued' AND NEW.type = 'credit_note'
       BEGIN
         UPDATE document_balance SET due_minor = due_minor - NEW.total_minor
         WHERE document_id = NEW.corrects_id;
       END""",
    """CREATE TRIGGER balance_on_entry AFTER INSERT ON ledger_entry
       WHEN NEW.kind != 'reversal'
       BEGIN
         INSERT INTO payment_balance (payment_id, customer_id, currency, remaining_minor)
         SELECT NEW.id, NEW.customer_id, NEW.currency, NEW.amount_minor
         WHERE NEW.kind = 'payment';
         UPDATE payment_balance
         SET remaining_minor =
             remaining_minor - coalesce(NEW.payment_amount_minor, NEW.amount_minor)
         WHERE payment_id = NEW.payment_id AND NEW.kind IN ('allocation', 'refund');
         UPDATE document_balance SET due_minor = due_minor + CASE
             WHEN NEW.kind IN ('fee', 'interest') THEN NEW.amount_minor
             WHEN NEW.kind IN ('allocation', 'discount', 'writeoff', 'transfer')
             THEN -NEW.amount_minor ELSE 0 END
         WHERE document_id = NEW.document_id;
         UPDATE document_balance SET due_minor = due_minor + NEW.amount_minor
         WHERE document_id = NEW.source_document_id AND NEW.kind IN ('transfer', 'refund');
       END""",
    # a reversal undoes its entry, and for a payment every entry made from it (not yet undone)
    """CREATE TRIGGER balance_on_reversal AFTER INSERT ON ledger_entry
       WHEN NEW.kind = 'reversal'
       BEGIN
         UPDATE payment_balance SET remaining_minor = 0 WHERE payment_id = NEW.reverses_id;
         UPDATE payment_balance SET remaining_minor = remaining_minor + (
             SELECT coalesce(x.payment_amount_minor, x.amount_minor) FROM ledger_entry x
             WHERE x.id = NEW.reverses_id AND x.kind IN ('allocation', 'refund'))
         WHERE payment_id = (SELECT payment_id FROM ledger_entry WHERE id = NEW.reverses_id
                             AND kind IN ('allocation', 'refund'));
         UPDATE document_balance SET due_minor = due_minor - coalesce((
             SELECT SUM(CASE WHEN x.kind IN ('fee', 'interest') THEN x.amount_minor
                             WHEN x.kind IN ('allocation', 'discount', 'writeoff', 'transfer')
                             THEN -x.amount_minor ELSE 0 END)
             FROM ledger_entry x
             WHERE x.document_id = document_balance.document_id
               AND (x.id = NEW.reverses_id OR (x.payment_id = NEW.reverses_id
                    AND x.id NOT IN (SELECT reverses_id FROM ledger_entry
                                     WHERE kind = 'reversal' AND id != NEW.id)))), 0)
         WHERE document_id IN (
             SELECT document_id FROM ledger_entry
             WHERE id = NEW.reverses_id OR payment_id = NEW.reverses_id);
         UPDATE document_balance SET due_minor = due_minor - coalesce((
             SELECT SUM(x.amount_minor) FROM ledger_entry x
             WHERE x.source_document_id = document_balance.document_id
               AND x.kind IN ('transfer', 'refund')
               AND (x.id = NEW.reverses_id OR (x.payment_id = NEW.reverses_id
                    AND x.id NOT IN (SELECT reverses_id FROM ledger_entry
                                     WHERE kind = 'reversal' AND id != NEW.id)))), 0)
         WHERE document_id IN (
             SELECT source_document_id FROM ledger_entry
             WHERE id = NEW.reverses_id OR payment_id = NEW.reverses_id);
       END""",
]

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
    _create_balances()
    for sql in TRIGGERS + BALANCE_TRIGGERS:
        op.execute(sql)


def _create_balances() -> None:
    op.create_table(
        "document_balance",
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("document.id"), primary_key=True),
        sa.Column("number", sa.String(64), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("issue_date", sa.String(10), nullable=False),
        sa.Column("due_date", sa.String(10), nullable=False),
        sa.Column("total_minor", sa.Integer(), nullable=False),
        sa.Column("payable_minor", sa.Integer(), nullable=False),
        sa.Column("fx_rate", sa.String(40)),
        sa.Column("due_minor", sa.Integer(), nullable=False),
    )
    op.create_index("ix_document_balance_open", "document_balance", ["due_minor"])
    op.create_table(
        "payment_balance",
        sa.Column("payment_id", sa.Integer(), sa.ForeignKey("ledger_entry.id"), primary_key=True),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("remaining_minor", sa.Integer(), nullable=False),
    )
    op.create_index("ix_payment_balance_open", "payment_balance", ["remaining_minor"])
    op.create_index("ix_ledger_entry_date", "ledger_entry", ["entry_date"])
    op.execute(
        "INSERT INTO document_balance (document_id, number, type, customer_id, currency,"
        " issue_date, due_date, total_minor, payable_minor, fx_rate, due_minor)"
        " SELECT d.id, d.number, d.type, d.customer_id, d.currency, d.issue_date,"
        " coalesce(d.due_date, d.issue_date), d.total_minor, d.payable_minor, d.fx_rate,"
        " d.payable_minor - coalesce(("
        "   SELECT SUM(c.total_minor) FROM document c WHERE c.corrects_id = d.id"
        "   AND c.status = 'issued' AND c.type = 'credit_note'), 0)"
        " FROM document d WHERE d.status = 'issued' AND d.type != 'credit_note'"
    )


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
    op.drop_table("payment_balance")
    op.drop_table("document_balance")
    op.drop_index("ix_document_open_items", "document")
    op.drop_column("document", "fx_rate")
    op.drop_column("document", "total_minor")
    op.drop_column("document", "payable_minor")
    with op.batch_alter_table("party") as batch:
        batch.drop_column("discount_days")
        batch.drop_column("discount_percent")
    op.drop_table("document_flag")
    op.drop_table("ledger_entry")
