"""What a period's accountant's bundle is made of: the documents issued in it, the ledger
entries dated in it, who the customers are. Plain data; the exporters in sync/ turn it into
files."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.documents import IssuedDocument, PartySnapshot
from app.domain.receivables import Entry
from app.services.errors import InvalidInput
from app.services.ports import Context


@dataclass(frozen=True)
class PeriodData:
    start: date
    end: date
    company: PartySnapshot
    accounting_currency: str
    documents: tuple[IssuedDocument, ...]  # issued with an issue date in the period
    entries: tuple[Entry, ...]  # payments, refunds, reversals, ... dated in the period
    all_entries: dict[int, Entry]  # every entry by id (a reversal names the one it undoes)
    numbers: dict[int, str]  # document id -> number, for entries that name a document
    customers: dict[int, str]  # customer id -> name


def period_data(ctx: Context, start: date, end: date) -> PeriodData:
    if end < start:
        raise InvalidInput("--to", f"{end.isoformat()} is before {start.isoformat()}")
    with ctx.uow() as uow:
        profile = uow.company.profile()
        documents = tuple(uow.documents.issued_in(start, end))
        entries = uow.ledger.entries()
        numbers = {r.id: r.number for r in uow.ledger.receivables(profile.accounting_currency)}
        customers = {c.id: c.name for c in uow.customers.list() if c.id is not None}
    return PeriodData(
        start=start,
        end=end,
        company=profile.seller,
        accounting_currency=profile.accounting_currency,
        documents=documents,
        entries=tuple(e for e in entries if start <= e.date <= end),
        all_entries={e.id: e for e in entries},
        numbers=numbers,
        customers=customers,
    )
