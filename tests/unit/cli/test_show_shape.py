"""``invoice show --json`` of the documents the contract session does not show: a draft
(provisional totals, problems, no payment or files), an issued credit note (owed nothing: only
the first four receivable keys) and a partly paid invoice (every receivable key)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from app.cli.shapes_documents import shown_document
from app.services.documents import corrections, drafts, issuing, queries
from app.services.receivables import payments
from tests.unit.services.builders import add_customer, invoice_json

COMMON = {
    "id",
    "number",
    "type",
    "status",
    "currency",
    "issue_date",
    "due_date",
    "corrects",
    "corrections",
    "issued_at",
    "seller",
    "buyer",
    "document",
    "totals",
    "problems",
    "amount_due",
    "payment_status",
}
ISSUED = COMMON | {"overdue", "disputed", "payment", "files"}
OWED = {"paid", "credited", "discount", "written_off", "fees"}


def _shown(ctx: Any, reference: str) -> dict[str, Any]:
    return shown_document(queries.show_document(ctx, reference))


def test_a_draft_shows_its_problems_and_no_receivable_keys(ctx: Any) -> None:
    customer = add_customer(ctx)
    draft = drafts.create_draft(ctx, {"customer": str(customer), "currency": "EUR", "lines": []})
    shown = _shown(ctx, str(draft))
    assert set(shown) == COMMON
    assert shown["status"] == "draft" and shown["number"] is None and shown["issued_at"] is None
    assert shown["amount_due"] is None and shown["payment_status"] is None
    assert {"field": "lines", "message": "the document has no lines"} in shown["problems"]
    assert shown["buyer"]["name"] == "Kunde AG" and shown["seller"]["name"] == "Acme Müller GmbH"


def test_an_invoice_and_its_credit_note(ctx: Any) -> None:
    customer = add_customer(ctx, payment_terms_days=14)
    data = invoice_json(customer, issue_date="2026-09-01")  # 10 h x 95.00 + 19 % = 1130.50
    number = issuing.issue_document(ctx, drafts.create_draft(ctx, data)).number
    paid = payments.PaymentInput(amount=Decimal("100.00"), day=date(2026, 9, 5), invoices=(number,))
    payments.record_payment(ctx, paid)
    invoice = _shown(ctx, number)
    assert set(invoice) == ISSUED | OWED
    assert (invoice["amount_due"], invoice["paid"], invoice["payment_status"]) == (
        "1030.50",
        "100.00",
        "partially_paid",
    )
    assert [f["kind"] for f in invoice["files"]] == ["einvoice", "pdf"]
    assert invoice["totals"]["tax_inclusive"] == "1130.50" and "currency" not in invoice["totals"]
    credit = issuing.issue_document(ctx, corrections.new_credit_note(ctx, number).value).number
    note = _shown(ctx, credit)
    assert set(note) == ISSUED  # a credit note is owed nothing itself
    assert note["corrects"] == number and note["amount_due"] is None
    assert (note["overdue"], note["disputed"]) == (False, False)
    corrected = _shown(ctx, number)["corrections"]
    assert corrected == [{"number": credit, "type": "credit_note", "tax_inclusive": "1130.50"}]
