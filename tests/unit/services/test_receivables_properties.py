"""Properties of receivables for any sequence of invoices, payments, credit notes, refunds
and reversals (hypothesis, on real encrypted company files)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import bootstrap
from app.domain.receivables import EntryKind, PaymentMethod, effective_entries
from app.services.documents import corrections, drafts, issuing, queries
from app.services.errors import Rejected
from app.services.receivables import adjustments
from app.services.receivables.payments import PaymentInput, record_payment
from app.services.receivables.receivables_reports import aging_report
from tests.conftest import FixedClock
from tests.unit.services.builders import add_customer, invoice_json

START = date(2026, 1, 5)
prices = st.decimals(min_value=Decimal("1.00"), max_value=Decimal("999.99"), places=2)
ops = st.lists(
    st.one_of(
        st.tuples(st.just("invoice"), prices),
        st.tuples(st.just("pay"), prices),
        st.tuples(st.just("credit"), st.integers(0, 20)),
        st.tuples(st.just("refund"), prices),
        st.tuples(st.just("reverse"), st.integers(0, 20)),
    ),
    min_size=1,
    max_size=14,
)


def _open(folder: Path, name: str) -> tuple[Any, Any]:
    path = folder / name
    key = bootstrap.create_company(
        path,
        "pw",
        bootstrap.CompanyFields(name="P", country="DE", currency="EUR", vat_id="DE136695976"),
    )
    session = bootstrap.CompanySession(path, key).open()
    clock = FixedClock()
    ctx = replace(session.context(), clock=clock)
    return session, ctx


def _run(ctx: Any, steps: list[tuple[str, Any]]) -> int:
    customer = add_customer(ctx, payment_terms_days=14)
    numbers: list[str] = []
    payments: list[int] = []
    for index, (kind, value) in enumerate(steps):
        day = START + timedelta(days=7 * index)
        ctx.clock.set(f"{day.isoformat()}T10:00:00+01:00")
        try:
            if kind == "invoice":
                data = invoice_json(
                    customer,
                    issue_date=day.isoformat(),
                    lines=[
                        {
                            "description": "x",
                            "quantity": "1",
                            "unit": "C62",
                            "unit_price": str(value),
                            "tax_category": "S",
                            "tax_rate": "19",
                        }
                    ],
                )
                numbers.append(issuing.issue_document(ctx, drafts.create_draft(ctx, data)).number)
            elif kind == "pay":
                paying = PaymentInput(amount=value, day=day, customer_id=customer)
                paid = record_payment(ctx, paying).value.payment
                assert paid is not None
                payments.append(paid)
            elif kind == "credit" and numbers:
                issuing.issue_document(
                    ctx, corrections.new_credit_note(ctx, numbers[value % len(numbers)]).value
                )
            elif kind == "refund":
                adjustments.record_refund(
                    ctx, customer, value, day, currency="EUR", method=PaymentMethod.BANK_TRANSFER
                )
            elif kind == "reverse" and payments:
                adjustments.reverse_entry(ctx, payments[value % len(payments)], "bounced", day)
        except Rejected:
            pass  # a refund above the credit, a second credit note: refused, nothing written
    return customer


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=ops, cut=st.integers(0, 14))
def test_balances_aging_and_history_hold_for_any_sequence(
    tmp_path_factory: Any, steps: list[tuple[str, Any]], cut: int
) -> None:
    folder = tmp_path_factory.mktemp("recv")
    session, ctx = _open(folder, "all.invoicedesk")
    try:
        customer = _run(ctx, steps)
        assert session.balance_problems() == []  # the kept balances agree with the ledger
        with ctx.uow() as uow:
            entries = effective_entries(uow.ledger.entries(customer))
            docs = uow.ledger.receivables("EUR", customer)
        invoiced = sum((d.payable for d in docs if d.type != "credit_note"), Decimal(0))
        credited = sum((d.total for d in docs if d.type == "credit_note"), Decimal(0))
        paid = sum((e.amount for e in entries if e.kind is EntryKind.PAYMENT), Decimal(0))
        refunded = sum((e.amount for e in entries if e.kind is EntryKind.REFUND), Decimal(0))
        far = START + timedelta(days=400)
        report = aging_report(ctx, far, (30, 60, 90))
        dues = []
        for doc in (d for d in docs if d.type != "credit_note"):
            money = queries.show_document(ctx, doc.number).money
            assert money is not None and money.amount_due is not None
            due = money.amount_due
            dues.append(due)
            assert due >= 0 or money.payment_status == "overpaid"
        row = report.customers[0] if report.customers else None
        total, credit = (row.total, row.credit) if row else (Decimal(0), Decimal(0))
        # the customer's balance, two ways
        assert total - credit == invoiced - credited - paid + refunded
        # aging totals equal the sum of the amounts due
        assert report.total == sum((d for d in dues if d > 0), Decimal(0))
        # a report as of a past date equals that of a file that never saw what came later
        as_of = START + timedelta(days=7 * cut)
        past = aging_report(ctx, as_of, (30, 60, 90))
    finally:
        session.close()
    session, ctx = _open(folder, "prefix.invoicedesk")
    try:
        _run(ctx, steps[: cut + 1])
        assert aging_report(ctx, as_of, (30, 60, 90)) == past
    finally:
        session.close()
