"""The money ledger and document flags (disputes, reminders sent)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import (
    Connection,
    CursorResult,
    Engine,
    bindparam,
    case,
    insert,
    literal,
    select,
    text,
)
from sqlalchemy.orm import Session

from app.domain.money import from_minor, to_minor
from app.domain.receivables import Entry, EntryKind, Receivable
from app.store.dialect_sqlite import json_value
from app.store.ledger_sql import LATEST, OPEN_ITEMS, OPEN_NOW, UNAPPLIED, UNAPPLIED_NOW
from app.store.rows import DocumentFlagRow, DocumentRow, LedgerEntryRow, plain_rows, table

LEDGER = table(LedgerEntryRow)
DOCUMENT = table(DocumentRow)
FLAG = table(DocumentFlagRow)
ENTRY_COLUMNS = [
    LEDGER.c[name]
    for name in (
        "id",
        "kind",
        "entry_date",
        "customer_id",
        "currency",
        "amount",
        "document_id",
        "source_document_id",
        "payment_id",
        "reverses_id",
        "payment_amount",
        "exchange_rate",
        "method",
        "reference",
        "note",
        "level",
    )
]
ENTRIES = select(*ENTRY_COLUMNS)
# built once: see repos_documents.GET
ENTRY = ENTRIES.where(LEDGER.c.id == bindparam("id"))
INSERT_ENTRY, INSERT_FLAG = insert(LEDGER), insert(FLAG)
# open_items / unapplied: the as-of recomputation and the kept balances (see ledger_sql)
OPEN_ITEMS_SQL, OPEN_NOW_SQL = text(OPEN_ITEMS), text(OPEN_NOW)
UNAPPLIED_SQL, UNAPPLIED_NOW_SQL, LATEST_SQL = text(UNAPPLIED), text(UNAPPLIED_NOW), text(LATEST)


def _dec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _entry(row: Sequence[Any]) -> Entry:
    return Entry(
        id=row[0],
        kind=EntryKind(row[1]),
        date=date.fromisoformat(row[2]),
        customer_id=row[3],
        currency=row[4],
        amount=Decimal(row[5]),
        document_id=row[6],
        source_document_id=row[7],
        payment_id=row[8],
        reverses_id=row[9],
        payment_amount=_dec(row[10]),
        exchange_rate=_dec(row[11]),
        method=row[12],
        reference=row[13],
        note=row[14],
        level=row[15],
    )


class SqlLedger:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, entry: Entry, now: str) -> int:
        """Append one entry (its ``id`` is ignored); returns the new id."""
        payment_amount = entry.payment_amount
        result = self.session.execute(
            INSERT_ENTRY,
            {
                "kind": entry.kind.value,
                "entry_date": entry.date.isoformat(),
                "customer_id": entry.customer_id,
                "currency": entry.currency,
                "amount": str(entry.amount),
                "amount_minor": to_minor(entry.amount, entry.currency),
                "document_id": entry.document_id,
                "source_document_id": entry.source_document_id,
                "payment_id": entry.payment_id,
                "reverses_id": entry.reverses_id,
                "payment_amount": None if payment_amount is None else str(payment_amount),
                "payment_amount_minor": None
                if payment_amount is None
                else self._payment_minor(entry.payment_id, payment_amount),
                "exchange_rate": None if entry.exchange_rate is None else str(entry.exchange_rate),
                "method": entry.method,
                "reference": entry.reference,
                "note": entry.note,
                "level": entry.level,
                "recorded_at": now,
            },
        )
        key = cast("CursorResult[Any]", result).inserted_primary_key
        if key is None:
            raise RuntimeError("the database gave no id for the new ledger entry")
        return int(key[0])

    def _payment_minor(self, payment_id: int | None, amount: Decimal) -> int:
        payment = self.get(payment_id or 0)
        if payment is None:
            raise ValueError(f"entry names payment {payment_id}, which is not in the ledger")
        return to_minor(amount, payment.currency)

    def get(self, entry_id: int) -> Entry | None:
        row = self.session.execute(ENTRY, {"id": entry_id}).first()
        return None if row is None else _entry(row)

    def entries(self, customer_id: int | None = None) -> list[Entry]:
        query = (
            ENTRIES if customer_id is None else ENTRIES.where(LEDGER.c.customer_id == customer_id)
        )
        return [_entry(row) for row in plain_rows(self.session, query.order_by(LEDGER.c.id))]

    def entries_between(self, start: date, end: date) -> list[Entry]:
        query = ENTRIES.where(
            LEDGER.c.entry_date.between(start.isoformat(), end.isoformat())
        ).order_by(LEDGER.c.id)
        return [_entry(row) for row in plain_rows(self.session, query)]

    def entries_by_id(self, ids: set[int]) -> list[Entry]:
        if not ids:
            return []
        query = ENTRIES.where(LEDGER.c.id.in_(sorted(ids))).order_by(LEDGER.c.id)
        return [_entry(row) for row in self.session.execute(query)]

    def numbers(self, document_ids: set[int]) -> dict[int, str]:
        """Document id -> number, for the issued documents among ``document_ids``."""
        found: dict[int, str] = {}
        ordered = sorted(document_ids)
        for index in range(0, len(ordered), 500):
            query = select(DOCUMENT.c.id, DOCUMENT.c.number).where(
                DOCUMENT.c.number.is_not(None), DOCUMENT.c.id.in_(ordered[index : index + 500])
            )
            found.update({row[0]: row[1] for row in self.session.execute(query)})
        return found

    def receivables(
        self, accounting_currency: str, customer_id: int | None = None
    ) -> list[Receivable]:
        """Every issued document, with what the ledger needs of it."""
        d = DOCUMENT.c
        snapshot = d.snapshot_json
        query = select(
            d.id,
            d.number,
            d.type,
            d.customer_id,
            d.currency,
            d.issue_date,
            d.due_date,
            d.tax_inclusive,
            d.payable,
            d.corrects_id,
            case(
                (d.currency == accounting_currency, literal("1")),
                else_=json_value(snapshot, "document.exchange_rate.rate"),
            ),
            json_value(snapshot, "document.early_discount.percent"),
            json_value(snapshot, "document.early_discount.days"),
        ).where(d.status == "issued")
        if customer_id is not None:
            query = query.where(d.customer_id == customer_id)
        return [
            Receivable(
                id=row[0],
                number=row[1],
                type=row[2],
                customer_id=row[3],
                currency=row[4],
                issue_date=date.fromisoformat(row[5]),
                due_date=date.fromisoformat(row[6] or row[5]),
                total=Decimal(row[7]),
                payable=Decimal(row[8]),
                corrects_id=row[9],
                rate_to_accounting=Decimal(row[10] or "1"),
                discount_percent=_dec(row[11]),
                discount_days=row[12],
            )
            for row in plain_rows(self.session, query.order_by(d.id))
        ]

    def add_flag(
        self,
        document_id: int,
        kind: str,
        *,
        day: date,
        level: int | None,
        note: str | None,
        now: str,
    ) -> None:
        self.session.execute(
            INSERT_FLAG,
            {
                "document_id": document_id,
                "kind": kind,
                "flag_date": day.isoformat(),
                "level": level,
                "note": note,
                "recorded_at": now,
            },
        )

    def flags(self, as_of: date | None = None) -> tuple[dict[int, int], dict[int, str]]:
        """Highest reminder level sent per document, and disputed documents with their note."""
        query = select(FLAG.c.document_id, FLAG.c.kind, FLAG.c.level, FLAG.c.note)
        if as_of is not None:
            query = query.where(FLAG.c.flag_date <= as_of.isoformat())
        levels: dict[int, int] = {}
        disputed: dict[int, str] = {}
        for document_id, kind, level, note in self.session.execute(query.order_by(FLAG.c.id)):
            if kind == "reminder":
                levels[document_id] = max(levels.get(document_id, 0), level or 0)
            elif kind == "dispute":
                disputed[document_id] = note or ""
            elif kind == "undispute":
                disputed.pop(document_id, None)
        return levels, disputed

    def reminders_sent(self, as_of: date) -> dict[int, tuple[int, date]]:
        """Per document: the highest reminder level sent up to ``as_of``, and when."""
        sent: dict[int, tuple[int, date]] = {}
        query = (
            select(FLAG.c.document_id, FLAG.c.level, FLAG.c.flag_date)
            .where(FLAG.c.kind == "reminder", FLAG.c.flag_date <= as_of.isoformat())
            .order_by(FLAG.c.id)
        )
        for document_id, level, day in self.session.execute(query):
            if level is not None and level >= sent.get(document_id, (0, as_of))[0]:
                sent[document_id] = (level, date.fromisoformat(day))
        return sent

    def _current(self, as_of: date) -> bool:
        """Whether nothing is dated after ``as_of``: then the kept balances are its state."""
        latest = self.session.execute(LATEST_SQL).one()
        return all(value is None or value <= as_of.isoformat() for value in latest)

    def open_items(self, as_of: date, accounting_currency: str) -> list[tuple[Receivable, Decimal]]:
        """Every issued invoice or debit note whose amount due on ``as_of`` is not zero.

        The same rules as ``app.domain.receivables.positions``, over exact integer minor units:
        from the balances the triggers keep when nothing is dated later than ``as_of`` (the
        usual case), else recomputed from the whole ledger (see bench/aging.py).
        """
        query = OPEN_NOW_SQL if self._current(as_of) else OPEN_ITEMS_SQL
        rows = plain_rows(self.session, query, {"d": as_of.isoformat(), "acc": accounting_currency})
        return [
            (
                Receivable(
                    id=row[0],
                    number=row[1],
                    type=row[2],
                    customer_id=row[3],
                    currency=row[4],
                    issue_date=date.fromisoformat(row[5]),
                    due_date=date.fromisoformat(row[6]),
                    total=from_minor(row[7], row[4]),
                    payable=from_minor(row[8], row[4]),
                    rate_to_accounting=Decimal(row[10] or "1"),
                ),
                from_minor(row[9], row[4]),
            )
            for row in rows
        ]

    def unapplied(self, as_of: date) -> dict[tuple[int, str], Decimal]:
        """Payments not yet allocated nor refunded on ``as_of``, per customer and currency."""
        query = UNAPPLIED_NOW_SQL if self._current(as_of) else UNAPPLIED_SQL
        rows = self.session.execute(query, {"d": as_of.isoformat()})
        return {(row[0], row[1]): from_minor(row[2], row[1]) for row in rows if row[2]}


def balance_problems(engine: Engine) -> list[str]:
    """Where the kept balances differ from the ledger (they never should)."""
    with engine.connect() as conn:
        return _balance_problems(conn)


def _balance_problems(conn: Connection) -> list[str]:
    far = {"d": "9999-12-31", "acc": ""}
    kept = {row[0]: row[9] for row in conn.execute(OPEN_NOW_SQL, far)}
    computed = {row[0]: row[9] for row in conn.execute(OPEN_ITEMS_SQL, far)}
    problems = [
        f"document {doc}: kept balance {kept.get(doc, 0)}, ledger says {computed.get(doc, 0)}"
        for doc in sorted(set(kept) | set(computed))
        if kept.get(doc, 0) != computed.get(doc, 0)
    ]
    kept_pool = {(r[0], r[1]): r[2] for r in conn.execute(UNAPPLIED_NOW_SQL)}
    pool = {(r[0], r[1]): r[2] for r in conn.execute(UNAPPLIED_SQL, far) if r[2]}
    if kept_pool != pool:
        problems.append(f"unapplied payments: kept {kept_pool}, ledger says {pool}")
    return problems
