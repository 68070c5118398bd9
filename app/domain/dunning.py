"""Reminder levels and which reminders are due on a date (the letter itself is a document)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.domain.money import round_money
from app.domain.receivables import PaymentStatus, Position


@dataclass(frozen=True)
class Level:
    number: int
    days: int  # days past the due date
    title: str
    fee: Decimal = Decimal(0)
    interest_percent: Decimal | None = None  # per year, on the amount due


DEFAULT_LEVELS = (
    Level(1, 7, "Friendly reminder"),
    Level(2, 21, "Second reminder", Decimal("5.00")),
    Level(3, 35, "Final notice", Decimal("10.00"), Decimal("8")),
)


@dataclass(frozen=True)
class ReminderDue:
    position: Position
    level: Level
    days_overdue: int
    fee: Decimal
    interest: Decimal


def reminders_due(
    positions: Iterable[Position],
    as_of: date,
    levels: tuple[Level, ...],
    last_sent: dict[int, tuple[int, date]],
    disputed: set[int],
) -> list[ReminderDue]:
    """The next reminder of every overdue document (levels go one step at a time).

    ``last_sent`` holds, per document, the last level sent and its date. The next level is due
    once its day past the due date has come and, after a reminder, once as many days have
    passed as the levels lie apart (7, 21, 35 days: two weeks between letters), so a customer
    never gets two reminders on one day. Disputed documents and fully credited ones never get
    a reminder.
    """
    due: list[ReminderDue] = []
    by_number = {lv.number: lv for lv in levels}
    for position in positions:
        doc = position.document
        if doc.id in disputed or not position.overdue(as_of):
            continue
        if position.status() is PaymentStatus.CREDITED:
            continue
        days = (as_of - doc.due_date).days
        last_level, last_day = last_sent.get(doc.id, (0, None))
        pending = [lv for lv in levels if lv.number > last_level and lv.days <= days]
        if not pending:
            continue
        level = min(pending, key=lambda lv: lv.number)
        previous = by_number.get(last_level)
        gap = max(level.days - previous.days, 1) if previous is not None else 1
        if last_day is not None and (as_of - last_day).days < gap:
            continue
        interest = round_money(Decimal(0), doc.currency)
        if level.interest_percent:
            interest = round_money(
                position.due * level.interest_percent / 100 * Decimal(days) / 365, doc.currency
            )
        due.append(
            ReminderDue(position, level, days, round_money(level.fee, doc.currency), interest)
        )
    return sorted(
        due, key=lambda r: (r.position.document.customer_id, r.position.document.due_date)
    )
