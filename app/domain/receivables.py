"""What is owed: positions of documents derived from the append-only ledger, never stored.

A receivable document (invoice or debit note) is owed its payable amount, less credit notes
that correct it, payments allocated to it, discounts taken and amounts written off, plus
reminder fees and interest, plus refunds and transfers of its overpayment. Entries dated after
the as-of date, and entries that were reversed, do not count.

This module is the truth of that rule. ``AS_TARGET``, ``AS_SOURCE``, ``DUE_SIGN`` and
``USES_PAYMENT`` state it as data: which part of a position each kind of entry adds to, and
which way each part moves the amount due; ``positions`` and ``payment_remaining`` apply it.
The store derives its SQL from the same tables (``app.store.ledger_sql``: the recomputation
for any as-of date, used by the aging report of a past date and by the balance check). The
balances that the triggers of migration 0004 keep for the current state are a third, frozen
copy (a migration never changes once released); ``balance_problems`` compares them with the
derived SQL, and the property tests in tests/unit/services/test_receivables_properties.py
compare all three for any sequence of invoices, payments, credit notes, refunds, transfers,
discounts, write-offs, fees and reversals. A change of the rule changes these tables, and needs
a migration that rewrites the triggers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from app.domain.money import round_money

ZERO = Decimal(0)


class EntryKind(StrEnum):
    PAYMENT = "payment"  # money received from the customer (unapplied until allocated)
    ALLOCATION = "allocation"  # part of a payment applied to a document
    TRANSFER = "transfer"  # an overpaid document's credit applied to another document
    REFUND = "refund"  # money paid back (from unapplied payments or an overpaid document)
    REVERSAL = "reversal"  # undoes another entry (a bounced payment undoes its allocations)
    DISCOUNT = "discount"  # early-payment discount taken
    WRITEOFF = "writeoff"  # small difference or bad debt
    FEE = "fee"  # reminder fee the customer owes
    INTEREST = "interest"  # default interest the customer owes


# The rule as data. An entry adds its amount to one part of the position of the document it
# names (``document_id``) and, for some kinds, of the document it draws on
# (``source_document_id``); each part moves the amount due one way. Credit notes add to
# ``credited`` of the document they correct.
AS_TARGET: dict[EntryKind, str] = {
    EntryKind.ALLOCATION: "paid",
    EntryKind.DISCOUNT: "discount",
    EntryKind.WRITEOFF: "written_off",
    EntryKind.FEE: "fees",
    EntryKind.INTEREST: "fees",
    EntryKind.TRANSFER: "transferred_in",
}
AS_SOURCE: dict[EntryKind, str] = {
    EntryKind.TRANSFER: "transferred_out",
    EntryKind.REFUND: "refunded",
}
DUE_SIGN: dict[str, int] = {
    "fees": 1,
    "credited": -1,
    "paid": -1,
    "discount": -1,
    "written_off": -1,
    "refunded": 1,
    "transferred_out": 1,
    "transferred_in": -1,
}
# Entries that use up part of a payment (named by ``payment_id``; ``payment_amount`` in the
# payment's currency when it differs from the document's).
USES_PAYMENT = frozenset({EntryKind.ALLOCATION, EntryKind.REFUND})


def due_sign(kind: EntryKind, *, as_source: bool = False) -> int:
    """How an entry of ``kind`` moves the amount due of its target (or source) document:
    +1, -1, or 0 when it does not touch it."""
    part = (AS_SOURCE if as_source else AS_TARGET).get(kind)
    return 0 if part is None else DUE_SIGN[part]


class PaymentMethod(StrEnum):
    BANK_TRANSFER = "bank_transfer"
    CARD = "card"
    CASH = "cash"
    CHEQUE = "cheque"
    OTHER = "other"


class PaymentStatus(StrEnum):
    UNPAID = "unpaid"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    OVERPAID = "overpaid"
    CREDITED = "credited"
    WRITTEN_OFF = "written_off"


@dataclass(frozen=True)
class Entry:
    id: int
    kind: EntryKind
    date: date
    customer_id: int
    currency: str
    amount: Decimal
    document_id: int | None = None
    source_document_id: int | None = None
    payment_id: int | None = None
    reverses_id: int | None = None
    payment_amount: Decimal | None = None
    exchange_rate: Decimal | None = None
    method: str | None = None
    reference: str | None = None
    note: str | None = None
    level: int | None = None


@dataclass(frozen=True)
class Receivable:
    """An issued document as the ledger sees it (amounts tax inclusive, in its currency)."""

    id: int
    number: str
    type: str  # invoice, debit_note, credit_note
    customer_id: int
    currency: str
    issue_date: date
    due_date: date
    total: Decimal
    payable: Decimal
    corrects_id: int | None = None
    rate_to_accounting: Decimal = Decimal(1)
    discount_percent: Decimal | None = None  # early-payment discount terms frozen at issue
    discount_days: int | None = None

    def early_discount(self, paid_on: date) -> Decimal:
        """The discount a payment on ``paid_on`` may take (0 outside the window)."""
        if self.discount_percent is None or self.discount_days is None:
            return Decimal(0)
        if (paid_on - self.issue_date).days > self.discount_days:
            return Decimal(0)
        return round_money(self.payable * self.discount_percent / 100, self.currency)


@dataclass
class Position:
    document: Receivable
    credited: Decimal = ZERO
    paid: Decimal = ZERO
    discount: Decimal = ZERO
    written_off: Decimal = ZERO
    fees: Decimal = ZERO
    refunded: Decimal = ZERO
    transferred_in: Decimal = ZERO
    transferred_out: Decimal = ZERO
    credit_notes: list[int] = field(default_factory=list)

    @property
    def due(self) -> Decimal:
        due = self.document.payable
        for part, sign in DUE_SIGN.items():
            value = getattr(self, part)
            if value:
                due = due + value if sign > 0 else due - value
        return due

    def status(self) -> PaymentStatus:
        due = self.due
        if due < 0:
            return PaymentStatus.OVERPAID
        if self.credited >= self.document.total and self.paid == 0:
            return PaymentStatus.CREDITED
        if due == 0 and self.written_off > 0:
            return PaymentStatus.WRITTEN_OFF
        if due == 0:
            return PaymentStatus.PAID
        if due < self.document.payable + self.fees:
            return PaymentStatus.PARTIALLY_PAID
        return PaymentStatus.UNPAID

    def overdue(self, as_of: date) -> bool:
        return self.due > 0 and self.document.due_date < as_of


def effective_entries(entries: Iterable[Entry], as_of: date | None = None) -> list[Entry]:
    """Entries that count on ``as_of``: dated by then, not reversed by then, not reversals."""
    dated = [e for e in entries if as_of is None or e.date <= as_of]
    reversed_ids = {e.reverses_id for e in dated if e.kind is EntryKind.REVERSAL}
    return [
        e
        for e in dated
        if e.kind is not EntryKind.REVERSAL
        and e.id not in reversed_ids
        and (e.payment_id is None or e.payment_id not in reversed_ids)
    ]


def positions(
    documents: Iterable[Receivable], entries: Iterable[Entry], as_of: date | None = None
) -> dict[int, Position]:
    """The position of every receivable document on ``as_of`` (None = everything recorded)."""
    receivable: dict[int, Position] = {}
    credit_notes: list[Receivable] = []
    for doc in documents:
        if as_of is not None and doc.issue_date > as_of:
            continue
        if doc.type == "credit_note":
            credit_notes.append(doc)
        else:
            receivable[doc.id] = Position(doc)
    for note in credit_notes:
        if note.corrects_id in receivable:
            receivable[note.corrects_id].credited += note.total
            receivable[note.corrects_id].credit_notes.append(note.id)
    for entry in effective_entries(entries, as_of):
        _apply(receivable, entry)
    return receivable


def _apply(receivable: dict[int, Position], entry: Entry) -> None:
    for document_id, parts in (
        (entry.document_id, AS_TARGET),
        (entry.source_document_id, AS_SOURCE),
    ):
        position = receivable.get(document_id) if document_id is not None else None
        part = parts.get(entry.kind)
        if position is not None and part is not None:
            setattr(position, part, getattr(position, part) + entry.amount)


def payment_remaining(entries: Iterable[Entry], as_of: date | None = None) -> dict[int, Decimal]:
    """What is left of each payment after its allocations and refunds (payment currency)."""
    effective = effective_entries(entries, as_of)
    left = {e.id: e.amount for e in effective if e.kind is EntryKind.PAYMENT}
    for entry in effective:
        if entry.payment_id in left and entry.kind in USES_PAYMENT:
            used = entry.payment_amount if entry.payment_amount is not None else entry.amount
            left[entry.payment_id] -= used
    return left


def unapplied_payments(
    entries: Iterable[Entry], as_of: date | None = None
) -> dict[tuple[int, str], Decimal]:
    """Money received but not yet applied nor refunded, per (customer, payment currency)."""
    entries = list(entries)
    by_id = {e.id: e for e in entries}
    pool: dict[tuple[int, str], Decimal] = defaultdict(lambda: ZERO)
    for payment_id, left in payment_remaining(entries, as_of).items():
        payment = by_id[payment_id]
        pool[(payment.customer_id, payment.currency)] += left
    return dict(pool)


@dataclass(frozen=True)
class CustomerBalance:
    customer_id: int
    currency: str
    open: Decimal  # sum of positive amounts due
    credit: Decimal  # unapplied payments and overpaid documents

    @property
    def balance(self) -> Decimal:
        return self.open - self.credit


def balances(
    docs: dict[int, Position], pool: dict[tuple[int, str], Decimal]
) -> dict[tuple[int, str], CustomerBalance]:
    open_: dict[tuple[int, str], Decimal] = defaultdict(lambda: ZERO)
    credit: dict[tuple[int, str], Decimal] = defaultdict(lambda: ZERO, pool)
    for position in docs.values():
        key = (position.document.customer_id, position.document.currency)
        due = position.due
        if due > 0:
            open_[key] += due
        else:
            credit[key] += -due
    keys = set(open_) | {k for k, v in credit.items() if v != 0}
    return {
        key: CustomerBalance(key[0], key[1], open_.get(key, ZERO), credit.get(key, ZERO))
        for key in keys
    }
