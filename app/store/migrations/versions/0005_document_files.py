"""Files frozen with issued documents (e-invoice XML, later the PDF); the company's contact,
registration and bank details; a customer's e-invoice format and standing buyer reference.

``document_file`` rows are written in the issuing transaction and never change: the database
refuses updates and deletes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TRIGGERS = [
    """CREATE TRIGGER document_file_no_update BEFORE UPDATE ON document_file
       BEGIN SELECT RAISE(ABORT, 'files of issued documents cannot be changed'); END""",
    """CREATE TRIGGER document_file_no_delete BEFORE DELETE ON document_file
       BEGIN SELECT RAISE(ABORT, 'files of issued documents cannot be deleted'); END""",
    """CREATE TRIGGER document_file_issued_only BEFORE INSERT ON document_file
       WHEN (SELECT status FROM document WHERE id = NEW.document_id) != 'issued'
       BEGIN SELECT RAISE(ABORT, 'only issued documents have frozen files'); END""",
]

COMPANY_COLUMNS = {
    "additional_street": 200,
    "subdivision": 100,
    "legal_id": 64,
    "legal_id_scheme": 8,
    "legal_info": 500,
    "electronic_address": 200,
    "electronic_address_scheme": 8,
    "email": 200,
    "phone": 50,
    "contact_name": 200,
    "iban": 34,
    "bic": 11,
    "bank_name": 200,
}


def upgrade() -> None:
    op.create_table(
        "document_file",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("document.id"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("format", sa.String(32), nullable=False),
        sa.Column("media_type", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.UniqueConstraint("document_id", "kind"),
    )
    for sql in TRIGGERS:
        op.execute(sql)
    with op.batch_alter_table("company") as batch:
        for name, length in COMPANY_COLUMNS.items():
            batch.add_column(sa.Column(name, sa.String(length)))
    with op.batch_alter_table("party") as batch:
        batch.add_column(sa.Column("einvoice_format", sa.String(32)))
        batch.add_column(sa.Column("buyer_reference", sa.String(200)))
        batch.add_column(sa.Column("contact_name", sa.String(200)))
        batch.add_column(sa.Column("phone", sa.String(50)))


def downgrade() -> None:
    with op.batch_alter_table("party") as batch:
        for name in ("phone", "contact_name", "buyer_reference", "einvoice_format"):
            batch.drop_column(name)
    with op.batch_alter_table("company") as batch:
        for name in reversed(COMPANY_COLUMNS):
            batch.drop_column(name)
    op.drop_table("document_file")
