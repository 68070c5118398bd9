"""Invoicing core: customers, products, tax table, series, documents, audit chain, idempotency.

Issued documents, their lines and the audit chain are protected by triggers: the database
itself refuses to change or delete them, whatever program sends the SQL.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TRIGGERS = [
    """CREATE TRIGGER document_issued_no_update BEFORE UPDATE ON document
       WHEN OLD.status = 'issued'
       BEGIN SELECT RAISE(ABORT, 'issued documents cannot be changed'); END""",
    """CREATE TRIGGER document_issued_no_delete BEFORE DELETE ON document
       WHEN OLD.status = 'issued'
       BEGIN SELECT RAISE(ABORT, 'issued documents cannot be deleted'); END""",
    """CREATE TRIGGER document_line_frozen_update BEFORE UPDATE ON document_line
       WHEN (SELECT status FROM document WHERE id = OLD.document_id) = 'issued'
       BEGIN SELECT RAISE(ABORT, 'lines of issued documents cannot be changed'); END""",
    """CREATE TRIGGER document_line_frozen_delete BEFORE DELETE ON document_line
       WHEN (SELECT status FROM document WHERE id = OLD.document_id) = 'issued'
       BEGIN SELECT RAISE(ABORT, 'lines of issued documents cannot be deleted'); END""",
    """CREATE TRIGGER document_line_frozen_insert BEFORE INSERT ON document_line
       WHEN (SELECT status FROM document WHERE id = NEW.document_id) = 'issued'
       BEGIN SELECT RAISE(ABORT, 'issued documents cannot get new lines'); END""",
    """CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    """CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    """CREATE TRIGGER series_counter_forward_only BEFORE UPDATE ON series_counter
       WHEN NEW.next_seq < OLD.next_seq
       BEGIN SELECT RAISE(ABORT, 'a number series never goes back'); END""",
]


def _timestamps() -> list[sa.Column[str]]:
    return [
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "party",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("street", sa.String(200)),
        sa.Column("additional_street", sa.String(200)),
        sa.Column("city", sa.String(100)),
        sa.Column("postcode", sa.String(20)),
        sa.Column("subdivision", sa.String(100)),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("vat_id", sa.String(32)),
        sa.Column("legal_id", sa.String(64)),
        sa.Column("legal_id_scheme", sa.String(8)),
        sa.Column("electronic_address", sa.String(200)),
        sa.Column("electronic_address_scheme", sa.String(8)),
        sa.Column("email", sa.String(200)),
        sa.Column("language", sa.String(8)),
        sa.Column("payment_terms_days", sa.Integer()),
        *_timestamps(),
    )
    op.create_index("ix_party_name", "party", ["name"])
    op.create_table(
        "tax_rate",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("category", sa.String(2), nullable=False),
        sa.Column("rate", sa.String(16)),
        sa.Column("valid_from", sa.String(10), nullable=False),
        sa.Column("valid_to", sa.String(10)),
        sa.Column("exemption_reason", sa.String(200)),
        sa.Column("exemption_code", sa.String(32)),
        sa.UniqueConstraint("name", "valid_from", name="uq_tax_rate_name"),
    )
    op.create_table(
        "product",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("description", sa.Text()),
        sa.Column("unit", sa.String(3), nullable=False),
        sa.Column("unit_price", sa.String(40), nullable=False),
        sa.Column("tax_rate_name", sa.String(64), nullable=False),
        *_timestamps(),
    )
    op.create_table(
        "series",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(32), nullable=False, unique=True),
        sa.Column("document_type", sa.String(16), nullable=False),
        sa.Column("pattern", sa.String(100), nullable=False),
        sa.Column("reset_yearly", sa.Boolean(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "series_counter",
        sa.Column("series_id", sa.Integer(), sa.ForeignKey("series.id"), primary_key=True),
        sa.Column("period", sa.Integer(), primary_key=True),
        sa.Column("next_seq", sa.Integer(), nullable=False),
        sa.Column("last_issue_date", sa.String(10)),
    )
    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("party.id")),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("issue_date", sa.String(10)),
        sa.Column("due_date", sa.String(10)),
        sa.Column("buyer_reference", sa.String(200)),
        sa.Column("series_id", sa.Integer(), sa.ForeignKey("series.id")),
        sa.Column("period", sa.Integer()),
        sa.Column("seq", sa.Integer()),
        sa.Column("number", sa.String(64), unique=True),
        sa.Column("corrects_id", sa.Integer(), sa.ForeignKey("document.id")),
        sa.Column("draft_json", sa.Text(), nullable=False),
        sa.Column("snapshot_json", sa.Text()),
        sa.Column("snapshot_sha256", sa.String(64)),
        sa.Column("tax_exclusive", sa.String(40)),
        sa.Column("tax_total", sa.String(40)),
        sa.Column("tax_inclusive", sa.String(40)),
        sa.Column("payable", sa.String(40)),
        sa.Column("issued_at", sa.String(32)),
        *_timestamps(),
        sa.UniqueConstraint("series_id", "period", "seq", name="uq_document_series_id"),
        sa.CheckConstraint("status IN ('draft', 'issued')", name="ck_document_status"),
        sa.CheckConstraint(
            "status = 'draft' OR (number IS NOT NULL AND snapshot_json IS NOT NULL)",
            name="ck_document_issued_complete",
        ),
    )
    op.create_index("ix_document_status_type", "document", ["status", "type"])
    op.create_index("ix_document_customer", "document", ["customer_id"])
    op.create_index("ix_document_issue_date", "document", ["issue_date"])
    op.create_index("ix_document_corrects", "document", ["corrects_id"])
    op.create_table(
        "document_line",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("document.id"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("quantity", sa.String(40), nullable=False),
        sa.Column("unit", sa.String(3), nullable=False),
        sa.Column("unit_price", sa.String(40), nullable=False),
        sa.Column("price_base_quantity", sa.String(40), nullable=False),
        sa.Column("net_amount", sa.String(40), nullable=False),
        sa.Column("tax_category", sa.String(2), nullable=False),
        sa.Column("tax_rate", sa.String(16)),
        sa.Column("corrects_line", sa.Integer()),
        sa.UniqueConstraint("document_id", "position", name="uq_document_line_document_id"),
    )
    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("time", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("entity_type", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("payload_json", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False, unique=True),
    )
    op.create_table(
        "idempotency_key",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("operation", sa.String(64), nullable=False),
        sa.Column("request_hash", sa.String(64), nullable=False),
        sa.Column("result_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    for sql in TRIGGERS:
        op.execute(sql)
    series = sa.table(
        "series",
        sa.column("name"),
        sa.column("document_type"),
        sa.column("pattern"),
        sa.column("reset_yearly"),
        sa.column("is_default"),
    )
    op.bulk_insert(
        series,
        [
            {
                "name": "INV",
                "document_type": "invoice",
                "pattern": "INV-{year}-{seq:05}",
                "reset_yearly": True,
                "is_default": True,
            },
            {
                "name": "CN",
                "document_type": "credit_note",
                "pattern": "CN-{year}-{seq:05}",
                "reset_yearly": True,
                "is_default": True,
            },
            {
                "name": "DN",
                "document_type": "debit_note",
                "pattern": "DN-{year}-{seq:05}",
                "reset_yearly": True,
                "is_default": True,
            },
        ],
    )

    # Tax table of an existing company (a frozen copy of the defaults of this revision).
    conn = op.get_bind()
    for (country,) in conn.execute(sa.text("SELECT country FROM company")).all():
        for name, category, rate, reason, code in _seed_rows(country):
            conn.execute(
                sa.text(
                    "INSERT INTO tax_rate (name, category, rate, valid_from, exemption_reason,"
                    " exemption_code) VALUES (:n, :c, :r, '2000-01-01', :why, :code)"
                ),
                {"n": name, "c": category, "r": rate, "why": reason, "code": code},
            )


STANDARD_RATES = {
    "DE": [("standard", "19"), ("reduced", "7")],
    "AT": [("standard", "20"), ("reduced", "10"), ("reduced-13", "13")],
    "FR": [
        ("standard", "20"),
        ("intermediate", "10"),
        ("reduced", "5.5"),
        ("super-reduced", "2.1"),
    ],
    "BE": [("standard", "21"), ("intermediate", "12"), ("reduced", "6")],
    "NL": [("standard", "21"), ("reduced", "9")],
    "LU": [("standard", "17"), ("intermediate", "14"), ("reduced", "8"), ("super-reduced", "3")],
    "IT": [("standard", "22"), ("reduced", "10"), ("reduced-5", "5"), ("super-reduced", "4")],
    "ES": [("standard", "21"), ("reduced", "10"), ("super-reduced", "4")],
    "PL": [("standard", "23"), ("reduced", "8"), ("reduced-5", "5")],
    "GR": [("standard", "24"), ("reduced", "13"), ("super-reduced", "6")],
}


def _seed_rows(country: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    rows: list[tuple[str, str, str | None, str | None, str | None]] = [
        (name, "S", rate, None, None) for name, rate in STANDARD_RATES.get(country, [])
    ]
    rows += [
        ("zero", "Z", "0", None, None),
        ("exempt", "E", "0", "Exempt from VAT", None),
        ("reverse-charge", "AE", "0", "Reverse charge", "VATEX-EU-AE"),
        ("intra-community", "K", "0", "Intra-Community supply", "VATEX-EU-IC"),
        ("export", "G", "0", "Export outside the EU", "VATEX-EU-G"),
        ("not-subject", "O", None, "Not subject to VAT", "VATEX-EU-O"),
    ]
    return rows


def downgrade() -> None:
    for name in (
        "idempotency_key",
        "audit_entry",
        "document_line",
        "document",
        "series_counter",
        "series",
        "product",
        "tax_rate",
        "party",
    ):
        op.drop_table(name)
