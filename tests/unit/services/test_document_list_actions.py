"""What the document list's rows allow (the domain's transitions table), the services refusing
the same moves, and the sum of a selection."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from app.domain.documents import DocumentType, Status
from app.domain.errors import DomainError
from app.domain.lifecycle import Action
from app.services.documents import corrections, drafts, issuing, queries, stored_files
from app.services.errors import InvalidInput
from app.services.ports import DocumentQuery, DocumentSummary
from app.services.receivables import adjustments, payments
from tests.unit.services.builders import add_customer, invoice_json

DAY = date(2026, 11, 24)
FILES = {Action.PRINT, Action.EMAIL, Action.EXPORT_XML}


def _rows(ctx: Any) -> dict[str, DocumentSummary]:
    """A draft, an issued invoice and the credit note of another one, as the list shows them."""
    customer = add_customer(ctx)
    invoice = issuing.issue_document(ctx, drafts.create_draft(ctx, invoice_json(customer)))
    credited = issuing.issue_document(ctx, drafts.create_draft(ctx, invoice_json(customer)))
    note = issuing.issue_document(ctx, corrections.new_credit_note(ctx, credited.number).value)
    draft = drafts.create_draft(ctx, invoice_json(customer))
    by_id = {row.id: row for row in queries.document_page(ctx, DocumentQuery()).rows}
    return {
        "draft": by_id[draft],
        "invoice": by_id[invoice.document_id],
        "credit note": by_id[note.document_id],
    }


def _moves(ctx: Any, row: DocumentSummary) -> dict[Action, Callable[[], object]]:
    """Each action through its use case; a draft is named by its id."""
    reference = row.number or str(row.id)
    customer = row.customer_id or 0
    paid = payments.PaymentInput(
        amount=Decimal("10.00"), day=DAY, invoices=(reference,), customer_id=customer
    )
    return {
        Action.EDIT: lambda: drafts.edit_draft(ctx, row.id, invoice_json(customer)),
        Action.DELETE: lambda: drafts.delete_draft(ctx, row.id),
        Action.CREDIT: lambda: corrections.new_credit_note(ctx, reference),
        Action.DEBIT: lambda: corrections.new_debit_note(ctx, reference, invoice_json(customer)),
        Action.RECORD_PAYMENT: lambda: payments.record_payment(ctx, paid),
        Action.DISPUTE: lambda: adjustments.set_dispute(ctx, reference, DAY, "hours", clear=False),
        Action.PRINT: lambda: stored_files.document_pdf(ctx, reference),
        Action.EXPORT_XML: lambda: stored_files.einvoice(ctx, reference),
    }


def test_each_row_knows_what_the_transitions_table_allows(ctx: Any) -> None:
    rows = _rows(ctx)
    assert rows["draft"].actions == {Action.EDIT, Action.ISSUE, Action.DELETE}
    assert (
        rows["invoice"].actions
        == {
            Action.CREDIT,
            Action.DEBIT,
            Action.RECORD_PAYMENT,
            Action.DISPUTE,
        }
        | FILES
    )
    assert rows["credit note"].actions == FILES  # neither corrected, paid nor disputed
    assert rows["invoice"].allows(Action.DISPUTE) and not rows["draft"].allows(Action.PRINT)


def test_the_services_refuse_every_move_the_row_does_not_allow(ctx: Any) -> None:
    rows = _rows(ctx)
    refused = 0
    for name, row in rows.items():
        for action, move in _moves(ctx, row).items():
            if row.allows(action):
                continue
            with pytest.raises((DomainError, InvalidInput)):
                move()
                pytest.fail(f"{action} of the {name} was not refused")
            refused += 1
    # the draft: credit, debit, payment, dispute, PDF, XML; the invoice: edit, delete; the
    # credit note: edit, delete, credit, debit, payment, dispute
    assert refused == 6 + 2 + 6
    # the same rows afterwards: nothing was written by a refused move
    after = {row.id: row for row in queries.document_page(ctx, DocumentQuery()).rows}
    assert all(after[row.id] == row for row in rows.values())


def test_issuing_an_issued_document_again_gives_back_its_first_issue(ctx: Any) -> None:
    invoice = _rows(ctx)["invoice"]
    assert not invoice.allows(Action.ISSUE)
    again = issuing.issue_document(ctx, invoice.id)
    assert (again.document_id, again.number) == (invoice.id, invoice.number)


def _row(n: int, kind: DocumentType, status: Status, total: str, currency: str = "EUR") -> Any:
    return DocumentSummary(
        id=n,
        type=kind,
        status=status,
        number=None if status is Status.DRAFT else f"X-{n}",
        customer_id=1,
        customer_name="Kunde AG",
        currency=currency,
        issue_date=DAY,
        due_date=None,
        tax_inclusive=Decimal(total),
        payable=None,
        corrects_id=None,
    )


def test_the_selection_total_counts_credit_notes_negative_and_leaves_drafts_out() -> None:
    issued, draft = Status.ISSUED, Status.DRAFT
    rows = [
        _row(1, DocumentType.INVOICE, issued, "1130.50"),
        _row(2, DocumentType.CREDIT_NOTE, issued, "100.00"),
        _row(3, DocumentType.DEBIT_NOTE, issued, "19.50"),
        _row(4, DocumentType.INVOICE, draft, "999.99"),  # provisional: not counted
        _row(5, DocumentType.INVOICE, issued, "10.00", "USD"),
        _row(6, DocumentType.CREDIT_NOTE, issued, "2.50", "CHF"),
    ]
    total = queries.selection_total(rows)
    assert total == {"CHF": Decimal("-2.50"), "EUR": Decimal("1050.00"), "USD": Decimal("10.00")}
    assert list(total) == ["CHF", "EUR", "USD"]  # in code order
    assert queries.selection_total([rows[3]]) == {}


def test_the_selection_total_of_listed_rows(ctx: Any) -> None:
    rows = _rows(ctx)
    assert queries.selection_total(rows.values()) == {"EUR": Decimal(0)}  # 1130.50 - 1130.50
    assert queries.selection_total([rows["invoice"]]) == {"EUR": Decimal("1130.50")}
