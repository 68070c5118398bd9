"""What is owed, as of any date: positions, aging, statements, reminders due."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from app.domain.aging import AgingRow, aging
from app.domain.documents import DocumentType
from app.domain.dunning import Level, ReminderDue, reminders_due
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
from app.services.ports import Context, UnitOfWork
from app.services.receivables.payments import append_entry
from app.services.receivables.receivables_results import (
    AgingLine,
    AgingReport,
    CurrencyAging,
    DocumentMoney,
    Reminder,
    Statement,
    StatementLine,
    StatementSection,
)

REMINDER_CHANGES = Changes.of(Kind.RECEIVABLES, Kind.DOCUMENTS, Kind.AUDIT)

ZERO = Decimal(0)


def _ledger(
    uow: UnitOfWork, customer_id: int | None = None
) -> tuple[list[Receivable], list[Entry]]:
    accounting = uow.company.profile().accounting_currency
    return uow.ledger.receivables(accounting, customer_id), uow.ledger.entries(customer_id)


def payment_info(uow: UnitOfWork, document_id: int, customer_id: int, as_of: date) -> DocumentMoney:
    """amount_due, payment_status, overdue and disputed of one issued document."""
    docs, entries = _ledger(uow, customer_id)
    position = positions(docs, entries).get(document_id)
    _, disputed = uow.ledger.flags()
    if position is None:  # a credit note: it is owed nothing itself
        return DocumentMoney(None, None, overdue=False, disputed=False)
    return DocumentMoney(
        amount_due=position.due,
        payment_status=position.status(),
        overdue=position.overdue(as_of),
        disputed=document_id in disputed,
        paid=position.paid,
        credited=position.credited,
        discount=position.discount,
        written_off=position.written_off,
        fees=position.fees,
    )


def aging_report(ctx: Context, as_of: date, bounds: tuple[int, ...]) -> AgingReport:
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
    labels = tuple(report.labels)
    customers = tuple(
        _aging_line(row, names.get(row.customer_id), credit, labels, accounting)
        for _, row in sorted(rows.items())
    )
    return AgingReport(
        as_of=as_of,
        buckets=labels,
        currency=accounting,
        customers=customers,
        totals=tuple(round_money(report.totals[label], accounting) for label in labels),
        total=round_money(report.total, accounting),
        by_currency=tuple(
            CurrencyAging(
                currency=cur,
                amounts=tuple(round_money(amounts[label], cur) for label in labels),
                total=round_money(sum(amounts.values(), ZERO), cur),
            )
            for cur, amounts in sorted(report.by_currency.items())
        ),
    )


def _aging_line(
    row: AgingRow,
    name: str | None,
    credit: dict[tuple[int, str], Decimal],
    labels: tuple[str, ...],
    accounting: str,
) -> AgingLine:
    cur = row.currency
    owed_back = credit.get((row.customer_id, row.currency), ZERO)
    return AgingLine(
        customer_id=row.customer_id,
        name=name,
        currency=cur,
        amounts=tuple(round_money(row.amounts[label], cur) for label in labels),
        total=round_money(row.total, cur),
        credit=round_money(owed_back, cur),
        balance=round_money(row.total - owed_back, cur),
        total_accounting=round_money(row.total_accounting, accounting),
        documents=tuple((label, tuple(numbers)) for label, numbers in row.documents.items()),
    )


def _csv_name(name: str | None) -> str:
    """A customer's name as a CSV cell that no spreadsheet reads as a formula."""
    text = name or ""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def aging_csv(report: AgingReport) -> str:
    """One row per customer and currency, then the total (cells never start with = + - @)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    labels = report.buckets
    writer.writerow(
        ["customer_id", "customer", "currency", *labels, "total", "total_" + report.currency]
    )
    for row in report.customers:
        writer.writerow(
            [
                row.customer_id,
                _csv_name(row.name),
                row.currency,
                *row.amounts,
                row.total,
                row.total_accounting,
            ]
        )
    writer.writerow(["", "total", report.currency, *report.totals, report.total, report.total])
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


def statement(ctx: Context, customer_id: int, start: date, end: date) -> Statement:
    """Opening balance, every document and money movement of the period, closing balance."""
    if end < start:
        raise InvalidInput.of("period.ends_before_start", "end")
    with ctx.uow() as uow:
        customer = uow.customers.get(customer_id)
        docs, entries = _ledger(uow, customer_id)
    lines = sorted(_movements(docs, entries, start, end), key=lambda m: (m[0].day, m[1]))
    opening = _balances(docs, entries, start - timedelta(days=1))
    closing = _balances(docs, entries, end)
    currencies = sorted(set(opening) | set(closing) | {line.currency for line, _ in lines})
    sections = []
    for currency in currencies:
        running = opening.get(currency, ZERO)
        mine = []
        for line, _ in lines:
            if line.currency == currency:
                running += line.amount
                mine.append(
                    replace(
                        line,
                        amount=round_money(line.amount, currency),
                        balance=round_money(running, currency),
                    )
                )
        sections.append(
            StatementSection(
                currency=currency,
                opening_balance=round_money(opening.get(currency, ZERO), currency),
                lines=tuple(mine),
                closing_balance=round_money(closing.get(currency, ZERO), currency),
            )
        )
    return Statement(customer_id, customer.name, start, end, tuple(sections))


def _movements(
    docs: list[Receivable], entries: list[Entry], start: date, end: date
) -> list[tuple[StatementLine, tuple[int, int]]]:
    """The period's documents and entries as unrounded lines, with their order within a day
    (documents first, then entries, each by id); the balance is filled in later."""
    numbers = {d.id: d.number for d in docs}
    by_id = {e.id: e for e in entries}
    found: list[tuple[StatementLine, tuple[int, int]]] = []
    for doc in docs:
        if start <= doc.issue_date <= end:
            credit = doc.type == DocumentType.CREDIT_NOTE
            amount = -1 * doc.total if credit else doc.payable  # -1 *: as the JSON had it
            line = StatementLine(
                doc.issue_date, DocumentType(doc.type), doc.number, doc.currency, amount, ZERO
            )
            found.append((line, (0, doc.id)))
    for entry in entries:
        if start <= entry.date <= end:
            number = numbers.get(entry.document_id or entry.source_document_id or 0)
            for currency, amount in _effects(entry, by_id):
                line = StatementLine(
                    entry.date,
                    entry.kind,
                    number,
                    currency,
                    amount,
                    ZERO,
                    entry.id,
                    entry.reference,
                )
                found.append((line, (1, entry.id)))
    return found


def _balances(docs: list[Receivable], entries: list[Entry], as_of: date) -> dict[str, Decimal]:
    found = balances(positions(docs, entries, as_of), unapplied_payments(entries, as_of))
    totals: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for (_, currency), balance in found.items():
        totals[currency] += balance.balance
    return dict(totals)


def dunning_levels(uow: UnitOfWork) -> tuple[Level, ...]:
    """The company's reminder levels (the defaults until it sets its own)."""
    return uow.company.profile().settings.reminder_levels


def _due(uow: UnitOfWork, as_of: date) -> list[ReminderDue]:
    docs, entries = _ledger(uow)
    _, disputed = uow.ledger.flags(as_of)
    return reminders_due(
        positions(docs, entries, as_of).values(),
        as_of,
        dunning_levels(uow),
        uow.ledger.reminders_sent(as_of),
        set(disputed),
    )


def _reminder(item: ReminderDue) -> Reminder:
    doc = item.position.document
    return Reminder(
        invoice=doc.number,
        document_id=doc.id,
        customer_id=doc.customer_id,
        currency=doc.currency,
        amount_due=item.position.due,
        due_date=doc.due_date,
        days_overdue=item.days_overdue,
        level=item.level.number,
        title=item.level.title,
        fee=item.fee,
        interest=item.interest,
    )


def _reminder_payload(item: ReminderDue) -> dict[str, Any]:
    """The audit entry's payload of an issued reminder (hashed into the chain: never change)."""
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


def list_reminders_due(ctx: Context, as_of: date) -> list[Reminder]:
    """The next reminder of every overdue document on ``as_of`` (nothing is recorded)."""
    with ctx.uow() as uow:
        return [_reminder(item) for item in _due(uow, as_of)]


def issue_reminders(
    ctx: Context, as_of: date, numbers: tuple[str, ...] = ()
) -> Done[list[Reminder]]:
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
                payload=_reminder_payload(item),
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
            issued.append(_reminder(item))
        uow.commit()
    return Done(issued, REMINDER_CHANGES)
