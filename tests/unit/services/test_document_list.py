"""The document list: keyset pages in a stable order, FTS5 search as you type, filters."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from app.services.documents import corrections, drafts, issuing, queries
from app.services.parties import customers
from app.services.ports import DocumentQuery, DocumentSummary
from app.services.receivables import adjustments, payments
from tests.unit.services.builders import add_customer, invoice_json


def _issue(ctx: Any, customer: int, day: str, description: str = "Consulting") -> str:
    line = {**invoice_json(customer)["lines"][0], "description": description}
    data = invoice_json(customer, issue_date=day, lines=[line], due_date=None)
    return str(issuing.issue_document(ctx, drafts.create_draft(ctx, data)).number)


def _all(ctx: Any, **kw: Any) -> list[DocumentSummary]:
    rows: list[DocumentSummary] = []
    after = None
    while True:
        page = queries.document_page(ctx, DocumentQuery(limit=7, after=after, **kw))
        rows += page.rows
        if page.next is None:
            return rows
        after = page.next


def _numbers(ctx: Any, **kw: Any) -> list[str | None]:
    return [r.number for r in _all(ctx, **kw)]


def test_pages_cover_every_document_once_newest_first_drafts_on_top(ctx: Any) -> None:
    customer = add_customer(ctx, payment_terms_days=14)
    issued = [_issue(ctx, customer, f"2026-10-{day:02}") for day in range(1, 21)]
    draft = drafts.create_draft(ctx, invoice_json(customer))
    rows = _all(ctx)
    assert rows[0].id == draft and rows[0].number is None
    assert [r.number for r in rows[1:]] == list(reversed(issued))
    assert len({r.id for r in rows}) == len(rows) == 21


def test_search_as_you_type(ctx: Any) -> None:
    mueller = add_customer(ctx, name="Müller & Söhne KG")
    other = add_customer(ctx, name="Łódź Trading")
    first = _issue(ctx, mueller, "2026-10-01", "Wartung der Heizung")
    second = _issue(ctx, other, "2026-10-02", "Consulting")
    third = _issue(ctx, mueller, "2026-10-03", "Consulting")
    assert _numbers(ctx, search="mül") == [third, first]
    assert _numbers(ctx, search="muller") == [third, first]  # without the umlaut too
    assert _numbers(ctx, search="łodz") == [second]  # ó and ź fold; Ł is a letter of its own
    assert _numbers(ctx, search="heiz") == [first]
    assert _numbers(ctx, search="müller consult") == [third]  # every word must match
    assert _numbers(ctx, search=second) == [second]
    assert _numbers(ctx, search="1130.50") == [third, second, first]
    assert _numbers(ctx, search='"unbalanced') == []
    customers.edit_customer(ctx, other, {"name": "Renamed Ltd"})
    assert _numbers(ctx, search="renamed") == [second]


def test_filters(ctx: Any) -> None:
    customer = add_customer(ctx, payment_terms_days=14)
    overdue = _issue(ctx, customer, "2026-10-01")
    paid, partly, credited, disputed = (
        _issue(ctx, customer, day)
        for day in ("2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23")
    )
    draft = drafts.create_draft(ctx, invoice_json(customer))
    for number, amount in ((paid, "1130.50"), (partly, "100.00")):
        payments.record_payment(
            ctx,
            payments.PaymentInput(
                amount=Decimal(amount),
                day=date(2026, 11, 24),
                invoices=(number,),
                customer_id=customer,
            ),
        )
    note = issuing.issue_document(ctx, corrections.new_credit_note(ctx, credited).value).number
    adjustments.set_dispute(ctx, disputed, date(2026, 11, 24), "wrong hours", clear=False)
    today = date(2026, 11, 24)
    assert [r.id for r in _all(ctx, filter="draft")] == [draft]
    assert set(_numbers(ctx, filter="unpaid")) == {partly, overdue, disputed}
    assert _numbers(ctx, filter="overdue", today=today) == [overdue]
    assert set(_numbers(ctx, filter="paid")) == {paid, credited}
    assert _numbers(ctx, filter="credited") == [credited]
    assert _numbers(ctx, filter="disputed") == [disputed]
    assert note in _numbers(ctx, filter="issued")
    window = _numbers(ctx, start=date(2026, 11, 21), end=date(2026, 11, 22))
    assert set(window) == {partly, credited}


def test_a_draft_shows_what_it_comes_to_until_it_is_issued(ctx: Any) -> None:
    customer = add_customer(ctx)
    draft = drafts.create_draft(ctx, invoice_json(customer))  # 10 h x 95.00 + 19 % VAT

    def row() -> DocumentSummary:
        return next(r for r in _all(ctx) if r.id == draft)

    assert row().tax_inclusive == Decimal("1130.50")
    assert [r.id for r in _all(ctx, search="1130")] == [draft]  # its amount is searchable
    more = invoice_json(customer)
    more["lines"] = [*more["lines"], {**more["lines"][0], "quantity": "1", "tax_rate": "7"}]
    drafts.edit_draft(ctx, draft, more)
    assert row().tax_inclusive == Decimal("1232.15")  # + 95.00 + 6.65
    cheap = drafts.create_draft(ctx, invoice_json(customer, lines=[{**more["lines"][1]}]))
    by_total = [r.id for r in _all(ctx, sort="total", ascending=True)]
    assert by_total == [cheap, draft]
    number = issuing.issue_document(ctx, draft).number
    assert row().number == number and row().tax_inclusive == Decimal("1232.15")
    assert _all(ctx, search="1130") == []
