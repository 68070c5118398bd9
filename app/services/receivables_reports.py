"""What is owed, as of any date: positions, aging, statements, reminders due."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from app.domain.aging import AgingRow, aging
from app.domain.dunning import Level, reminders_due
from app.domain.money import round_money
from app.domain.receivables import (
    Entry,
    EntryKind,
    Receivable,
    balances,
    positions,
    unapplied_payments,
)
from app.services.audit_log import record
from app.services.changes import Changes, Done, Kind
from app.services.clock import now_iso
from app.services.errors import InvalidInput
from app.services.payments import append_entry
from app.services.ports import Context, UnitOfWork

REMINDER_CHANGES = Changes.of(Kind.RECEIVABLES, Kind.DOCUMENTS, Kind.AUDIT)

ZERO = Decimal(0)


def _ledger(
    uow: UnitOfWork, customer_id: int | None = None
) -> tuple[list[Receivable], list[Entry]]:
    accounting = uow.company.profile().accounting_currency
    return uow.ledger.receivables(accounting, customer_id), uow.ledger.entries(customer_id)


def payment_info(
    uow: UnitOfWork, document_id: int, customer_id: int, as_of: date
) -> dict[str, Any]:
    """amount_due, payment_status, overdue and disputed of one issued document."""
    docs, entries = _ledger(uow, customer_id)
    position = positions(docs, entries).get(document_id)
    _, disputed = uow.ledger.flags()
    if position is None:  # a credit note: it is owed nothing itself
        return {"amount_due": None, "payment_status": None, "overdue": False, "disputed": False}
    return {
        "amount_due": str(position.due),
        "payment_status": position.status().value,
        "overdue": position.overdue(as_of),
        "disputed": document_id in disputed,
        "paid": str(position.paid),
        "credited": str(position.credited),
        "discount": str(position.discount),
        "written_off": str(position.written_off),
        "fees": str(position.fees),
    }


def aging_report(ctx: Context, as_of: date, bounds: tuple[int, ...]) -> dict[str, Any]:
    """Historically correct: documents issued and entries dated after ``as_of`` do not count."""
    with ctx.uow() as uow:
        accounting = uow.company.profile().accounting_currency
        items = uow.ledger.open_items(as_of, accounting)
        pool = uow.ledger.unapplied(as_of)
        names = {c.id: c.name for c in uow.customers.list()}
    report = aging(items, as_of, bounds, accounting)
    credit: dict[tuple[int, str], Decimal] = defaultdict(lambda: ZERO, pool)
    for doc, due in items:
        if due < 0:
            credit[(doc.customer_id, doc.currency)] -= due
    rows = {(r.customer_id, r.currency): r for r in report.rows}
    for key, amount in credit.items():  # customers with nothing due but a credit
        if key not in rows and amount != 0:
            rows[key] = AgingRow(key[0], key[1], dict.fromkeys(report.labels, ZERO))
    customers = []
    for _, row in sorted(rows.items()):
        item: dict[str, Any] = {
            "customer": row.customer_id,
            "name": names.get(row.customer_id),
            "currency": row.currency,
        }
        cur = row.currency
        item.update({label: _fmt(row.amounts[label], cur) for label in report.labels})
        owed_back = credit.get((row.customer_id, row.currency), ZERO)
        item["total"] = _fmt(row.total, cur)
        item["credit"] = _fmt(owed_back, cur)
        item["balance"] = _fmt(row.total - owed_back, cur)
        item["total_accounting"] = _fmt(row.total_accounting, accounting)
        item["documents"] = row.documents
        customers.append(item)
    total = {label: _fmt(report.totals[label], accounting) for label in report.labels}
    total["total"] = _fmt(report.total, accounting)
    return {
        "as_of": as_of.isoformat(),
        "buckets": report.labels,
        "currency": accounting,
        "customers": customers,
        "total": total,
        "by_currency": {
            cur: {
                **{k: _fmt(v, cur) for k, v in amounts.items()},
                "total": _fmt(sum(amounts.values(), ZERO), cur),
            }
            for cur, amounts in sorted(report.by_currency.items())
        },
    }


def _fmt(amount: Decimal, currency: str) -> str:
    return str(round_money(amount, currency))


def aging_csv(report: dict[str, Any]) -> str:
    """One row per customer and currency, then the total (cells never start with = + - @)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    labels = report["buckets"]
    writer.writerow(
        ["customer_id", "customer", "currency", *labels, "total", "total_" + report["currency"]]
    )
    for row in report["customers"]:
        name = row["name"] or ""
        if name[:1] in ("=", "+", "-", "@"):
            name = "'" + name
        writer.writerow(
            [
                row["customer"],
                name,
                row["currency"],
                *(row[label] for label in labels),
                row["total"],
                row["total_accounting"],
            ]
        )
    writer.writerow(
        [
            "",
            "total",
            report["currency"],
            *(report["total"][label] for label in labels),
            report["total"]["total"],
            report["total"]["total"],
        ]
    )
    return out.getvalue()


def _effects(entry: Entry, by_id: dict[int, Entry]) -> list[tuple[str, Decimal]]:
    """How an entry moves the customer's balance, per currency."""
    kind = entry.kind
    if kind is EntryKind.PAYMENT:
        return [(entry.currency, -entry.amount)]
    if kind is EntryKind.ALLOCATION and entry.payment_amount is not None:
        payment = by_id[entry.payment_id or 0]
        return [(entry.currency, -entry.amount), (payment.currency, entry.payment_amount)]
    if kind in (EntryKind.REFUND, EntryKind.FEE, EntryKind.INTEREST):
        return [(entry.currency, entry.amount)]
    if kind in (EntryKind.DISCOUNT, EntryKind.WRITEOFF):
        return [(entry.currency, -entry.amount)]
    if kind is EntryKind.REVERSAL:
        original = by_id[entry.reverses_id or 0]
        undone = [original] + [
            e
            for e in by_id.values()
            if e.payment_id == original.id
            and e.kind is not EntryKind.REVERSAL
            and e.date <= entry.date
        ]
        return [(cur, -amount) for e in undone for cur, amount in _effects(e, by_id)]
    return []


def statement(ctx: Context, customer_id: int, start: date, end: date) -> dict[str, Any]:
    """Opening balance, every document and money movement of the period, closing balance."""
    if end < start:
        raise InvalidInput.of("period.ends_before_start", "end")
    with ctx.uow() as uow:
        customer = uow.customers.get(customer_id)
        docs, entries = _ledger(uow, customer_id)
    numbers = {d.id: d.number for d in docs}
    by_id = {e.id: e for e in entries}
    opening = _balances(docs, entries, start - timedelta(days=1))
    lines: list[dict[str, Any]] = []
    for doc in docs:
        if start <= doc.issue_date <= end:
            sign = -1 if doc.type == "credit_note" else 1
            amount = doc.total if doc.type == "credit_note" else doc.payable
            lines.append(
                {
                    "date": doc.issue_date.isoformat(),
                    "kind": doc.type,
                    "number": doc.number,
                    "currency": doc.currency,
                    "amount": str(sign * amount),
                    "order": (0, doc.id),
                }
            )
    for entry in entries:
        if start <= entry.date <= end:
            for currency, amount in _effects(entry, by_id):
                lines.append(
                    {
                        "date": entry.date.isoformat(),
                        "kind": entry.kind.value,
                        "number": numbers.get(entry.document_id or entry.source_document_id or 0),
                        "reference": entry.reference,
                        "entry": entry.id,
                        "currency": currency,
                        "amount": str(amount),
                        "order": (1, entry.id),
                    }
                )
    lines.sort(key=lambda line: (line["date"], line.pop("order")))
    closing = _balances(docs, entries, end)
    currencies = sorted(set(opening) | set(closing) | {line["currency"] for line in lines})
    sections = []
    for currency in currencies:
        mine = [line for line in lines if line["currency"] == currency]
        running = opening.get(currency, ZERO)
        for line in mine:
            running += Decimal(line["amount"])
            line["amount"] = _fmt(Decimal(line["amount"]), currency)
            line["balance"] = _fmt(running, currency)
        sections.append(
            {
                "currency": currency,
                "opening_balance": _fmt(opening.get(currency, ZERO), currency),
                "lines": mine,
                "closing_balance": _fmt(closing.get(currency, ZERO), currency),
            }
        )
    return {
        "customer": customer_id,
        "name": customer.name,
        "from": start.isoformat(),
        "to": end.isoformat(),
        "currencies": sections,
    }


def _balances(docs: list[Receivable], entries: list[Entry], as_of: date) -> dict[str, Decimal]:
    found = balances(positions(docs, entries, as_of), unapplied_payments(entries, as_of))
    totals: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for (_, currency), balance in found.items():
        totals[currency] += balance.balance
    return dict(totals)


def dunning_levels(uow: UnitOfWork) -> tuple[Level, ...]:
    """The company's reminder levels (the defaults until it sets its own)."""
    return uow.company.profile().settings.reminder_levels


def _due(uow: UnitOfWork, as_of: date) -> list[Any]:
    docs, entries = _ledger(uow)
    _, disputed = uow.ledger.flags(as_of)
    return reminders_due(
        positions(docs, entries, as_of).values(),
        as_of,
        dunning_levels(uow),
        uow.ledger.reminders_sent(as_of),
        set(disputed),
    )


def _reminder_dict(item: Any) -> dict[str, Any]:
    doc = item.position.document
    return {
        "invoice": doc.number,
        "document": doc.id,
        "customer": doc.customer_id,
        "currency": doc.currency,
        "amount_due": str(item.position.due),
        "due_date": doc.due_date.isoformat(),
        "days_overdue": item.days_overdue,
        "level": item.level.number,
        "title": item.level.title,
        "fee": str(item.fee),
        "interest": str(item.interest),
    }


def list_reminders_due(ctx: Context, as_of: date) -> list[dict[str, Any]]:
    with ctx.uow() as uow:
        return [_reminder_dict(item) for item in _due(uow, as_of)]


def issue_reminders(
    ctx: Context, as_of: date, numbers: tuple[str, ...] = ()
) -> Done[list[dict[str, Any]]]:
    """Record the reminders due (all, or those of ``numbers``) and charge their fees."""
    issued = []
    with ctx.uow() as uow:
        for item in _due(uow, as_of):
            doc: Receivable = item.position.document
            if numbers and doc.number not in numbers:
                continue
            uow.ledger.add_flag(
                doc.id,
                "reminder",
                day=as_of,
                level=item.level.number,
                note=item.level.title,
                now=now_iso(ctx),
            )
            record(
                uow,
                ctx,
                "document.reminder",
                entity_type="document",
                entity_id=doc.id,
                payload=_reminder_dict(item),
            )
            for kind, amount in ((EntryKind.FEE, item.fee), (EntryKind.INTEREST, item.interest)):
                if amount > 0:
                    append_entry(
                        uow,
                        ctx,
                        Entry(
                            id=0,
                            kind=kind,
                            date=as_of,
                            customer_id=doc.customer_id,
                            currency=doc.currency,
                            amount=amount,
                            document_id=doc.id,
                            level=item.level.number,
                            note=item.level.title,
                        ),
                    )
            issued.append(_reminder_dict(item))
        uow.commit()
    return Done(issued, REMINDER_CHANGES)
