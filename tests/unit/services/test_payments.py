"""Worked examples of money against invoices, on a real encrypted company file."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from app.domain.receivables import PaymentMethod
from app.services.company import settings
from app.services.documents import corrections, drafts, issuing, queries
from app.services.errors import InvalidInput, Rejected
from app.services.receivables import adjustments
from app.services.receivables.payments import PaymentInput, record_payment
from app.services.receivables.receivables_reports import (
    aging_report,
    issue_reminders,
    list_reminders_due,
    statement,
)
from app.services.receivables.receivables_results import Applied, PaymentPlan
from tests.unit.services.builders import add_customer, invoice_json

D = Decimal


def _invoice(ctx: Any, customer: int, day: str, price: str = "100.00", **kw: Any) -> str:
    data = invoice_json(
        customer,
        issue_date=day,
        lines=[
            {
                "description": "x",
                "quantity": "1",
                "unit": "C62",
                "unit_price": price,
                "tax_category": "S",
                "tax_rate": "19",
            }
        ],
        **kw,
    )
    return str(issuing.issue_document(ctx, drafts.create_draft(ctx, data)).number)


def _pay(ctx: Any, amount: str, day: str, *invoices: str, **kw: Any) -> PaymentPlan:
    return record_payment(
        ctx, PaymentInput(amount=D(amount), day=date.fromisoformat(day), invoices=invoices, **kw)
    ).value


def _applied(items: tuple[Applied, ...]) -> list[dict[str, str]]:
    return [{"invoice": a.invoice, "amount": str(a.amount)} for a in items]


def _state(ctx: Any, number: str) -> tuple[str, str]:
    money = queries.show_document(ctx, number).money
    assert money is not None and money.payment_status is not None
    return str(money.amount_due), money.payment_status


@pytest.fixture
def customer(ctx: Any) -> int:
    return add_customer(ctx, payment_terms_days=30)


def test_partial_then_full_payment(ctx: Any, customer: int) -> None:
    number = _invoice(ctx, customer, "2026-10-01")  # 119.00, due 2026-10-31
    assert _state(ctx, number) == ("119.00", "unpaid")
    _pay(ctx, "50.00", "2026-10-10", number)
    assert _state(ctx, number) == ("69.00", "partially_paid")
    result = _pay(ctx, "69.00", "2026-10-20", number, reference="SEPA 4711")
    assert _applied(result.allocations) == [{"invoice": number, "amount": "69.00"}]
    assert _state(ctx, number) == ("0.00", "paid")


def test_overpayment_becomes_credit_applied_to_the_next_invoice(ctx: Any, customer: int) -> None:
    first = _invoice(ctx, customer, "2026-10-01")
    result = _pay(ctx, "150.00", "2026-10-05", first)
    assert str(result.unapplied) == "31.00"
    second = _invoice(ctx, customer, "2026-10-20")
    moved = adjustments.apply_credit(ctx, second, date(2026, 10, 21)).value
    assert [(m.from_payment, str(m.amount)) for m in moved] == [(result.payment, "31.00")]
    assert moved[0].from_document is None
    assert _state(ctx, second) == ("88.00", "partially_paid")
    with pytest.raises(Rejected, match="no credit"):
        adjustments.apply_credit(ctx, second, date(2026, 10, 22))


def test_a_bounced_payment_reopens_a_paid_invoice(ctx: Any, customer: int) -> None:
    number = _invoice(ctx, customer, "2026-10-01")
    payment = _pay(ctx, "119.00", "2026-10-05", number).payment
    assert payment is not None
    assert _state(ctx, number) == ("0.00", "paid")
    adjustments.reverse_entry(ctx, payment, "cheque bounced", date(2026, 10, 12))
    assert _state(ctx, number) == ("119.00", "unpaid")
    with pytest.raises(Rejected, match="already reversed"):
        adjustments.reverse_entry(ctx, payment, "again", date(2026, 10, 13))
    rows = adjustments.list_payments(ctx)
    assert rows[0].reversed is True and rows[0].allocations[0].reversed is True
    # the report as of a day before the bounce still shows it paid
    before = aging_report(ctx, date(2026, 10, 11), (30, 60, 90))
    assert str(before.total) == "0.00"
    after = aging_report(ctx, date(2026, 10, 12), (30, 60, 90))
    assert str(after.total_of("current")) == "119.00"


def test_early_payment_discount_inside_the_window_only(ctx: Any) -> None:
    customer = add_customer(ctx, payment_terms_days=30, discount_percent="2", discount_days=10)
    early = _invoice(ctx, customer, "2026-10-01")  # 119.00; 2 % = 2.38
    taken = _pay(ctx, "116.62", "2026-10-11", early)
    assert _applied(taken.discounts) == [{"invoice": early, "amount": "2.38"}]
    assert _state(ctx, early) == ("0.00", "paid")
    late = _invoice(ctx, customer, "2026-10-01")
    assert _pay(ctx, "116.62", "2026-10-12", late).discounts == ()
    assert _state(ctx, late) == ("2.38", "partially_paid")


def test_write_off_within_tolerance_or_as_bad_debt(ctx: Any, customer: int) -> None:
    number = _invoice(ctx, customer, "2026-10-01")
    result = _pay(ctx, "118.97", "2026-10-05", number, write_off_rest=True)
    assert _applied(result.write_offs) == [{"invoice": number, "amount": "0.03"}]
    assert _state(ctx, number) == ("0.00", "written_off")
    other = _invoice(ctx, customer, "2026-10-02")
    _pay(ctx, "100.00", "2026-10-05", other)
    with pytest.raises(Rejected, match=r"more than the write-off tolerance 0\.05"):
        adjustments.write_off(ctx, other, "customer short-paid", date(2026, 10, 6))
    settings.set_setting(ctx, "payments.writeoff_tolerance", "20")
    adjustments.write_off(ctx, other, "customer short-paid", date(2026, 10, 6))
    assert _state(ctx, other) == ("0.00", "written_off")
    third = _invoice(ctx, customer, "2026-10-03")
    adjustments.write_off(ctx, third, "insolvent", date(2026, 12, 1), bad_debt=True)
    assert _state(ctx, third) == ("0.00", "written_off")


def test_foreign_currency_payment_settles_the_invoice_in_its_currency(
    ctx: Any, customer: int
) -> None:
    number = _invoice(ctx, customer, "2026-10-01")  # 119.00 EUR
    result = _pay(
        ctx, "129.00", "2026-10-05", number, currency="USD", exchange_rate=D("0.9225")
    )  # 129.00 USD x 0.9225 = 119.0025 -> 119.00 EUR
    assert _applied(result.allocations) == [{"invoice": number, "amount": "119.00"}]
    assert str(result.unapplied) == "0.00"
    assert _state(ctx, number) == ("0.00", "paid")
    with pytest.raises(InvalidInput, match="give the rate"):
        _pay(ctx, "10.00", "2026-10-05", _invoice(ctx, customer, "2026-10-02"), currency="USD")


def test_credit_note_reduces_what_is_owed_and_after_payment_leaves_a_refundable_credit(
    ctx: Any, customer: int
) -> None:
    number = _invoice(ctx, customer, "2026-10-01")
    _pay(ctx, "119.00", "2026-10-05", number)
    credit = corrections.new_credit_note(ctx, number).value
    issuing.issue_document(ctx, credit)
    assert _state(ctx, number) == ("-119.00", "overpaid")
    refund = adjustments.record_refund(
        ctx,
        customer,
        D("119.00"),
        date(2026, 10, 30),
        currency="EUR",
        method=PaymentMethod.BANK_TRANSFER,
        from_invoice=number,
    ).value
    assert str(refund[0].amount) == "119.00"
    assert _state(ctx, number) == ("0.00", "paid")
    unpaid = _invoice(ctx, customer, "2026-11-01")
    issuing.issue_document(ctx, corrections.new_credit_note(ctx, unpaid).value)
    assert _state(ctx, unpaid) == ("0.00", "credited")


def test_reminders_step_by_step_never_for_disputed_or_credited(ctx: Any, customer: int) -> None:
    a = _invoice(ctx, customer, "2026-09-01")  # due 2026-10-01
    b = _invoice(ctx, customer, "2026-09-01")
    c = _invoice(ctx, customer, "2026-09-01")
    ctx.clock.set("2026-10-02T09:00:00+02:00")  # the credit note is issued on 2 October
    issuing.issue_document(ctx, corrections.new_credit_note(ctx, c).value)
    adjustments.set_dispute(ctx, b, date(2026, 10, 2), "wrong quantity", clear=False)
    due = list_reminders_due(ctx, date(2026, 11, 15))  # 45 days overdue
    assert [(r.invoice, r.level, str(r.fee)) for r in due] == [(a, 1, "0.00")]
    issue_reminders(ctx, date(2026, 11, 15))
    # never two letters on one day: the next level waits as long as the levels lie apart
    # (7 and 21 days past due: 14 days after the first reminder)
    assert list_reminders_due(ctx, date(2026, 11, 15)) == []
    assert list_reminders_due(ctx, date(2026, 11, 28)) == []
    assert [
        (r.invoice, r.level, str(r.fee)) for r in list_reminders_due(ctx, date(2026, 11, 29))
    ] == [(a, 2, "5.00")]
    issue_reminders(ctx, date(2026, 11, 29))
    assert list_reminders_due(ctx, date(2026, 12, 12)) == []
    third = list_reminders_due(ctx, date(2026, 12, 13))
    assert [(r.invoice, r.level, str(r.fee)) for r in third] == [(a, 3, "10.00")]
    assert str(third[0].interest) == "1.98"  # 124.00 x 8 % x 73 / 365 = 1.984
    issue_reminders(ctx, date(2026, 12, 13))
    assert _state(ctx, a) == ("135.98", "unpaid")  # 119.00 + 5.00 + 10.00 + 1.98
    assert list_reminders_due(ctx, date(2027, 1, 31)) == []
    adjustments.set_dispute(ctx, b, date(2026, 11, 20), None, clear=True)
    assert [r.invoice for r in list_reminders_due(ctx, date(2026, 11, 20))] == [b]


def test_statement_matches_the_aging_report(ctx: Any, customer: int) -> None:
    a = _invoice(ctx, customer, "2026-09-01")
    b = _invoice(ctx, customer, "2026-10-01")
    _pay(ctx, "150.00", "2026-10-05", a, b)
    ctx.clock.set("2026-11-10T09:00:00+01:00")
    issuing.issue_document(ctx, corrections.new_credit_note(ctx, a).value)
    found = statement(ctx, customer, date(2026, 10, 1), date(2026, 10, 31))
    eur = found.currencies[0]
    assert str(eur.opening_balance) == "119.00"
    assert [(line.kind, str(line.amount)) for line in eur.lines] == [
        ("invoice", "119.00"),
        ("payment", "-150.00"),
    ]
    report = aging_report(ctx, date(2026, 10, 31), (30, 60, 90))
    row = report.customers[0]
    assert eur.closing_balance == row.total - row.credit == D("88.00")
    november = statement(ctx, customer, date(2026, 11, 1), date(2026, 11, 30)).currencies[0]
    assert str(november.opening_balance) == "88.00"
    assert [(line.kind, str(line.amount)) for line in november.lines] == [
        ("credit_note", "-119.00")
    ]
    assert str(november.closing_balance) == "-31.00"


def test_aging_per_currency_and_converted_with_the_frozen_rate(ctx: Any, customer: int) -> None:
    usd = _invoice(
        ctx,
        customer,
        "2026-10-01",
        currency="USD",
        exchange_rate={"rate": "0.9000", "date": "2026-10-01", "source": "ECB"},
    )
    eur = _invoice(ctx, customer, "2026-10-01")
    report = aging_report(ctx, date(2026, 10, 15), (30, 60, 90))
    rows = {row.currency: row for row in report.customers}
    assert report.buckets[0] == "current"
    assert str(rows["USD"].amounts[0]) == "119.00"
    assert str(rows["USD"].total_accounting) == "107.10"
    assert str(rows["EUR"].amounts[0]) == "119.00"
    assert rows["EUR"].documents == (("current", (eur,)),)
    assert rows["USD"].documents == (("current", (usd,)),)
    assert str(report.total) == "226.10"  # 119.00 EUR + 119.00 USD x 0.90
    by_currency = {cur.currency: cur for cur in report.by_currency}
    assert str(by_currency["USD"].total) == "119.00"


def test_kept_balances_follow_reversals_of_allocations_refunds_and_payments(
    ctx: Any, customer: int, session: Any
) -> None:
    a = _invoice(ctx, customer, "2026-10-01")
    b = _invoice(ctx, customer, "2026-10-02")
    paid = _pay(ctx, "300.00", "2026-10-05", a, b)  # 62.00 left unapplied
    rows = adjustments.list_payments(ctx)
    first_allocation = rows[0].allocations[0].entry
    adjustments.reverse_entry(
        ctx, first_allocation, "allocated to the wrong invoice", date(2026, 10, 6)
    )
    assert session.balance_problems() == []
    refund = adjustments.record_refund(
        ctx,
        customer,
        D("20.00"),
        date(2026, 10, 7),
        currency="EUR",
        method=PaymentMethod.BANK_TRANSFER,
    ).value
    adjustments.reverse_entry(ctx, refund[0].id, "refund returned", date(2026, 10, 8))
    assert session.balance_problems() == []
    assert paid.payment is not None
    adjustments.reverse_entry(ctx, paid.payment, "bounced", date(2026, 10, 9))
    assert session.balance_problems() == []
    report = aging_report(ctx, date(2026, 12, 31), (30, 60, 90))
    assert str(report.customers[0].total) == "238.00"
    assert str(report.customers[0].credit) == "0.00"
