"""The typed results of the receivables use cases: aging, statements, reminders, payments.

Amounts are ``Decimal`` rounded to their currency's minor unit where the report rounds them;
days are ``date``. Only the command line turns these into JSON (``app/cli/shapes_receivables``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.domain.documents import DocumentType
from app.domain.receivables import Entry, EntryKind, PaymentStatus


@dataclass(frozen=True)
class AgingLine:
    """One customer and currency of the aging report."""

    customer_id: int
    name: str | None
    currency: str
    amounts: tuple[Decimal, ...]  # per bucket of the report (``AgingReport.buckets``)
    total: Decimal
    credit: Decimal  # owed back to the customer: unapplied payments, overpaid documents
    balance: Decimal  # total - credit
    total_accounting: Decimal  # total in the accounting currency, at the rates frozen at issue
    documents: tuple[tuple[str, tuple[str, ...]], ...]  # (bucket, numbers) where any is due


@dataclass(frozen=True)
class CurrencyAging:
    """The amounts due of one document currency, per bucket."""

    currency: str
    amounts: tuple[Decimal, ...]
    total: Decimal


@dataclass(frozen=True)
class AgingReport:
    """What is owed on ``as_of``, by customer and bucket of days overdue."""

    as_of: date
    buckets: tuple[str, ...]  # labels: "current", "1-30", ... "90+"
    currency: str  # the accounting currency of ``totals``
    customers: tuple[AgingLine, ...]
    totals: tuple[Decimal, ...]  # per bucket, in the accounting currency
    total: Decimal
    by_currency: tuple[CurrencyAging, ...]

    def total_of(self, bucket: str) -> Decimal:
        """The total of one bucket, in the accounting currency."""
        return self.totals[self.buckets.index(bucket)]


@dataclass(frozen=True)
class StatementLine:
    """A document issued or a money movement of the period, with the running balance."""

    day: date
    kind: DocumentType | EntryKind
    number: str | None  # the document's number (of the document an entry concerns)
    currency: str
    amount: Decimal  # + raises the customer's balance, - lowers it
    balance: Decimal
    entry: int | None = None  # the ledger entry (None for a document)
    reference: str | None = None  # the entry's reference (documents carry none)


@dataclass(frozen=True)
class StatementSection:
    """One currency of a statement."""

    currency: str
    opening_balance: Decimal
    lines: tuple[StatementLine, ...]
    closing_balance: Decimal


@dataclass(frozen=True)
class Statement:
    """A customer's statement of account for a period."""

    customer_id: int
    name: str
    start: date
    end: date
    currencies: tuple[StatementSection, ...]


@dataclass(frozen=True)
class Reminder:
    """A reminder due (or just issued) for one overdue document."""

    invoice: str
    document_id: int
    customer_id: int
    currency: str
    amount_due: Decimal
    due_date: date
    days_overdue: int
    level: int
    title: str
    fee: Decimal
    interest: Decimal

    @property
    def total_due(self) -> Decimal:
        """What the letter asks for: the amount due, the fee and the interest."""
        return self.amount_due + self.fee + self.interest


@dataclass(frozen=True)
class DocumentMoney:
    """The receivable status of one issued document (a credit note is owed nothing itself:
    its amounts are None and it is neither overdue nor disputed)."""

    amount_due: Decimal | None
    payment_status: PaymentStatus | None
    overdue: bool
    disputed: bool
    paid: Decimal | None = None
    credited: Decimal | None = None
    discount: Decimal | None = None
    written_off: Decimal | None = None
    fees: Decimal | None = None


@dataclass(frozen=True)
class Applied:
    """An amount a payment went to (or took off) one document."""

    invoice: str
    amount: Decimal


@dataclass(frozen=True)
class PaymentPlan:
    """Where a payment goes: allocations, early-payment discounts, small write-offs, the rest.
    ``payment`` is the entry recorded (None for a preview)."""

    payment: int | None
    customer_id: int
    currency: str
    amount: Decimal
    allocations: tuple[Applied, ...]
    discounts: tuple[Applied, ...]
    write_offs: tuple[Applied, ...]
    unapplied: Decimal


@dataclass(frozen=True)
class PaymentAllocation:
    """One allocation of a payment to a document."""

    entry: int
    invoice: str | None
    amount: Decimal
    reversed: bool


@dataclass(frozen=True)
class PaymentRow:
    """A payment received, with where it went, what is left and whether it was reversed."""

    entry: Entry
    reversed: bool
    unapplied: Decimal
    allocations: tuple[PaymentAllocation, ...]


@dataclass(frozen=True)
class CreditMove:
    """Credit used on a document: from an unapplied payment or from an overpaid document."""

    amount: Decimal
    from_payment: int | None = None
    from_document: str | None = None
