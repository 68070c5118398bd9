"""The period as double-entry postings: every issued document and every ledger entry that
moves money, each balanced (debits equal credits), in the document's or payment's currency.

Accounts are named by role (``receivables``, ``revenue:S:19``, ``vat:S:19``, ``bank`` ...);
the exporters map the roles to an account plan (docs/sync-exports.md).

- invoice / debit note: debit receivables with the total (plus cash rounding), credit revenue
  per VAT category and rate with its taxable amount, credit VAT with its tax, credit or debit
  the rounding account; a credit note posts the same the other way round;
- payment: debit bank, credit receivables; refund: the other way round;
- early-payment discount: debit discounts granted, credit receivables; write-off: debit bad
  debts, credit receivables; reminder fee and interest: debit receivables, credit fees or
  interest income;
- a reversal posts its entry the other way round; allocations and transfers move money
  between the customer's own documents and post nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.domain.documents import DocumentType, IssuedDocument
from app.domain.invariants import broken
from app.domain.receivables import Entry, EntryKind
from app.services.accountant.period import PeriodData

ZERO = Decimal(0)


@dataclass(frozen=True)
class Posting:
    account: str  # a role, e.g. "revenue:S:19"
    debit: Decimal
    credit: Decimal


@dataclass(frozen=True)
class Transaction:
    """One balanced group of postings: a document or a ledger entry."""

    key: str  # "document:INV-2026-00001" or "entry:42"
    date: date
    currency: str
    reference: str  # the document number, or the entry's kind and reference
    description: str
    customer: str
    postings: tuple[Posting, ...]
    customer_id: int = 0

    @property
    def debits(self) -> Decimal:
        return sum((p.debit for p in self.postings), ZERO)

    @property
    def credits(self) -> Decimal:
        return sum((p.credit for p in self.postings), ZERO)


def _rate_part(rate: Decimal | None) -> str:
    return "0" if rate is None else format(rate.normalize(), "f")


def _side(account: str, amount: Decimal, debit: bool) -> Posting:
    """A posting on the debit (or credit) side; a negative amount goes to the other side."""
    if (amount >= 0) == debit:
        return Posting(account, abs(amount), ZERO)
    return Posting(account, ZERO, abs(amount))


def document_transaction(doc: IssuedDocument) -> Transaction:
    totals = doc.totals
    credit_note = doc.draft.type is DocumentType.CREDIT_NOTE
    postings = [_side("receivables", totals.tax_inclusive + totals.rounding, not credit_note)]
    for group in totals.vat_breakdown:
        key = f"{group.category.value}:{_rate_part(group.rate)}"
        postings.append(_side(f"revenue:{key}", group.taxable, credit_note))
        if group.tax:
            postings.append(_side(f"vat:{key}", group.tax, credit_note))
    if totals.rounding:
        postings.append(_side("rounding", totals.rounding, credit_note))
    if doc.draft.issue_date is None:
        raise broken("doc.draft.issue_date is None")
    kind = {"invoice": "Invoice", "credit_note": "Credit note", "debit_note": "Debit note"}
    return Transaction(
        key=f"document:{doc.number}",
        date=doc.draft.issue_date,
        currency=totals.currency,
        reference=doc.number,
        description=f"{kind[doc.draft.type.value]} {doc.number}",
        customer=doc.buyer.name,
        postings=tuple(p for p in postings if p.debit or p.credit),
        customer_id=doc.draft.customer_id or 0,
    )


# kind -> (account debited, account credited) for a positive amount
ENTRY_ACCOUNTS = {
    EntryKind.PAYMENT: ("bank", "receivables"),
    EntryKind.REFUND: ("receivables", "bank"),
    EntryKind.DISCOUNT: ("discounts", "receivables"),
    EntryKind.WRITEOFF: ("bad_debts", "receivables"),
    EntryKind.FEE: ("receivables", "fees"),
    EntryKind.INTEREST: ("receivables", "interest"),
}


def entry_transaction(entry: Entry, data: PeriodData) -> Transaction | None:
    kind, reversal = entry.kind, entry.kind is EntryKind.REVERSAL
    original = data.all_entries.get(entry.reverses_id or 0) if reversal else entry
    if original is None or original.kind not in ENTRY_ACCOUNTS:
        return None  # allocations and transfers (or their reversals) post nothing
    debit, credit = ENTRY_ACCOUNTS[original.kind]
    if reversal:
        debit, credit = credit, debit
    amount = original.amount if reversal else entry.amount
    document = data.numbers.get(original.document_id or original.source_document_id or 0)
    label = (
        f"{kind.value.capitalize()} of {original.kind.value}"
        if reversal
        else (kind.value.capitalize())
    )
    reference = " ".join(x for x in (document, entry.reference or original.reference) if x)
    return Transaction(
        key=f"entry:{entry.id}",
        date=entry.date,
        currency=entry.currency,
        reference=reference or f"{kind.value} {entry.id}",
        description=label + (f" {document}" if document else ""),
        customer=data.customers.get(entry.customer_id, str(entry.customer_id)),
        postings=(Posting(debit, amount, ZERO), Posting(credit, ZERO, amount)),
        customer_id=entry.customer_id,
    )


def transactions(data: PeriodData) -> list[Transaction]:
    """Every transaction of the period: documents, then entries, each in date order."""
    found = [document_transaction(doc) for doc in data.documents]
    found += [t for e in data.entries if (t := entry_transaction(e, data)) is not None]
    return sorted(found, key=lambda t: (t.date, t.key))
