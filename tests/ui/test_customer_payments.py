"""On the customer page: the payments, a refund of an overpayment, a bounced payment reversed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from app.domain.receivables import PaymentMethod
from app.services.documents import drafts, issuing
from app.services.receivables import adjustments, payments
from tests.unit.services.builders import add_customer, invoice_json
from ui.parties.customers_page import CustomersPage


def test_refund_an_overpayment_and_reverse_a_bounced_payment(
    qtbot: Any, qtmodeltester: Any, store: Any, session: Any
) -> None:
    ctx = session.context()
    customer = add_customer(ctx, name="Überzahler GmbH")
    number = issuing.issue_document(ctx, drafts.create_draft(ctx, invoice_json(customer))).number
    day = date(2026, 11, 24)
    payments.record_payment(
        ctx, payments.PaymentInput(amount=Decimal("1200.00"), day=day, customer_id=customer)
    )
    page = CustomersPage(store, session)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: len(page.model.rows) == 1, timeout=10_000)
    page.table.selectRow(0)
    panel = page.payments
    qtbot.waitUntil(lambda: len(panel.model.rows) == 1, timeout=10_000)
    qtmodeltester.check(panel.model)
    assert panel.model.index(0, 5).data() == "€69.50"  # 1,200.00 - 1,130.50 unapplied
    assert number in panel.model.index(0, 4).data()

    panel.refund(Decimal("69.50"), day, PaymentMethod.BANK_TRANSFER, "RF-1")
    qtbot.waitUntil(lambda: panel.status.text() == "Refund recorded.", timeout=10_000)
    qtbot.waitUntil(lambda: panel.model.index(0, 5).data() == "€0.00", timeout=10_000)
    panel.refund(Decimal("5"), day, PaymentMethod.BANK_TRANSFER, None)  # nothing left to pay back
    qtbot.waitUntil(lambda: "only 0" in panel.status.text(), timeout=10_000)

    panel.reverse(panel.model.rows[0].entry.id, "returned by the bank")
    qtbot.waitUntil(lambda: "reversed" in panel.status.text(), timeout=10_000)
    qtbot.waitUntil(lambda: "(reversed)" in panel.model.index(0, 1).data(), timeout=10_000)
    open_items = payments.open_items(ctx, customer, day)
    assert [(i.number, i.due) for i in open_items] == [(number, Decimal("1130.50"))]
    assert adjustments.list_payments(ctx, customer)[0].reversed is True
