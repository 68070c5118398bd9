"""The document list sorted by each column, both ways, paged by keyset: every document once, in
the order the column's values give, and read from the order's covering index."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import text as sql_text

from app.domain.parties import sort_name
from app.services.documents import corrections, drafts, issuing, queries
from app.services.errors import InvalidInput
from app.services.ports import LIST_SORTS, DocumentQuery, DocumentSummary
from app.store.document_list import page_sql
from tests.unit.services.builders import add_customer, invoice_json

NAMES = ("Müller KG", "ärzte GmbH", "Bauer", "Łódź Sp. z o.o.", "zeta ltd", "Zeta AG")


def _company(ctx: Any) -> None:
    """Six customers (accents, case), invoices on shared days with shared totals, a credit note,
    another currency, and drafts with and without a customer."""
    ids = [
        add_customer(ctx, name=name, payment_terms_days=10 + 5 * n) for n, name in enumerate(NAMES)
    ]
    for n in range(24):
        customer = ids[n % len(ids)]
        line = {
            **invoice_json(customer)["lines"][0],
            "quantity": str(1 + n % 3),  # three totals only: many ties
            "description": f"Work {n}",
        }
        data = invoice_json(
            customer,
            issue_date=f"2026-10-{1 + n // 5:02}",  # five days only: ties again
            lines=[line],
            due_date=None,
        )
        if n % 7 == 0:
            data["currency"] = "USD"
            data["exchange_rate"] = {"rate": "0.9231", "date": "2026-10-01", "source": "ECB"}
        number = issuing.issue_document(ctx, drafts.create_draft(ctx, data)).number
        if n == 5:
            issuing.issue_document(ctx, corrections.new_credit_note(ctx, number).value)
    drafts.create_draft(ctx, invoice_json(ids[2], issue_date=None))
    without_customer = invoice_json(ids[0], issue_date=None)
    del without_customer["customer"]
    drafts.create_draft(ctx, without_customer)
    drafts.create_draft(ctx, without_customer)


def _pages(ctx: Any, limit: int = 5, **kw: Any) -> list[DocumentSummary]:
    rows: list[DocumentSummary] = []
    after = None
    while True:
        page = queries.document_page(ctx, DocumentQuery(limit=limit, after=after, **kw))
        rows += page.rows
        if page.next is None:
            return rows
        after = page.next


def _day(row: DocumentSummary) -> str:
    return str(row.issue_date or "9999-12-31")


def _key(sort: str, row: DocumentSummary) -> tuple[Any, ...]:
    """The order each column promises, computed here from the rows themselves."""
    if sort == "customer":
        name = sort_name(row.customer_name) if row.customer_name else ""
        return (name, row.customer_id or 0, _day(row), row.id)
    if sort in ("type", "status", "currency"):
        return (getattr(row, sort), _day(row), row.id)
    value = {
        "date": _day(row),
        "number": row.number or "",
        "due": str(row.due_date or ""),
        "total": row.tax_inclusive or Decimal(0),
    }[sort]
    return (value, row.id)


@pytest.mark.parametrize("ascending", [True, False], ids=["up", "down"])
@pytest.mark.parametrize("sort", LIST_SORTS)
def test_every_order_pages_through_every_document_once(
    ctx: Any, sort: str, ascending: bool
) -> None:
    _company(ctx)
    everything = _pages(ctx, limit=500)
    assert len(everything) == 24 + 1 + 3
    rows = _pages(ctx, sort=sort, ascending=ascending)
    assert len({r.id for r in rows}) == len(rows) == len(everything)
    expected = sorted(everything, key=lambda r: _key(sort, r), reverse=not ascending)
    assert [r.id for r in rows] == [r.id for r in expected]


def test_customers_sort_by_name_with_case_and_accents_set_aside(ctx: Any) -> None:
    _company(ctx)
    names = [r.customer_name for r in _pages(ctx, sort="customer", ascending=True)]
    assert names[:2] == [None, None]  # the drafts without a customer come first going up
    seen = list(dict.fromkeys(n for n in names if n))
    assert seen == ["ärzte GmbH", "Bauer", "Łódź Sp. z o.o.", "Müller KG", "Zeta AG", "zeta ltd"]
    down = [r.customer_name for r in _pages(ctx, sort="customer")]
    assert down[-2:] == [None, None] and down[0] == "zeta ltd"


def test_sorted_searches_and_filters(ctx: Any) -> None:
    _company(ctx)
    matches = _pages(ctx, search="bauer", sort="total", ascending=True)
    assert matches and {r.customer_name for r in matches} == {"Bauer"}
    totals = [r.tax_inclusive or Decimal(0) for r in matches]
    assert totals == sorted(totals)
    customer = matches[0].customer_id
    numbers = [r.number for r in _pages(ctx, customer_id=customer, sort="number")]
    assert numbers == sorted(numbers, key=lambda n: n or "", reverse=True)
    drafts_only = _pages(ctx, filter="draft", sort="customer", ascending=True)
    assert [r.customer_name for r in drafts_only] == [None, None, "Bauer"]


def test_an_unknown_order_is_refused(ctx: Any) -> None:
    with pytest.raises(InvalidInput, match="'amount' is not one of date, number"):
        queries.document_page(ctx, DocumentQuery(sort="amount"))


@pytest.mark.parametrize("sort", LIST_SORTS)
def test_each_order_seeks_its_covering_index_without_sorting(ctx: Any, sort: str) -> None:
    """A deep page costs what the first does: the cursor is a seek into the order's covering
    index (SEARCH, not SCAN), no sort step, no table rows read."""
    _company(ctx)
    first = queries.document_page(ctx, DocumentQuery(sort=sort, limit=3))
    query = DocumentQuery(sort=sort, limit=3, after=first.next)
    with ctx.uow() as uow:
        statements = page_sql(query, broad=True)
        for sql, params in statements:
            explained = uow.session.execute(sql_text("EXPLAIN QUERY PLAN " + sql), params)
            plan = [str(row[3]) for row in explained]
            text = " | ".join(plan)
            assert "TEMP B-TREE" not in text and not any(p.startswith("SCAN") for p in plan), text
            seek = plan[0]
            assert seek.startswith("SEARCH") and "USING COVERING INDEX" in seek, text
            assert "<" in seek or "=" in seek, text  # a range or an equality: the cursor's seek
