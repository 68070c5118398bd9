"""The dashboard page shows the service's figures and verifies the chain on the store thread."""

from __future__ import annotations

from typing import Any

from app.services.audit_log import verify_audit
from app.services.documents import drafts, issuing
from tests.unit.services.builders import add_customer, invoice_json
from ui.overview.dashboard_page import DashboardPage


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
    entries = verify_audit(ctx).entries
    assert page.chain.text() == f"Audit chain: intact, {entries} entries"


def test_the_state_of_the_accountants_bundles(
    qtbot: Any, store: Any, session: Any, tmp_path: Any
) -> None:
    from datetime import date

    from app.services.accountant import bundles, outbox
    from sync.bundle_maker import PeriodBundleMaker

    ctx = session.context()
    page = DashboardPage(store, session)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    assert page.exports.text() == "Accountant's bundle: none made yet (Exports)"
    outbox.add_destination(ctx, "gone", "folder", {"path": str(tmp_path / "missing")})
    outbox.add_destination(ctx, "nas", "folder", {"path": str(tmp_path)})
    made = bundles.create_bundle(
        ctx, date(2026, 10, 1), date(2026, 10, 31), PeriodBundleMaker(ctx.clock())
    ).value
    job = next(j for j in outbox.jobs(ctx) if j.destination.name == "gone")
    attempt = outbox.start_attempt(ctx, job.id)
    outbox.finish_attempt(ctx, job.id, attempt, "refused", "no such folder")
    page.data = None
    page.refresh()
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    assert page.exports.text() == (
        f"Accountant's bundle {made.bundle.sequence}: 2026-10-01 to 2026-10-31;"
        " delivered 0, waiting 1; NEEDS ATTENTION: 1"
    )
