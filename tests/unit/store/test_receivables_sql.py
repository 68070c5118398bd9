"""The store's SQL for receivables says what the domain says (hypothesis, real encrypted files).

``app.domain.receivables`` is the truth of the rule; the store answers the same questions in
SQL: ``open_items`` and ``unapplied`` recompute them for a past date (``ledger_sql.OPEN_ITEMS``
and ``UNAPPLIED``) and read the balances that the triggers of migration 0004 keep for today.
For any sequence of invoices, payments, credit notes, refunds, reversals, write-offs, credit
applied, fees, interest and discounts, all of them agree on every document and every payment.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import bootstrap
from app.domain.receivables import (
    Entry,
    EntryKind,
    PaymentMethod,
    positions,
    unapplied_payments,
)
from app.services.documents import corrections, drafts, issuing
from app.services.errors import Rejected
from app.services.receivables import adjustments
from app.services.receivables.payments import PaymentInput, append_entry, record_payment
from tests.conftest import FixedClock
from tests.unit.services.builders import add_customer, invoice_json

START = date(2026, 1, 5)
STEPS = 12
prices = st.decimals(min_value=Decimal("1.00"), max_value=Decimal("999.99"), places=2)
picks = st.integers(0, 20)
ops = st.lists(
    st.one_of(
        st.tuples(st.just("invoice"), prices),
        st.tuples(st.just("pay"), prices),
        st.tuples(st.just("credit"), picks),
        st.tuples(st.just("refund"), prices),
        st.tuples(st.just("reverse"), picks),
        st.tuples(st.just("write_off"), picks),
        st.tuples(st.just("apply_credit"), picks),
        st.tuples(st.sampled_from(["fee", "interest", "discount"]), st.tuples(picks, prices)),
    ),
    min_size=1,
    max_size=STEPS,
)


def _open(folder: Path) -> tuple[Any, Any]:
    path = folder / "recv.invoicedesk"
    fields = bootstrap.CompanyFields(name="P", country="DE", currency="EUR", vat_id="DE136695976")
    key = bootstrap.create_company(path, "pw", fields)
    session = bootstrap.CompanySession(path, key).open()
    return session, replace(session.context(), clock=FixedClock())


def _invoice(ctx: Any, customer: int, day: date, price: Decimal) -> str:
    line = {
        "description": "x",
        "quantity": "1",
        "unit": "C62",
        "unit_price": str(price),
        "tax_category": "S",
        "tax_rate": "19",
    }
    data = invoice_json(customer, issue_date=day.isoformat(), lines=[line])
    return str(issuing.issue_document(ctx, drafts.create_draft(ctx, data)).number)


def _payments(ctx: Any, customer: int) -> list[int]:
    with ctx.uow() as uow:
        return [e.id for e in uow.ledger.entries(customer) if e.kind is EntryKind.PAYMENT]


def _charge(ctx: Any, customer: int, kind: str, number: str, amount: Decimal, day: date) -> None:
    """A fee, interest or a discount on ``number``, appended as the services append entries."""
    with ctx.uow() as uow:
        document_id = uow.documents.find(number).id
        entry = Entry(0, EntryKind(kind), day, customer, "EUR", amount, document_id=document_id)
        append_entry(uow, ctx, entry)
        uow.commit()


def _step(ctx: Any, customer: int, numbers: list[str], op: tuple[str, Any], day: date) -> None:
    kind, value = op
    if kind == "invoice":
        numbers.append(_invoice(ctx, customer, day, value))
    elif kind == "pay":
        record_payment(ctx, PaymentInput(amount=value, day=day, customer_id=customer))
    elif kind == "refund":
        method = PaymentMethod.BANK_TRANSFER
        adjustments.record_refund(ctx, customer, value, day, currency="EUR", method=method)
    elif kind == "reverse":
        if payments := _payments(ctx, customer):
            adjustments.reverse_entry(ctx, payments[value % len(payments)], "bounced", day)
    elif numbers:
        _on_document(ctx, customer, numbers, op, day)


def _on_document(
    ctx: Any, customer: int, numbers: list[str], op: tuple[str, Any], day: date
) -> None:
    kind, value = op
    pick = value if isinstance(value, int) else value[0]
    number = numbers[pick % len(numbers)]
    if kind == "credit":
        issuing.issue_document(ctx, corrections.new_credit_note(ctx, number).value)
    elif kind == "write_off":
        adjustments.write_off(ctx, number, "bad debt", day, bad_debt=True)
    elif kind == "apply_credit":
        adjustments.apply_credit(ctx, number, day)
    else:
        _charge(ctx, customer, kind, number, value[1], day)


def _run(ctx: Any, steps: list[tuple[str, Any]]) -> int:
    customer = add_customer(ctx, payment_terms_days=14)
    numbers: list[str] = []
    for index, op in enumerate(steps):
        day = START + timedelta(days=7 * index)
        ctx.clock.set(f"{day.isoformat()}T10:00:00+01:00")
        # refused (more refunded than there is credit, nothing due): nothing is written
        with contextlib.suppress(Rejected):
            _step(ctx, customer, numbers, op, day)
    return customer


def _agree(uow: Any, as_of: date) -> None:
    """The store's open items and unapplied payments on ``as_of`` are the domain's."""
    docs = uow.ledger.receivables("EUR")
    entries = uow.ledger.entries()
    domain = {i: p.due for i, p in positions(docs, entries, as_of).items() if p.due != 0}
    store = {doc.id: due for doc, due in uow.ledger.open_items(as_of, "EUR")}
    assert store == domain, as_of
    pool = {k: v for k, v in unapplied_payments(entries, as_of).items() if v != 0}
    assert uow.ledger.unapplied(as_of) == pool, as_of


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=ops, cut=st.integers(0, STEPS))
def test_the_sql_of_open_items_and_unapplied_payments_is_the_domain_rule(
    tmp_path_factory: Any, steps: list[tuple[str, Any]], cut: int
) -> None:
    session, ctx = _open(tmp_path_factory.mktemp("recv-sql"))
    try:
        _run(ctx, steps)
        assert session.balance_problems() == []  # trigger balances == recomputed SQL
        with ctx.uow() as uow:
            _agree(uow, START + timedelta(days=7 * cut))  # a past date: recomputed
            _agree(uow, START + timedelta(days=7 * STEPS + 1))  # today: the kept balances
            _agree(uow, START - timedelta(days=1))  # before anything: nothing open
    finally:
        session.close()
