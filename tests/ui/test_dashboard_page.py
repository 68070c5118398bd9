"""The dashboard page shows the service's figures and verifies the chain on the store thread."""

from __future__ import annotations

from typing import Any

from app.services import drafts, issuing
from app.services.audit_log import verify_audit
from tests.unit.services.builders import add_customer, invoice_json
from ui.dashboard_page import DashboardPage


def test_figures_bars_and_chain(qtbot: Any, store: Any, session: Any) -> None:
    ctx = session.context()
    customer = add_customer(ctx, name="Kunde AG")
    issuing.issue_document(ctx, drafts.create_draft(ctx, invoice_json(customer)))
    page = DashboardPage(store, session)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    assert page.open_value.text() == "€1,130.50"
    assert "Kunde AG: €1,130.50" in page.top.text()
    assert len(page.bars.buckets) == 5 and "1,130.50" in page.bars.accessibleDescription()
    image = page.bars.grab().toImage()
    assert image.width() > 0  # painted without error
    page.verify()
    qtbot.waitUntil(lambda: "intact" in page.chain.text(), timeout=10_000)
    entries = verify_audit(ctx)["entries"]
    assert page.chain.text() == f"Audit chain: intact, {entries} entries"
