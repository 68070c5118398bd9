"""The document list sorted by any column: one covering index per order, and a sort key for
customer names.

Each index starts with the order's columns and holds every column the list shows, so a page in
any order is read from one index without touching the table rows (which carry the large draft
and snapshot JSON). Drafts have no date, number or total yet: the indexes hold the same
``coalesce`` expressions the list sorts by (``app.store.document_list``), like the date order of
migration 0007. (Virtual generated columns would make the cursor's row-value comparison a seek,
but SQLite then reads the table rows for them: no longer covering.)

Sorting by customer walks the customers in name order and each customer's documents in date
order (``document_list_customer``, which also replaces the plain index on ``customer_id``).
``party.sort_name`` is the name with case and accents set aside, filled by the program
(``app.domain.parties.sort_name``) whenever a customer is saved.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.domain.parties import sort_name

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

KEY = "coalesce(issue_date, '9999-12-31')"
SHOWN = (
    "type, status, number, customer_id, currency, issue_date, due_date, tax_inclusive, payable,"
    " corrects_id"
)
ORDERS = {
    "document_list_number": "coalesce(number, ''), id",
    "document_list_due": "coalesce(due_date, ''), id",
    "document_list_total": "coalesce(total_minor, 0), id",
    "document_list_type": f"type, {KEY}, id",
    "document_list_status": f"status, {KEY}, id",
    "document_list_currency": f"currency, {KEY}, id",
    "document_list_customer": f"customer_id, {KEY}, id",
}


def upgrade() -> None:
    # a plain ADD COLUMN: rebuilding the table would drop the search trigger on it
    op.add_column(
        "party", sa.Column("sort_name", sa.String(200), nullable=False, server_default="")
    )
    connection = op.get_bind()
    names = connection.execute(sa.text("SELECT id, name FROM party")).fetchall()
    if names:
        connection.execute(
            sa.text("UPDATE party SET sort_name = :sort WHERE id = :id"),
            [{"sort": sort_name(name), "id": party_id} for party_id, name in names],
        )
    op.execute("CREATE INDEX party_sort ON party (sort_name, id, name)")  # covers the list
    for name, order in ORDERS.items():
        op.execute(f"CREATE INDEX {name} ON document ({order}, {SHOWN})")
    op.drop_index("ix_document_customer", "document")


def downgrade() -> None:
    op.create_index("ix_document_customer", "document", ["customer_id"])
    for name in ORDERS:
        op.execute(f"DROP INDEX {name}")
    op.execute("DROP INDEX party_sort")
    op.drop_column("party", "sort_name")
