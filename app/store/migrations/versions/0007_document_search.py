"""Search as you type over documents: an FTS5 index (number, customer, references, amounts,
line texts) kept by triggers, and an index for the list's date order.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

VALUES = """
    NEW.id,
    coalesce(NEW.number, ''),
    coalesce((SELECT name FROM party WHERE id = NEW.customer_id), ''),
    trim(coalesce(NEW.buyer_reference, '') || ' '
         || coalesce(json_extract(NEW.draft_json, '$.purchase_order'), '')),
    trim(coalesce(NEW.tax_inclusive, '') || ' ' || coalesce(NEW.payable, '')),
    trim(coalesce((SELECT group_concat(json_extract(value, '$.description'), ' ')
                   FROM json_each(NEW.draft_json, '$.lines')), '') || ' '
         || coalesce(json_extract(NEW.draft_json, '$.note'), ''))
"""
INSERT = (
    "INSERT INTO document_search (rowid, number, customer, reference, amount, text)"
    f" VALUES ({VALUES});"
)
STATEMENTS = [
    """CREATE VIRTUAL TABLE document_search USING fts5(
        number, customer, reference, amount, text,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')""",
    f"CREATE TRIGGER document_search_insert AFTER INSERT ON document BEGIN {INSERT} END",
    f"""CREATE TRIGGER document_search_update AFTER UPDATE ON document BEGIN
        DELETE FROM document_search WHERE rowid = OLD.id; {INSERT} END""",
    """CREATE TRIGGER document_search_delete AFTER DELETE ON document BEGIN
        DELETE FROM document_search WHERE rowid = OLD.id; END""",
    """CREATE TRIGGER document_search_party AFTER UPDATE OF name ON party BEGIN
        UPDATE document_search SET customer = NEW.name
        WHERE rowid IN (SELECT id FROM document WHERE customer_id = NEW.id); END""",
    # Covering: the list's columns come from the index, never from the table rows (which carry
    # the large draft and snapshot JSON; reading past them costs overflow pages).
    "CREATE INDEX document_list_order ON document (coalesce(issue_date, '9999-12-31'), id,"
    " type, status, number, customer_id, currency, issue_date, due_date, tax_inclusive,"
    " payable, corrects_id)",
]


def upgrade() -> None:
    for sql in STATEMENTS:
        op.execute(sql)
    op.execute(
        "INSERT INTO document_search (rowid, number, customer, reference, amount, text) "
        + "SELECT "
        + VALUES.replace("NEW.", "d.")
        + " FROM document d"
    )


def downgrade() -> None:
    op.execute("DROP INDEX document_list_order")
    for name in ("party", "delete", "update", "insert"):
        op.execute(f"DROP TRIGGER document_search_{name}")
    op.execute("DROP TABLE document_search")
