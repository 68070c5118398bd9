"""What the owner sees first: money owed, overdue, issued this month, who owes most, aging.

Figures in the accounting currency (documents in other currencies converted at the rate
frozen at issue, as the aging report does).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from app.domain.money import round_money
from app.services.clock import today
from app.services.ports import Context
from app.services.receivables_reports import aging_report

BOUNDS = (30, 60, 90)
TOP = 5


def dashboard(ctx: Context, as_of: date | None = None) -> dict[str, Any]:
    """The figures of the dashboard as of a day (today by default)."""
    day = as_of or today(ctx)
    report = aging_report(ctx, day, BOUNDS)
    labels = report["buckets"]
    total = Decimal(report["total"]["total"])
    current = Decimal(report["total"][labels[0]])
    overdue_documents = sum(
        len(docs)
        for customer in report["customers"]
        for label, docs in customer["documents"].items()
        if label != labels[0]
    )
    owing = sorted(report["customers"], key=lambda c: Decimal(c["total_accounting"]), reverse=True)
    month_start = day.replace(day=1)
    with ctx.uow() as uow:
        issued = uow.documents.issued_between(month_start, day)
        made = uow.bundles.all()
        states = [job.state for job in uow.outbox.jobs()]
    last = made[-1] if made else None
    return {
        "exports": {
            "last": None
            if last is None
            else {
                "sequence": last.sequence,
                "from": last.period_from.isoformat(),
                "to": last.period_to.isoformat(),
                "made": last.created_at,
            },
            **{state: states.count(state) for state in ("pending", "delivered", "attention")},
        },
        "as_of": day.isoformat(),
        "currency": report["currency"],
        "open_total": str(total),
        "overdue_total": str(total - current),
        "overdue_documents": overdue_documents,
        "issued_this_month": {
            "count": issued[0],
            "total": str(round_money(issued[1], report["currency"])),
        },
        "top_customers": [
            {"customer": c["customer"], "name": c["name"], "owed": c["total_accounting"]}
            for c in owing[:TOP]
            if Decimal(c["total_accounting"]) > 0
        ],
        "aging": [{"bucket": label, "amount": report["total"][label]} for label in labels],
    }
