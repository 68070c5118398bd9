"""What the owner sees first: money owed, overdue, issued this month, who owes most, aging.

Figures in the accounting currency (documents in other currencies converted at the rate
frozen at issue, as the aging report does).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.domain.money import round_money
from app.services.accountant.sync_ports import BundleInfo
from app.services.clock import today
from app.services.ports import Context
from app.services.receivables.receivables_reports import aging_report

BOUNDS = (30, 60, 90)
TOP = 5


@dataclass(frozen=True)
class Owing:
    """A customer among those who owe most (in the accounting currency)."""

    customer_id: int
    name: str | None
    owed: Decimal


@dataclass(frozen=True)
class Exports:
    """The last bundle made for the accountant and the outbox's jobs by state."""

    last: BundleInfo | None
    pending: int
    delivered: int
    attention: int


@dataclass(frozen=True)
class Dashboard:
    """The dashboard's figures as of a day, in the accounting currency ``currency``."""

    as_of: date
    currency: str
    open_total: Decimal
    overdue_total: Decimal
    overdue_documents: int
    issued_count: int  # documents issued this month, up to ``as_of``
    issued_total: Decimal
    top_customers: tuple[Owing, ...]
    aging: tuple[tuple[str, Decimal], ...]  # (bucket, amount)
    exports: Exports


def dashboard(ctx: Context, as_of: date | None = None) -> Dashboard:
    """The figures of the dashboard as of a day (today by default)."""
    day = as_of or today(ctx)
    report = aging_report(ctx, day, BOUNDS)
    labels = report.buckets
    current = report.totals[0]
    overdue_documents = sum(
        len(numbers)
        for customer in report.customers
        for label, numbers in customer.documents
        if label != labels[0]
    )
    owing = sorted(report.customers, key=lambda c: c.total_accounting, reverse=True)
    month_start = day.replace(day=1)
    with ctx.uow() as uow:
        issued = uow.documents.issued_between(month_start, day)
        made = uow.bundles.all()
        states = [job.state for job in uow.outbox.jobs()]
    return Dashboard(
        as_of=day,
        currency=report.currency,
        open_total=report.total,
        overdue_total=report.total - current,
        overdue_documents=overdue_documents,
        issued_count=issued[0],
        issued_total=round_money(issued[1], report.currency),
        top_customers=tuple(
            Owing(c.customer_id, c.name, c.total_accounting)
            for c in owing[:TOP]
            if c.total_accounting > 0
        ),
        aging=tuple(zip(labels, report.totals, strict=True)),
        exports=Exports(
            last=made[-1] if made else None,
            pending=states.count("pending"),
            delivered=states.count("delivered"),
            attention=states.count("attention"),
        ),
    )
