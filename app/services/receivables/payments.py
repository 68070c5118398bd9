"""Money in: payments and their allocation to documents, oldest due first or as told; an
early-payment discount inside its window; an optional write-off of a small rest. Every entry
is appended (never edited) and lands in the audit chain."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from app.domain.invariants import broken
from app.domain.lifecycle import Action, allowed
from app.domain.money import round_money
from app.domain.receivables import Entry, EntryKind, PaymentMethod, Position, positions
from app.services.audit_log import record
from app.services.changes import Changes, Done, Kind
from app.services.clock import now_iso
from app.services.errors import InvalidInput, Rejected
from app.services.ports import Context, UnitOfWork
from app.services.receivables.receivables_results import Applied, PaymentPlan

PAYMENT_CHANGES = Changes.of(Kind.RECEIVABLES, Kind.DOCUMENTS, Kind.AUDIT)

ZERO = Decimal(0)


@dataclass(frozen=True)
class PaymentInput:
    amount: Decimal
    day: date
    invoices: tuple[str, ...] = ()  # numbers; empty = the customer's open documents
    amounts_for: tuple[Decimal, ...] = ()  # explicit allocation per invoice, in its currency
    customer_id: int | None = None
    currency: str | None = None
    method: PaymentMethod = PaymentMethod.BANK_TRANSFER
    reference: str | None = None
    note: str | None = None
    exchange_rate: Decimal | None = None  # document-currency units per payment-currency unit
    write_off_rest: bool = False


def exact_amount(value: Decimal, currency: str, field: str) -> Decimal:
    """An amount with no more decimals than its currency has (EUR 2, JPY 0, BHD 3)."""
    rounded = round_money(value, currency)
    if rounded != value:
        raise InvalidInput.of("amount.decimals", field, value=value, currency=currency)
    return rounded


def _entry_payload(entry: Entry) -> dict[str, Any]:
    """The audit entry's payload of a ledger entry (hashed into the chain: never change it)."""
    return {
        "id": entry.id,
        "kind": entry.kind.value,
        "date": entry.date.isoformat(),
        "customer": entry.customer_id,
        "currency": entry.currency,
        "amount": str(entry.amount),
        "document": entry.document_id,
        "source_document": entry.source_document_id,
        "payment": entry.payment_id,
        "reverses": entry.reverses_id,
        "payment_amount": None if entry.payment_amount is None else str(entry.payment_amount),
        "exchange_rate": None if entry.exchange_rate is None else str(entry.exchange_rate),
        "method": entry.method,
        "reference": entry.reference,
        "note": entry.note,
        "level": entry.level,
    }


def append_entry(uow: UnitOfWork, ctx: Context, entry: Entry) -> Entry:
    """Store one ledger entry and its audit entry (same transaction)."""
    stored = replace(entry, id=uow.ledger.add(entry, now_iso(ctx)))
    record(
        uow,
        ctx,
        f"ledger.{entry.kind.value}",
        entity_type="ledger_entry",
        entity_id=stored.id,
        payload=_entry_payload(stored),
    )
    return stored


def customer_positions(
    uow: UnitOfWork, customer_id: int
) -> tuple[dict[int, Position], list[Entry]]:
    accounting = uow.company.profile().accounting_currency
    entries = uow.ledger.entries(customer_id)
    return positions(uow.ledger.receivables(accounting, customer_id), entries), entries


def tolerance(uow: UnitOfWork) -> Decimal:
    return uow.company.profile().settings.writeoff_tolerance


def receivable_id(
    uow: UnitOfWork, number: str, action: Action = Action.RECORD_PAYMENT
) -> tuple[int, int]:
    """(document id, customer id) of a document that money (or a dispute: ``action``) may be
    recorded against by the transitions table: an issued invoice or debit note."""
    stored = uow.documents.find(number)
    if not allowed(stored.status, stored.type, action):
        raise InvalidInput.of("payment.not_receivable", "invoice", number=number)
    if stored.draft.customer_id is None:
        raise broken("stored.draft.customer_id is None")
    return stored.id, stored.draft.customer_id


def _targets(uow: UnitOfWork, data: PaymentInput, docs: dict[int, Position] | None) -> list[int]:
    ids = [receivable_id(uow, number)[0] for number in data.invoices]
    if ids or docs is None:
        return ids
    currency = data.currency
    open_docs = [
        p
        for p in docs.values()
        if p.due > 0 and (currency is None or p.document.currency == currency)
    ]
    open_docs.sort(key=lambda p: (p.document.due_date, p.document.issue_date, p.document.id))
    return [p.document.id for p in open_docs]


def _customer(uow: UnitOfWork, data: PaymentInput) -> int:
    customers = {receivable_id(uow, number)[1] for number in data.invoices}
    if len(customers) > 1:
        raise InvalidInput.of("payment.customers", "invoice")
    if customers:
        customer = customers.pop()
        if data.customer_id is not None and data.customer_id != customer:
            raise InvalidInput.of("payment.other_customer", "customer")
        return customer
    if data.customer_id is None:
        raise InvalidInput.of("payment.whose", "invoice", customer_field="customer")
    return uow.customers.get(data.customer_id).id or data.customer_id


@dataclass
class _Plan:
    allocations: list[tuple[Position, Decimal, Decimal]]  # position, in document, of payment
    discounts: list[tuple[Position, Decimal]]
    write_offs: list[tuple[Position, Decimal]]
    left: Decimal


def _plan(data: PaymentInput, targets: list[Position], currency: str, limit: Decimal) -> _Plan:
    """Allocate the payment: explicit amounts, else each document's due in turn."""
    if data.amounts_for and len(data.amounts_for) != len(targets):
        raise InvalidInput.of("payment.amounts_for", "amount_for", invoice_field="invoice")
    plan = _Plan([], [], [], data.amount)
    for index, position in enumerate(targets):
        doc = position.document
        rate = Decimal(1) if doc.currency == currency else data.exchange_rate
        if rate is None:
            raise InvalidInput.of(
                "payment.rate_needed",
                "exchange_rate",
                number=doc.number,
                currency=doc.currency,
                payment_currency=currency,
            )
        due = position.due
        if data.amounts_for:
            wanted = data.amounts_for[index]
            if wanted > due:
                raise Rejected.of(
                    "payment.more_than_due",
                    "amount_for",
                    amount=wanted,
                    due=due,
                    currency=doc.currency,
                    number=doc.number,
                )
        else:
            wanted = due
        in_doc = min(wanted, round_money(plan.left * rate, doc.currency))
        if in_doc <= 0:
            continue
        used = min(plan.left, round_money(in_doc / rate, currency))
        plan.allocations.append((position, in_doc, used))
        plan.left -= used
        rest = due - in_doc
        discount = doc.early_discount(data.day)
        if 0 < rest <= discount:
            plan.discounts.append((position, rest))
        elif data.write_off_rest and 0 < rest <= limit:
            plan.write_offs.append((position, rest))
    return plan


def _prepare(uow: UnitOfWork, data: PaymentInput) -> tuple[int, str, PaymentInput, _Plan]:
    """Who paid, in which currency, and where the money goes (nothing written yet)."""
    if data.amount <= 0:
        raise InvalidInput.of("payment.not_positive", "amount")
    customer = _customer(uow, data)
    docs, _ = customer_positions(uow, customer)
    targets = [docs[i] for i in _targets(uow, data, None if data.invoices else docs)]
    currency = (
        data.currency
        or (targets[0].document.currency if targets else None)
        or uow.company.profile().accounting_currency
    ).upper()
    data = replace(
        data,
        amount=exact_amount(data.amount, currency, "amount"),
        amounts_for=tuple(
            exact_amount(a, p.document.currency, "amount_for")
            for a, p in zip(data.amounts_for, targets, strict=False)
        ),
    )
    return customer, currency, data, _plan(data, targets, currency, tolerance(uow))


def preview_payment(ctx: Context, data: PaymentInput) -> PaymentPlan:
    """What ``record_payment`` would do with ``data``, without recording anything."""
    with ctx.uow() as uow:
        customer, currency, data, plan = _prepare(uow, data)
    return _result(None, customer, currency, data, plan)


def record_payment(ctx: Context, data: PaymentInput) -> Done[PaymentPlan]:
    """Record a payment and allocate it; returns what went where."""
    with ctx.uow() as uow:
        customer, currency, data, plan = _prepare(uow, data)
        payment = append_entry(
            uow,
            ctx,
            Entry(
                id=0,
                kind=EntryKind.PAYMENT,
                date=data.day,
                customer_id=customer,
                currency=currency,
                amount=data.amount,
                method=data.method.value,
                reference=data.reference,
                note=data.note,
            ),
        )
        for position, in_doc, used in plan.allocations:
            doc = position.document
            append_entry(
                uow,
                ctx,
                Entry(
                    id=0,
                    kind=EntryKind.ALLOCATION,
                    date=data.day,
                    customer_id=customer,
                    currency=doc.currency,
                    amount=in_doc,
                    document_id=doc.id,
                    payment_id=payment.id,
                    payment_amount=used if doc.currency != currency else None,
                    exchange_rate=data.exchange_rate if doc.currency != currency else None,
                ),
            )
        for kind, items, note in (
            (EntryKind.DISCOUNT, plan.discounts, "early-payment discount"),
            (EntryKind.WRITEOFF, plan.write_offs, "small difference"),
        ):
            for position, amount in items:
                append_entry(
                    uow,
                    ctx,
                    Entry(
                        id=0,
                        kind=kind,
                        date=data.day,
                        customer_id=customer,
                        currency=position.document.currency,
                        amount=amount,
                        document_id=position.document.id,
                        payment_id=payment.id,
                        note=note,
                    ),
                )
        uow.commit()
    return Done(_result(payment.id, customer, currency, data, plan), PAYMENT_CHANGES)


def _result(
    payment: int | None, customer: int, currency: str, data: PaymentInput, plan: _Plan
) -> PaymentPlan:
    return PaymentPlan(
        payment=payment,
        customer_id=customer,
        currency=currency,
        amount=data.amount,
        allocations=tuple(Applied(p.document.number, a) for p, a, _ in plan.allocations),
        discounts=tuple(Applied(p.document.number, a) for p, a in plan.discounts),
        write_offs=tuple(Applied(p.document.number, a) for p, a in plan.write_offs),
        unapplied=plan.left,
    )


@dataclass(frozen=True)
class OpenItem:
    """An issued invoice or debit note of a customer with something still to pay."""

    number: str
    issue_date: date
    due_date: date
    currency: str
    payable: Decimal
    due: Decimal
    discount_if_paid_on: Decimal  # the early-payment discount a payment on the day may take


def open_items(ctx: Context, customer_id: int, day: date) -> list[OpenItem]:
    """The customer's documents with an amount due, oldest due date first (as payments
    are allocated when no invoice is named)."""
    with ctx.uow() as uow:
        docs, _ = customer_positions(uow, customer_id)
    items = [
        OpenItem(
            number=p.document.number,
            issue_date=p.document.issue_date,
            due_date=p.document.due_date,
            currency=p.document.currency,
            payable=p.document.payable,
            due=p.due,
            discount_if_paid_on=p.document.early_discount(day),
        )
        for p in sorted(
            docs.values(),
            key=lambda p: (p.document.due_date, p.document.issue_date, p.document.id),
        )
        if p.due > 0 and p.document.type != "credit_note"
    ]
    return items
