"""The aging report: what is owed on a date, by how long it is past due, per customer."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.domain.errors import DomainError
from app.domain.money import round_money
from app.domain.receivables import Receivable

ZERO = Decimal(0)
DEFAULT_BOUNDS = (30, 60, 90)


def bucket_labels(bounds: tuple[int, ...]) -> list[str]:
    """``(30, 60, 90)`` gives current, 1-30, 31-60, 61-90, over 90."""
    if not bounds or list(bounds) != sorted(set(bounds)) or bounds[0] < 1:
        raise DomainError.of("aging.buckets", "buckets")
    labels = ["current"]
    low = 1
    for high in bounds:
        labels.append(f"{low}-{high}")
        low = high + 1
    labels.append(f"over {bounds[-1]}")
    return labels


def bucket_of(days_past_due: int, bounds: tuple[int, ...], labels: list[str] | None = None) -> str:
    labels = labels or bucket_labels(bounds)
    if days_past_due <= 0:
        return labels[0]
    for index, high in enumerate(bounds):
        if days_past_due <= high:
            return labels[index + 1]
    return labels[-1]


@dataclass
class AgingRow:
    customer_id: int
    currency: str
    amounts: dict[str, Decimal]
    documents: dict[str, list[str]] = field(default_factory=dict)
    total_accounting: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        return sum(self.amounts.values(), ZERO)


@dataclass
class AgingReport:
    as_of: date
    labels: list[str]
    accounting_currency: str
    rows: list[AgingRow]
    totals: dict[str, Decimal]  # per label, in the accounting currency
    by_currency: dict[str, dict[str, Decimal]]  # currency -> label -> amount

    @property
    def total(self) -> Decimal:
        return sum(self.totals.values(), ZERO)


def aging(
    items: Iterable[tuple[Receivable, Decimal]],
    as_of: date,
    bounds: tuple[int, ...],
    accounting_currency: str,
) -> AgingReport:
    """Amounts due on ``as_of``: ``items`` are documents with their amount due on that date."""
    labels = bucket_labels(bounds)
    rows: dict[tuple[int, str], AgingRow] = {}
    totals = dict.fromkeys(labels, ZERO)
    by_currency: dict[str, dict[str, Decimal]] = {}
    for doc, due in items:
        if due <= 0:
            continue
        label = bucket_of((as_of - doc.due_date).days, bounds, labels)
        key = (doc.customer_id, doc.currency)
        row = rows.setdefault(
            key, AgingRow(doc.customer_id, doc.currency, dict.fromkeys(labels, ZERO))
        )
        row.amounts[label] += due
        row.documents.setdefault(label, []).append(doc.number)
        converted = round_money(due * doc.rate_to_accounting, accounting_currency)
        row.total_accounting += converted
        totals[label] += converted
        by_currency.setdefault(doc.currency, dict.fromkeys(labels, ZERO))[label] += due
    ordered = sorted(rows.values(), key=lambda r: (r.customer_id, r.currency))
    return AgingReport(as_of, labels, accounting_currency, ordered, totals, by_currency)
