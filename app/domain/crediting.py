"""Credit notes and debit notes against an issued invoice, and the limit on what is credited."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from app.domain.documents import DocumentType, Draft, IssuedDocument, Totals
from app.domain.errors import Problem, problem

ZERO = Decimal(0)


def full_credit_draft(invoice: IssuedDocument) -> Draft:
    """A credit note that cancels ``invoice`` completely: same lines, same amounts."""
    source = invoice.draft
    lines = tuple(
        replace(line, corrects_line=position) for position, line in enumerate(source.lines, 1)
    )
    return replace(
        source,
        type=DocumentType.CREDIT_NOTE,
        lines=lines,
        issue_date=None,
        due_date=None,
        prepaid=ZERO,
        corrects=invoice.id,
        series=None,
        note=f"Credit note for invoice {invoice.number}",
    )


def credit_limit_problems(
    invoice: IssuedDocument,
    debit_notes: list[IssuedDocument],
    earlier_credits: list[IssuedDocument],
    new_credit: Draft,
    new_totals: Totals,
) -> list[Problem]:
    """The sum credited may never exceed what was invoiced (invoice plus its debit notes)."""
    problems: list[Problem] = []
    if new_credit.currency != invoice.draft.currency:
        problems.append(
            problem(
                "credit.currency",
                "currency",
                number=invoice.number,
                currency=invoice.draft.currency,
            )
        )
        return problems
    invoiced = invoice.totals.tax_inclusive + sum(
        (d.totals.tax_inclusive for d in debit_notes), ZERO
    )
    credited = sum((c.totals.tax_inclusive for c in earlier_credits), ZERO)
    if credited + new_totals.tax_inclusive > invoiced:
        left = invoiced - credited
        problems.append(
            problem(
                "credit.exceeds",
                "lines",
                amount=new_totals.tax_inclusive,
                currency=new_totals.currency,
                number=invoice.number,
                left=left,
            )
        )
    if new_totals.tax_inclusive <= 0:
        problems.append(problem("credit.not_positive", "lines"))
    for index, line in enumerate(new_credit.lines):
        position = line.corrects_line
        if position is None:
            continue
        if not 1 <= position <= len(invoice.draft.lines):
            problems.append(
                problem(
                    "credit.no_such_line",
                    f"lines[{index}].corrects_line",
                    number=invoice.number,
                    position=position,
                )
            )
            continue
        invoiced_qty = invoice.draft.lines[position - 1].quantity
        earlier = sum(
            (
                earlier_line.quantity
                for credit in earlier_credits
                for earlier_line in credit.draft.lines
                if earlier_line.corrects_line == position
            ),
            ZERO,
        )
        if earlier + line.quantity > invoiced_qty:
            problems.append(
                problem(
                    "credit.quantity",
                    f"lines[{index}].quantity",
                    credited=earlier + line.quantity,
                    position=position,
                    invoiced=invoiced_qty,
                )
            )
    return problems
