"""What a period's accountant's bundle is made of: the documents issued in it, the ledger
entries dated in it, who the customers are. Plain data; the exporters in sync/ turn it into
files."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from app.domain.documents import IssuedDocument, PartySnapshot
from app.domain.receivables import Entry
from app.services.errors import InvalidInput
from app.services.ports import Context, UnitOfWork


@dataclass(frozen=True)
class PeriodData:
    start: date
    end: date
    company: PartySnapshot
    accounting_currency: str
    documents: tuple[IssuedDocument, ...]  # issued with an issue date in the period
    entries: tuple[Entry, ...]  # payments, refunds, reversals, ... dated in the period
    all_entries: dict[int, Entry]  # those and the earlier entries they reverse, by id
    numbers: dict[int, str]  # document id -> number, for the entries that name a document
    customers: dict[int, str]  # customer id -> name


def period_data(ctx: Context, start: date, end: date) -> PeriodData:
    """The period's documents and ledger entries (one read transaction)."""
    with ctx.uow() as uow:
        return period_data_in(uow, start, end)


def period_data_in(uow: UnitOfWork, start: date, end: date) -> PeriodData:
    if end < start:
        raise InvalidInput.of(
            "period.end_before", "end", end=end.isoformat(), start=start.isoformat()
        )
    profile = uow.company.profile()
    documents = tuple(uow.documents.issued_in(start, end))
    entries = uow.ledger.entries_between(start, end)
    by_id = {e.id: e for e in entries}
    reversed_ = {e.reverses_id for e in entries if e.reverses_id and e.reverses_id not in by_id}
    by_id.update({e.id: e for e in uow.ledger.entries_by_id(reversed_)})
    named = {d for e in by_id.values() for d in (e.document_id, e.source_document_id) if d}
    customers = {c.id: c.name for c in uow.customers.list() if c.id is not None}
    return PeriodData(
        start=start,
        end=end,
        company=profile.seller,
        accounting_currency=profile.accounting_currency,
        documents=documents,
        entries=tuple(entries),
        all_entries=by_id,
        numbers=uow.ledger.numbers(named),
        customers=customers,
    )


def parse_period(text: str) -> tuple[date, date]:
    """``2026-11`` (a month), ``2026-Q4`` (a quarter) or ``2026`` (a year)."""
    value = text.strip().upper()
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})", value):
        year, month = int(match[1]), int(match[2])
        if 1 <= month <= 12:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    elif match := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        year, quarter = int(match[1]), int(match[2])
        last = quarter * 3
        return date(year, last - 2, 1), date(year, last, calendar.monthrange(year, last)[1])
    elif re.fullmatch(r"\d{4}", value):
        return date(int(value), 1, 1), date(int(value), 12, 31)
    raise InvalidInput.of("period.invalid", "period", value=text)
