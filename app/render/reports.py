"""The statement, reminder letter and aging list as printed reports, from the service data."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.domain.documents import PartySnapshot
from app.render.labels import DEFAULT_LEVEL_TITLES, labels_for
from app.render.report_pdf import Report, Table
from app.services.formatting import Formatter
from app.services.receivables.receivables_results import AgingReport, Reminder, Statement


def statement_report(data: Statement, customer: PartySnapshot) -> Report:
    language, t = labels_for(customer.language)
    fmt = Formatter(language)
    rows: list[tuple[str, ...]] = []
    bold: set[int] = set()
    for section in data.currencies:
        cur = section.currency
        bold.add(len(rows))
        rows.append(("", f"{t['opening']} ({cur})", "", "", fmt.amount(section.opening_balance)))
        for line in section.lines:
            kind = t.get(f"kind_{line.kind.value}", line.kind.value)
            rows.append(
                (
                    fmt.day(line.day),
                    kind,
                    line.number or line.reference or "",
                    fmt.amount(line.amount),
                    fmt.amount(line.balance),
                )
            )
        bold.add(len(rows))
        rows.append(("", f"{t['closing']} ({cur})", "", "", fmt.amount(section.closing_balance)))
    period = t["period_from_to"].format(start=fmt.day(data.start), end=fmt.day(data.end))
    return Report(
        title=t["statement"],
        info=((t["customer"], customer.name), ("", period)),
        before=(),
        table=Table(
            headers=(t["date"], t["document_kind"], t["reference"], t["amount"], t["balance"]),
            widths=(0.16, 0.30, 0.22, 0.16, 0.16),
            right=(False, False, False, True, True),
            rows=tuple(rows),
            bold_rows=frozenset(bold),
        ),
        after=(),
        recipient=customer,
        page_label=t["page"],
        language=language,
    )


def reminder_report(
    items: list[Reminder], customer: PartySnapshot, as_of: date, pay_by: date
) -> Report:
    """One letter for one customer: every invoice reminded of, with fee and interest."""
    language, t = labels_for(customer.language)
    fmt = Formatter(language)
    rows = []
    totals: dict[str, Decimal] = {}
    for item in items:
        due = item.total_due
        totals[item.currency] = totals.get(item.currency, Decimal(0)) + due
        rows.append(
            (
                item.invoice,
                fmt.day(item.due_date),
                str(item.days_overdue),
                fmt.amount(item.amount_due),
                fmt.amount(item.fee),
                fmt.amount(item.interest),
                fmt.money(due, item.currency),
            )
        )
    amount = " + ".join(fmt.money(v, k) for k, v in sorted(totals.items()))
    level = max(items, key=lambda i: i.level)
    return Report(
        title=DEFAULT_LEVEL_TITLES.get(level.title, {}).get(language)
        or level.title
        or t["reminder"],
        info=((t["customer"], customer.name), (t["date"], fmt.day(as_of))),
        before=(t["reminder_intro"],),
        table=Table(
            headers=(
                t["number"],
                t["due_date"],
                t["days_overdue"],
                t["amount"],
                t["fee"],
                t["interest"],
                t["total_due"],
            ),
            widths=(0.18, 0.14, 0.12, 0.14, 0.12, 0.12, 0.18),
            right=(False, False, True, True, True, True, True),
            rows=tuple(rows),
        ),
        after=(t["reminder_request"].format(amount=amount, date=fmt.day(pay_by)),),
        recipient=customer,
        page_label=t["page"],
        language=language,
    )


def aging_report(data: AgingReport) -> Report:
    """The aging list (internal: English, landscape, amounts in each customer's currency)."""
    _, t = labels_for("en")
    fmt = Formatter("en")
    buckets = list(data.buckets)
    rows = [
        (
            c.name or str(c.customer_id),
            c.currency,
            *(fmt.amount(amount) for amount in c.amounts),
            fmt.amount(c.total),
            fmt.amount(c.credit),
            fmt.amount(c.balance),
        )
        for c in data.customers
    ]
    rows.append(
        (
            t["total_accounting"].format(currency=data.currency),
            data.currency,
            *(fmt.amount(amount) for amount in data.totals),
            fmt.amount(data.total),
            "",
            "",
        )
    )
    share = 0.50 / (len(buckets) + 3)
    return Report(
        title=t["aging"],
        info=(("", t["as_of"].format(date=fmt.day(data.as_of))),),
        before=(),
        table=Table(
            headers=(t["customer"], "", *buckets, "Total", "Credit", t["balance"]),
            widths=(0.42, 0.08, *([share] * (len(buckets) + 3))),
            right=(False, False, *([True] * (len(buckets) + 3))),
            rows=tuple(rows),
            bold_rows=frozenset({len(rows) - 1}),
        ),
        after=(),
        recipient=None,
        page_label=t["page"],
    )
