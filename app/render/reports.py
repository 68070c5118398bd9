"""The statement, reminder letter and aging list as printed reports, from the service data."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from app.domain.documents import PartySnapshot
from app.render.labels import DEFAULT_LEVEL_TITLES, labels_for
from app.render.report_pdf import Report, Table
from app.services.formatting import Formatter


def _day(fmt: Formatter, iso: str) -> str:
    return fmt.day(date.fromisoformat(iso))


def statement_report(data: dict[str, Any], customer: PartySnapshot) -> Report:
    language, t = labels_for(customer.language)
    fmt = Formatter(language)
    rows: list[tuple[str, ...]] = []
    bold: set[int] = set()
    for section in data["currencies"]:
        cur = section["currency"]
        bold.add(len(rows))
        rows.append(
            ("", f"{t['opening']} ({cur})", "", "", fmt.amount(Decimal(section["opening_balance"])))
        )
        for line in section["lines"]:
            kind = t.get(f"kind_{line['kind']}", line["kind"])
            rows.append(
                (
                    _day(fmt, line["date"]),
                    kind,
                    line.get("number") or line.get("reference") or "",
                    fmt.amount(Decimal(line["amount"])),
                    fmt.amount(Decimal(line["balance"])),
                )
            )
        bold.add(len(rows))
        rows.append(
            ("", f"{t['closing']} ({cur})", "", "", fmt.amount(Decimal(section["closing_balance"])))
        )
    period = t["period_from_to"].format(start=_day(fmt, data["from"]), end=_day(fmt, data["to"]))
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
    items: list[dict[str, Any]], customer: PartySnapshot, as_of: date, pay_by: date
) -> Report:
    """One letter for one customer: every invoice reminded of, with fee and interest."""
    language, t = labels_for(customer.language)
    fmt = Formatter(language)
    rows = []
    totals: dict[str, Decimal] = {}
    for item in items:
        due = Decimal(item["amount_due"]) + Decimal(item["fee"]) + Decimal(item["interest"])
        totals[item["currency"]] = totals.get(item["currency"], Decimal(0)) + due
        rows.append(
            (
                item["invoice"],
                _day(fmt, item["due_date"]),
                str(item["days_overdue"]),
                fmt.amount(Decimal(item["amount_due"])),
                fmt.amount(Decimal(item["fee"])),
                fmt.amount(Decimal(item["interest"])),
                fmt.money(due, item["currency"]),
            )
        )
    amount = " + ".join(fmt.money(v, k) for k, v in sorted(totals.items()))
    level = max(items, key=lambda i: i["level"])
    return Report(
        title=DEFAULT_LEVEL_TITLES.get(level["title"], {}).get(language)
        or level["title"]
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


def aging_report(data: dict[str, Any]) -> Report:
    """The aging list (internal: English, landscape, amounts in each customer's currency)."""
    _, t = labels_for("en")
    fmt = Formatter("en")
    buckets = list(data["buckets"])
    rows = [
        (
            c["name"] or str(c["customer"]),
            c["currency"],
            *(fmt.amount(Decimal(c[b])) for b in buckets),
            fmt.amount(Decimal(c["total"])),
            fmt.amount(Decimal(c["credit"])),
            fmt.amount(Decimal(c["balance"])),
        )
        for c in data["customers"]
    ]
    total = data["total"]
    rows.append(
        (
            t["total_accounting"].format(currency=data["currency"]),
            data["currency"],
            *(fmt.amount(Decimal(total[b])) for b in buckets),
            fmt.amount(Decimal(total["total"])),
            "",
            "",
        )
    )
    share = 0.50 / (len(buckets) + 3)
    return Report(
        title=t["aging"],
        info=(("", t["as_of"].format(date=_day(fmt, data["as_of"]))),),
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
