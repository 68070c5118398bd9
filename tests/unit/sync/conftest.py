"""A month of business in a real company file, for the exporters and the bundles."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from app.services.documents import corrections, drafts, issuing
from app.services.receivables import adjustments, payments
from app.services.receivables.receivables_reports import issue_reminders
from tests.unit.services.builders import add_customer, invoice_json

BOOK = {
    "description": "Book",
    "quantity": "2",
    "unit": "C62",
    "unit_price": "12.50",
    "tax_category": "S",
    "tax_rate": "7",
}


@pytest.fixture
def month(ctx: Any) -> Any:
    """November: two invoices (19 % and 7 %), a partial credit note, payments (one bounced,
    one over), a refund, a discount-free write-off, a reminder fee from October's invoice."""
    mueller = add_customer(ctx, name="Müller & Söhne KG")
    evil = add_customer(ctx, name='=HYPERLINK("http://x","pay")', vat_id="DE811907980")
    ctx.clock.set("2026-09-20T10:00:00+02:00")
    old = issuing.issue_document(
        ctx,
        drafts.create_draft(
            ctx, invoice_json(mueller, issue_date="2026-09-20", due_date="2026-10-01")
        ),
    ).number
    ctx.clock.set("2026-11-03T10:00:00+01:00")
    lines = [invoice_json(mueller)["lines"][0], BOOK]
    first = issuing.issue_document(
        ctx, drafts.create_draft(ctx, invoice_json(mueller, issue_date="2026-11-03", lines=lines))
    ).number
    second = issuing.issue_document(
        ctx, drafts.create_draft(ctx, invoice_json(evil, issue_date="2026-11-04"))
    ).number
    ctx.clock.set("2026-11-10T10:00:00+01:00")
    credit = corrections.new_credit_note(
        ctx, first, {"issue_date": "2026-11-10", "lines": [BOOK]}
    ).value
    issuing.issue_document(ctx, credit)
    day = date(2026, 11, 12)
    bounced = payments.record_payment(
        ctx,
        payments.PaymentInput(
            amount=Decimal("500.00"), day=day, invoices=(first,), reference="SEPA-1"
        ),
    ).value
    assert bounced.payment is not None
    adjustments.reverse_entry(ctx, bounced.payment, "returned by the bank", day)
    payments.record_payment(
        ctx,
        payments.PaymentInput(
            amount=Decimal("1200.00"), day=date(2026, 11, 20), invoices=(second,)
        ),
    )
    adjustments.record_refund(
        ctx,
        evil,
        Decimal("69.50"),
        date(2026, 11, 25),
        currency="EUR",
        method=payments.PaymentMethod.BANK_TRANSFER,
    )
    issue_reminders(ctx, date(2026, 11, 5))  # the September invoice: a first reminder
    issue_reminders(ctx, date(2026, 11, 19))  # and a second one, with its fee of 5.00
    adjustments.write_off(ctx, old, "customer gone", date(2026, 11, 28), bad_debt=True)
    return {"first": first, "second": second, "old": old}
