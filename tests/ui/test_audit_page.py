"""The audit log viewer: pages of entries, the full entry, verify, a broken chain shown."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import text

from app.services.documents import drafts, issuing
from tests.unit.services.builders import add_customer, invoice_json
from ui.overview.audit_page import AuditPage


def test_entries_verify_and_a_rewritten_entry(
    qtbot: Any, qtmodeltester: Any, store: Any, session: Any
) -> None:
    ctx = session.context()
    customer = add_customer(ctx)
    number = issuing.issue_document(ctx, drafts.create_draft(ctx, invoice_json(customer))).number
    page = AuditPage(store, session)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: len(page.model.rows) == 3, timeout=10_000)
    qtmodeltester.check(page.model)
    assert [r.action for r in page.model.rows] == [
        "document.issue",
        "draft.create",
        "customer.add",
    ]
    page.table.selectRow(0)
    shown = json.loads(page.detail.toPlainText())
    assert shown["seq"] == 3 and shown["payload"]["number"] == number

    page.verify()
    qtbot.waitUntil(lambda: "intact" in page.result.text(), timeout=10_000)
    engine = session._file.require_engine()
    with engine.begin() as conn:  # someone with the key rewrites history
        conn.execute(text("DROP TRIGGER audit_entry_no_update"))
        conn.execute(text("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 2"))
    page.verify()
    qtbot.waitUntil(lambda: "BROKEN" in page.result.text(), timeout=10_000)
    assert "entry 2" in page.result.text()
    colours = [
        page.model.data(page.model.index(row, 0), Qt.ItemDataRole.BackgroundRole)
        for row in range(3)
    ]
    assert colours[0] is not None and colours[1] is not None and colours[2] is None
