"""The JSON shapes of payments, refunds, write-offs, aging, statements and reminders (docs/cli.md
is their contract): typed results in, plain JSON values out (text decimals, ISO dates)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the parser imports this module; the services load with the command
    from app.domain.receivables import Entry
    from app.services.receivables.receivables_results import (
        AgingLine,
        AgingReport,
        Applied,
        CreditMove,
        DocumentMoney,
        PaymentPlan,
        PaymentRow,
        Reminder,
        Statement,
        StatementLine,
    )
    from app.services.receivables.reminder_mail import LetterSent


def _text(amount: Decimal | None) -> str | None:
    return None if amount is None else str(amount)


def ledger_entry(entry: Entry) -> dict[str, Any]:
    """A ledger entry (``payment reverse``, ``refund``, ``writeoff``, rows of ``payment list``)."""
    return {
        "id": entry.id,
        "kind": entry.kind.value,
        "date": entry.date.isoformat(),
        "customer": entry.customer_id,
        "currency": entry.currency,
        "amount": str(entry.amount),
        "document": entry.document_id,
        "source_document": entry.source_document_id,
        "payment": entry.payment_id,
        "reverses": entry.reverses_id,
        "payment_amount": _text(entry.payment_amount),
        "exchange_rate": _text(entry.exchange_rate),
        "method": entry.method,
        "reference": entry.reference,
        "note": entry.note,
        "level": entry.level,
    }


def _applied(items: tuple[Applied, ...]) -> list[dict[str, Any]]:
    return [{"invoice": a.invoice, "amount": str(a.amount)} for a in items]


def payment_plan(plan: PaymentPlan) -> dict[str, Any]:
    """``payment record``: the payment's entry and where its money went."""
    return {
        "payment": plan.payment,
        "customer": plan.customer_id,
        "currency": plan.currency,
        "amount": str(plan.amount),
        "allocations": _applied(plan.allocations),
        "discounts": _applied(plan.discounts),
        "write_offs": _applied(plan.write_offs),
        "unapplied": str(plan.unapplied),
    }


def payment_row(row: PaymentRow) -> dict[str, Any]:
    """A row of ``payment list``: the payment's entry, what is left, its allocations."""
    return {
        **ledger_entry(row.entry),
        "reversed": row.reversed,
        "unapplied": str(row.unapplied),
        "allocations": [
            {
                "entry": a.entry,
                "invoice": a.invoice,
                "amount": str(a.amount),
                "reversed": a.reversed,
            }
            for a in row.allocations
        ],
    }


def credit_move(move: CreditMove) -> dict[str, Any]:
    """An item of ``payment apply``: from a payment or from an overpaid document."""
    if move.from_payment is not None:
        return {"from_payment": move.from_payment, "amount": str(move.amount)}
    return {"from_document": move.from_document, "amount": str(move.amount)}


def _aging_line(line: AgingLine, buckets: tuple[str, ...]) -> dict[str, Any]:
    return {
        "customer": line.customer_id,
        "name": line.name,
        "currency": line.currency,
        **{label: str(amount) for label, amount in zip(buckets, line.amounts, strict=True)},
        "total": str(line.total),
        "credit": str(line.credit),
        "balance": str(line.balance),
        "total_accounting": str(line.total_accounting),
        "documents": {label: list(numbers) for label, numbers in line.documents},
    }


def aging(report: AgingReport) -> dict[str, Any]:
    """``report aging``: per customer and currency, the totals, and per document currency."""
    buckets = report.buckets
    total = {label: str(amount) for label, amount in zip(buckets, report.totals, strict=True)}
    return {
        "as_of": report.as_of.isoformat(),
        "buckets": list(buckets),
        "currency": report.currency,
        "customers": [_aging_line(line, buckets) for line in report.customers],
        "total": {**total, "total": str(report.total)},
        "by_currency": {
            cur.currency: {
                **{label: str(amount) for label, amount in zip(buckets, cur.amounts, strict=True)},
                "total": str(cur.total),
            }
            for cur in report.by_currency
        },
    }


def _statement_line(line: StatementLine) -> dict[str, Any]:
    shape: dict[str, Any] = {
        "date": line.day.isoformat(),
        "kind": line.kind.value,
        "number": line.number,
        "currency": line.currency,
        "amount": str(line.amount),
        "balance": str(line.balance),
    }
    if line.entry is not None:  # a money movement: documents carry neither key
        shape["reference"] = line.reference
        shape["entry"] = line.entry
    return shape


def statement(found: Statement) -> dict[str, Any]:
    """``statement``: opening balance, lines with running balance, closing balance."""
    return {
        "customer": found.customer_id,
        "name": found.name,
        "from": found.start.isoformat(),
        "to": found.end.isoformat(),
        "currencies": [
            {
                "currency": section.currency,
                "opening_balance": str(section.opening_balance),
                "lines": [_statement_line(line) for line in section.lines],
                "closing_balance": str(section.closing_balance),
            }
            for section in found.currencies
        ],
    }


def reminder(item: Reminder) -> dict[str, Any]:
    """A reminder of ``reminders due`` and ``reminders issue``."""
    return {
        "invoice": item.invoice,
        "document": item.document_id,
        "customer": item.customer_id,
        "currency": item.currency,
        "amount_due": str(item.amount_due),
        "due_date": item.due_date.isoformat(),
        "days_overdue": item.days_overdue,
        "level": item.level,
        "title": item.title,
        "fee": str(item.fee),
        "interest": str(item.interest),
    }


def document_money(money: DocumentMoney) -> dict[str, Any]:
    """The receivable keys of ``invoice show`` (a credit note has only the first four)."""
    shape: dict[str, Any] = {
        "amount_due": _text(money.amount_due),
        "payment_status": None if money.payment_status is None else money.payment_status.value,
        "overdue": money.overdue,
        "disputed": money.disputed,
    }
    if money.amount_due is not None:
        shape |= {
            "paid": _text(money.paid),
            "credited": _text(money.credited),
            "discount": _text(money.discount),
            "written_off": _text(money.written_off),
            "fees": _text(money.fees),
        }
    return shape


def letter_sent(result: LetterSent) -> dict[str, Any]:
    """``reminders issue --email``: one customer's letter by email."""
    shaped: dict[str, Any] = {
        "customer": result.customer,
        "name": result.name,
        "invoices": list(result.invoices),
        "letter": result.letter,
        "status": result.status.value,
    }
    if result.message_id is not None:
        shaped.update(message_id=result.message_id, to=list(result.to))
    else:
        shaped["error"] = result.error
    return shaped
