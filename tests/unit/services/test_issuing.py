"""Issuing: gapless numbers in one transaction, idempotency, rollback, rules, snapshots."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import bootstrap
from app.domain.documents import DocumentType, ExchangeRate
from app.domain.errors import TransitionNotAllowed
from app.services.changes import Kind
from app.services.company.settings import set_setting
from app.services.documents import drafts, issuing, queries
from app.services.errors import Rejected
from app.services.parties import customers
from app.store.repos_audit import SqlAudit
from tests.conftest import FixedClock
from tests.unit.services.builders import add_customer, invoice_json


def test_numbers_follow_the_series_pattern(ctx: Any) -> None:
    customer = add_customer(ctx)
    first = drafts.create_draft(ctx, invoice_json(customer))
    second = drafts.create_draft(ctx, invoice_json(customer))
    assert issuing.issue_document(ctx, second).number == "INV-2026-00001"
    assert issuing.issue_document(ctx, first).number == "INV-2026-00002"


def test_issuing_twice_or_with_a_used_key_returns_the_first_result(ctx: Any) -> None:
    customer = add_customer(ctx)
    draft_id = drafts.create_draft(ctx, invoice_json(customer))
    first = issuing.issue_document(ctx, draft_id, idempotency_key="k-1")
    assert issuing.issue_document(ctx, draft_id) == first
    assert issuing.issue_document(ctx, draft_id, idempotency_key="k-1") == first
    other = drafts.create_draft(ctx, invoice_json(customer))
    with pytest.raises(Rejected, match="already used for another request"):
        issuing.issue_document(ctx, other, idempotency_key="k-1")
    assert len(queries.list_documents(ctx)) == 2
    assert [d.number for d in queries.list_documents(ctx) if d.number] == ["INV-2026-00001"]


def test_a_failure_during_issue_writes_nothing_and_keeps_the_number(
    ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    customer = add_customer(ctx)
    draft_id = drafts.create_draft(ctx, invoice_json(customer))
    original = SqlAudit.append

    def power_cut(self: SqlAudit, entry: Any) -> None:
        if entry.action == "document.issue":
            raise OSError("power cut while writing the audit entry")
        original(self, entry)

    monkeypatch.setattr(SqlAudit, "append", power_cut)
    with pytest.raises(OSError, match="power cut"):
        issuing.issue_document(ctx, draft_id)
    monkeypatch.setattr(SqlAudit, "append", original)
    shown = queries.show_document(ctx, str(draft_id))
    assert shown.status == "draft" and shown.number is None
    assert issuing.issue_document(ctx, draft_id).number == "INV-2026-00001"


def test_issue_date_may_not_go_back_and_a_refusal_consumes_no_number(ctx: Any) -> None:
    customer = add_customer(ctx)
    late = drafts.create_draft(ctx, invoice_json(customer, issue_date="2026-11-20"))
    early = drafts.create_draft(ctx, invoice_json(customer, issue_date="2026-11-10"))
    assert issuing.issue_document(ctx, late).number == "INV-2026-00001"
    with pytest.raises(Rejected, match="issue_date: issue date 2026-11-10 is before 2026-11-20"):
        issuing.issue_document(ctx, early)
    drafts.edit_draft(ctx, early, invoice_json(customer, issue_date="2026-11-21"))
    assert issuing.issue_document(ctx, early).number == "INV-2026-00002"


def test_yearly_reset_and_default_issue_date_from_the_clock(ctx: Any, clock: FixedClock) -> None:
    customer = add_customer(ctx)
    clock.set("2026-12-31T23:30:00+01:00")
    a = drafts.create_draft(ctx, invoice_json(customer, issue_date=None))
    assert issuing.issue_document(ctx, a).number == "INV-2026-00001"
    clock.set("2027-01-02T08:00:00+01:00")
    b = drafts.create_draft(ctx, invoice_json(customer, issue_date=None))
    assert issuing.issue_document(ctx, b).number == "INV-2027-00001"
    assert queries.show_document(ctx, "INV-2027-00001").issue_date == date(2027, 1, 2)


def test_validation_names_every_problem(ctx: Any) -> None:
    customer = add_customer(ctx, vat_id=None)
    bad = invoice_json(
        customer,
        lines=[
            {
                "description": "Service abroad",
                "quantity": "1",
                "unit": "HUR",
                "unit_price": "100",
                "tax_category": "AE",
                "tax_rate": "0",
            },
            {
                "description": "Exempt course",
                "quantity": "1",
                "unit": "C62",
                "unit_price": "50",
                "tax_category": "E",
                "tax_rate": "0",
            },
            {
                "description": "",
                "quantity": "0",
                "unit": "piece",
                "unit_price": "-1",
                "tax_category": "S",
                "tax_rate": "0",
            },
        ],
        currency="USD",
        due_date="2026-11-01",
    )
    draft_id = drafts.create_draft(ctx, bad)
    with pytest.raises(Rejected) as caught:
        issuing.issue_document(ctx, draft_id)
    fields = [p.field for p in caught.value.problems]
    assert fields == [
        "lines[0].exemption_reason",
        "lines[1].exemption_reason",
        "lines[2].description",
        "lines[2].quantity",
        "lines[2].unit",
        "lines[2].unit_price",
        "lines[2].tax_rate",
        "due_date",
        "exchange_rate",
        "customer.vat_id",
    ]
    messages = {p.field: p.message for p in caught.value.problems}
    assert "needs the customer's VAT ID" in messages["customer.vat_id"]
    empty = drafts.create_draft(ctx, invoice_json(customer, lines=[]))
    with pytest.raises(Rejected, match="lines: the document has no lines"):
        issuing.issue_document(ctx, empty)


def test_draft_json_errors_store_nothing(ctx: Any) -> None:
    customer = add_customer(ctx)
    with pytest.raises(Rejected) as caught:
        drafts.create_draft(
            ctx,
            invoice_json(
                customer,
                currency="EURO",
                lines=[
                    {
                        "description": "x",
                        "quantity": 2.5,
                        "unit": "C62",
                        "unit_price": "1,50",
                        "tax_category": "Q",
                    }
                ],
            ),
        )
    problems = {p.field: p.message for p in caught.value.problems}
    assert "as a string" in problems["lines[0].quantity"]
    assert "uses a comma" in problems["lines[0].unit_price"]
    assert "not a VAT category" in problems["lines[0].tax_category"]
    with pytest.raises(Rejected, match="currency"):
        drafts.create_draft(ctx, invoice_json(customer, currency="EURO"))
    with pytest.raises(Rejected, match="no customer with id 99"):
        drafts.create_draft(ctx, invoice_json(99))
    assert queries.list_documents(ctx) == []


def test_issued_documents_keep_their_snapshot_when_the_customer_changes(ctx: Any) -> None:
    customer = add_customer(ctx, name="Old Name GmbH")
    number = issuing.issue_document(ctx, drafts.create_draft(ctx, invoice_json(customer))).number
    customers.edit_customer(ctx, customer, {"name": "New Name AG", "city": "Bonn"})
    shown = queries.show_document(ctx, number)
    assert shown.buyer is not None and shown.buyer.name == "Old Name GmbH"
    assert shown.buyer.address.city == "Köln"
    assert customers.get_customer(ctx, customer).name == "New Name AG"


def test_issued_documents_cannot_be_edited_or_deleted_by_the_code(ctx: Any) -> None:
    customer = add_customer(ctx)
    draft_id = drafts.create_draft(ctx, invoice_json(customer))
    issuing.issue_document(ctx, draft_id)
    with pytest.raises(TransitionNotAllowed, match="cannot be edited"):
        drafts.edit_draft(ctx, draft_id, invoice_json(customer))
    with pytest.raises(TransitionNotAllowed, match="cannot be deleted"):
        drafts.delete_draft(ctx, draft_id)


def test_a_rate_change_on_1_january_leaves_earlier_invoices_alone(ctx: Any) -> None:
    from datetime import date
    from decimal import Decimal

    from app.domain.tax import TaxCategory, TaxRate

    customer = add_customer(ctx)
    product = customers.add_product(
        ctx, name="Widget", unit="C62", unit_price="100.00", tax_rate_name="standard"
    ).value
    december = invoice_json(
        customer, issue_date="2026-12-30", lines=[{"product": str(product), "quantity": "1"}]
    )
    number = issuing.issue_document(ctx, drafts.create_draft(ctx, december)).number
    with ctx.uow() as uow:
        uow.tax_rates.add(
            TaxRate("standard", TaxCategory.STANDARD, Decimal("21"), date(2027, 1, 1))
        )
        uow.commit()
    january = invoice_json(
        customer, issue_date="2027-01-04", lines=[{"product": str(product), "quantity": "1"}]
    )
    later = issuing.issue_document(ctx, drafts.create_draft(ctx, january)).number
    assert str(queries.show_document(ctx, number).totals.tax_total) == "19.00"
    assert str(queries.show_document(ctx, later).totals.tax_total) == "21.00"


def test_per_line_vat_rounding_is_a_company_setting(ctx: Any) -> None:
    customer = add_customer(ctx)
    lines = [
        {
            "description": f"item {i}",
            "quantity": "1",
            "unit": "C62",
            "unit_price": "1.05",
            "tax_category": "S",
            "tax_rate": "7",
        }
        for i in range(4)
    ]
    document_mode = issuing.issue_document(
        ctx, drafts.create_draft(ctx, invoice_json(customer, lines=lines))
    )
    set_setting(ctx, "tax.vat_rounding", "line")
    line_mode = issuing.issue_document(
        ctx, drafts.create_draft(ctx, invoice_json(customer, lines=lines))
    )
    assert str(queries.show_document(ctx, document_mode.number).totals.tax_total) == "0.29"
    assert str(queries.show_document(ctx, line_mode.number).totals.tax_total) == "0.28"
    with pytest.raises(Exception, match="not one of document, line"):
        set_setting(ctx, "tax.vat_rounding", "sometimes")


def test_foreign_currency_freezes_the_exchange_rate_and_vat_in_euro(ctx: Any) -> None:
    customer = add_customer(ctx)
    data = invoice_json(
        customer,
        currency="USD",
        exchange_rate={"rate": "0.9231", "date": "2026-11-24", "source": "ECB"},
    )
    number = issuing.issue_document(ctx, drafts.create_draft(ctx, data)).number
    shown = queries.show_document(ctx, number)
    assert shown.draft.exchange_rate == ExchangeRate(Decimal("0.9231"), date(2026, 11, 24), "ECB")
    assert str(shown.draft.exchange_rate.rate) == "0.9231"
    assert str(shown.totals.tax_total) == "180.50"
    assert str(shown.totals.tax_total_accounting) == "166.62"  # 180.50 x 0.9231 = 166.619...


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(order=st.permutations(list(range(7))))
def test_issuing_n_drafts_in_any_order_gives_1_to_n(
    tmp_path_factory: Any, order: list[int]
) -> None:
    folder = tmp_path_factory.mktemp("perm")
    path = folder / "perm.invoicedesk"
    key = bootstrap.create_company(
        path,
        "pw",
        bootstrap.CompanyFields(name="P", country="DE", currency="EUR", vat_id="DE136695976"),
    )
    with bootstrap.CompanySession(path, key) as session:
        context = replace(session.context(), clock=FixedClock())
        customer = add_customer(context)
        ids = [drafts.create_draft(context, invoice_json(customer)) for _ in order]
        numbers = [issuing.issue_document(context, ids[i]).number for i in order]
    assert sorted(numbers) == [f"INV-2026-{n:05}" for n in range(1, len(order) + 1)]
    assert len(set(numbers)) == len(numbers)


def test_save_and_issue_saves_the_edit_and_issues_it_in_one_transaction(ctx: Any) -> None:
    customer = add_customer(ctx)
    draft_id = drafts.create_draft(ctx, invoice_json(customer))
    edited = invoice_json(customer)
    edited["lines"][0]["description"] = "Edited just before issuing"
    issued = issuing.save_and_issue(ctx, draft_id, edited, DocumentType.INVOICE)
    assert issued == issuing.Issued(draft_id, "INV-2026-00001")
    assert issued.changes.touches(Kind.DOCUMENTS) and issued.changes.touches(Kind.RECEIVABLES)
    shown = queries.show_document(ctx, issued.number)
    assert shown.status == "issued"
    assert shown.draft.lines[0].description == "Edited just before issuing"
    new = issuing.save_and_issue(ctx, None, invoice_json(customer), DocumentType.INVOICE)
    assert new.number == "INV-2026-00002" and new.document_id != draft_id


def test_save_and_issue_refused_saves_nothing_and_takes_no_number(ctx: Any) -> None:
    customer = add_customer(ctx)
    draft_id = drafts.create_draft(ctx, invoice_json(customer))
    incomplete = invoice_json(customer)
    incomplete["lines"][0]["description"] = "Changed, then refused"
    incomplete["lines"][0]["unit_price"] = ""
    with pytest.raises(Rejected):
        issuing.save_and_issue(ctx, draft_id, incomplete, DocumentType.INVOICE)
    shown = queries.show_document(ctx, str(draft_id))
    assert shown.status == "draft"
    assert shown.draft.lines[0].description != "Changed, then refused"
    before = len(queries.list_documents(ctx))
    with pytest.raises(Rejected):
        issuing.save_and_issue(ctx, None, incomplete, DocumentType.INVOICE)
    assert len(queries.list_documents(ctx)) == before
    assert issuing.issue_document(ctx, draft_id).number == "INV-2026-00001"
