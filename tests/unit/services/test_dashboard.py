"""The dashboard's figures, checked against documents whose amounts are known."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from app.services.documents import drafts, issuing
from app.services.receivables import payments
from app.services.receivables.dashboard import dashboard
from tests.unit.services.builders import add_customer, invoice_json


def _issue(ctx: Any, customer: int, day: str, price: str) -> str:
    line = {**invoice_json(customer)["lines"][0], "quantity": "1", "unit_price": price}
    data = invoice_json(customer, issue_date=day, lines=[line], due_date=None)
    return str(issuing.issue_document(ctx, drafts.create_draft(ctx, data)).number)


def test_figures(ctx: Any) -> None:
    big = add_customer(ctx, name="Big GmbH", payment_terms_days=14)
    small = add_customer(ctx, name="Small AG", payment_terms_days=14)
    _issue(ctx, big, "2026-09-01", "1000.00")  # 1190.00, due 09-15: 70 days over
    _issue(ctx, small, "2026-10-20", "100.00")  # 119.00, due 11-03: 21 days over
    paid = _issue(ctx, small, "2026-11-02", "200.00")  # 238.00, paid
    _issue(ctx, big, "2026-11-20", "50.00")  # 59.50, not due yet
    payments.record_payment(
        ctx,
        payments.PaymentInput(
            amount=Decimal("238.00"), day=date(2026, 11, 10), invoices=(paid,), customer_id=small
        ),
    )
    data = dashboard(ctx, date(2026, 11, 24))
    assert str(data.open_total) == "1368.50"
    assert str(data.overdue_total) == "1309.00" and data.overdue_documents == 2
    assert {"count": data.issued_count, "total": str(data.issued_total)} == {
        "count": 2,
        "total": "297.50",
    }
    assert [c.name for c in data.top_customers] == ["Big GmbH", "Small AG"]
    assert [(bucket, str(amount)) for bucket, amount in data.aging] == [
        ("current", "59.50"),
        ("1-30", "119.00"),
        ("31-60", "0.00"),
        ("61-90", "1190.00"),
        ("over 90", "0.00"),
    ]
