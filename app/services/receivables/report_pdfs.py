"""Statements, reminder letters and the aging report as PDF (rendered by the adapter)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.documents import PartySnapshot
from app.services.ports import Context, Renderer
from app.services.receivables.receivables_reports import aging_report, statement
from app.services.receivables.receivables_results import Reminder

REMINDER_PAY_WITHIN_DAYS = 10


def _renderer(ctx: Context) -> Renderer:
    if ctx.renderer is None:
        raise RuntimeError("no renderer is wired into this context")
    return ctx.renderer


def statement_pdf(ctx: Context, customer_id: int, start: date, end: date) -> bytes:
    """The customer's statement of account for a period, in the customer's language."""
    data = statement(ctx, customer_id, start, end)
    with ctx.uow() as uow:
        customer = uow.customers.get(customer_id).snapshot()
        profile = uow.company.profile()
    return _renderer(ctx).statement(data, customer, profile.seller, profile.settings)


def aging_pdf(ctx: Context, as_of: date, bounds: tuple[int, ...]) -> bytes:
    """The aging report as of a date (landscape)."""
    data = aging_report(ctx, as_of, bounds)
    with ctx.uow() as uow:
        profile = uow.company.profile()
    return _renderer(ctx).aging(data, profile.seller, profile.settings)


def reminder_letters(
    ctx: Context, reminders: list[Reminder], as_of: date
) -> list[tuple[str, bytes]]:
    """One letter per customer for the reminders just issued: (file name, PDF)."""
    return [
        (letter.name, letter.pdf) for letter in reminder_letters_by_customer(ctx, reminders, as_of)
    ]


@dataclass(frozen=True)
class Letter:
    customer: PartySnapshot
    customer_id: int
    name: str
    pdf: bytes
    items: list[Reminder]  # the reminders it carries
    pay_by: date


def reminder_letters_by_customer(
    ctx: Context, reminders: list[Reminder], as_of: date
) -> list[Letter]:
    """The letters of ``reminder_letters`` with whom they go to and what they carry."""
    by_customer: dict[int, list[Reminder]] = defaultdict(list)
    for item in reminders:
        by_customer[item.customer_id].append(item)
    with ctx.uow() as uow:
        profile = uow.company.profile()
        customers = {cid: uow.customers.get(cid).snapshot() for cid in by_customer}
    settings = profile.settings
    pay_by = as_of + timedelta(days=REMINDER_PAY_WITHIN_DAYS)
    letters = []
    for customer_id, items in sorted(by_customer.items()):
        pdf = _renderer(ctx).reminder(
            items, customers[customer_id], profile.seller, (as_of, pay_by), settings
        )
        numbers = "-".join(i.invoice for i in items[:3])
        name = f"reminder-{as_of.isoformat()}-{customer_id}-{numbers}.pdf"
        letters.append(Letter(customers[customer_id], customer_id, name, pdf, items, pay_by))
    return letters
