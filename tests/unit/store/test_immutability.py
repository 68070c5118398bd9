"""The database itself refuses to change issued documents, their lines and the audit chain."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from app.audit.chain import ChainBreak
from app.services.audit_log import verify_audit
from app.services.documents import drafts, issuing
from tests.unit.services.builders import add_customer, invoice_json

RAW_CHANGES = [
    ("UPDATE document SET payable = '0.01' WHERE number = 'INV-2026-00001'", "cannot be changed"),
    ("UPDATE document SET status = 'draft' WHERE number = 'INV-2026-00001'", "cannot be changed"),
    ("DELETE FROM document WHERE number = 'INV-2026-00001'", "cannot be deleted"),
    ("UPDATE document_line SET unit_price = '0' WHERE document_id = 1", "cannot be changed"),
    ("DELETE FROM document_line WHERE document_id = 1", "cannot be deleted"),
    (
        "INSERT INTO document_line (document_id, position, description, quantity, unit, unit_price,"
        " price_base_quantity, net_amount, tax_category) VALUES (1, 9, 'x', '1', 'C62', '1', '1',"
        " '1', 'S')",
        "cannot get new lines",
    ),
    ("UPDATE audit_entry SET actor = 'someone else' WHERE seq = 1", "append-only"),
    ("DELETE FROM audit_entry", "append-only"),
    ("UPDATE series_counter SET next_seq = 1", "never goes back"),
]


@pytest.fixture
def issued(ctx: Any) -> Any:
    customer = add_customer(ctx)
    draft_id = drafts.create_draft(ctx, invoice_json(customer))
    issuing.issue_document(ctx, draft_id)
    assert draft_id == 1
    return ctx


@pytest.mark.parametrize(("sql", "message"), RAW_CHANGES)
def test_raw_sql_cannot_change_issued_data(
    issued: Any, session: Any, sql: str, message: str
) -> None:
    engine = session._file.require_engine()
    with pytest.raises(Exception, match=message), engine.begin() as conn:
        conn.execute(text(sql))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT payable, status FROM document WHERE id = 1")).one() == (
            "1130.50",
            "issued",
        )
        assert conn.execute(text("SELECT count(*) FROM audit_entry")).scalar_one() == 3


def test_a_rewritten_audit_entry_is_caught_and_named(issued: Any, session: Any) -> None:
    assert verify_audit(issued).ok
    engine = session._file.require_engine()
    with engine.begin() as conn:  # an attacker with the key can drop the trigger first
        conn.execute(text("DROP TRIGGER audit_entry_no_update"))
        conn.execute(
            text(
                "UPDATE audit_entry SET payload_json = replace(payload_json,"
                " '1130.50', '113.05') WHERE seq = 3"
            )
        )
    result = verify_audit(issued)
    assert result.ok is False
    assert result.first_break == ChainBreak(3, "its content does not match its hash")


def test_a_rewritten_issued_document_is_caught_by_its_pinned_hash(
    issued: Any, session: Any
) -> None:
    engine = session._file.require_engine()
    with engine.begin() as conn:
        conn.execute(text("DROP TRIGGER document_issued_no_update"))
        conn.execute(
            text(
                "UPDATE document SET snapshot_json = replace(snapshot_json,"
                " 'Kunde AG', 'Other AG') WHERE id = 1"
            )
        )
    result = verify_audit(issued)
    assert result.ok is False
    assert result.first_break == ChainBreak(
        seq=3, reason="issued document 1 does not match its hash (entry 3)"
    )
