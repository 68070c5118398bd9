"""The money ledger and document flags (disputes, reminders sent)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from app.domain.receivables import Entry, EntryKind, Receivable
from app.store.raw import raw_connection

ENTRY_COLUMNS = (
    "id, kind, entry_date, customer_id, currency, amount, document_id, source_document_id,"
    " payment_id, reverses_id, payment_amount, exchange_rate, method, reference, note, level"
)


def _dec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _entry(row: tuple) -> Entry:  # type: ignore[type-arg]
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
        cursor = raw_connection(self.session).execute(
            "INSERT INTO ledger_entry (kind, entry_date, customer_id, currency, amount,"
            " document_id, source_document_id, payment_id, reverses_id, payment_amount,"
            " exchange_rate, method, reference, note, level, recorded_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                entry.kind.value,
                entry.date.isoformat(),
                entry.customer_id,
                entry.currency,
                str(entry.amount),
                entry.document_id,
                entry.source_document_id,
                entry.payment_id,
                entry.reverses_id,
                None if entry.payment_amount is None else str(entry.payment_amount),
                None if entry.exchange_rate is None else str(entry.exchange_rate),
                entry.method,
                entry.reference,
                entry.note,
                entry.level,
                now,
            ),
        )
        return int(cursor.lastrowid)

    def get(self, entry_id: int) -> Entry | None:
        row = (
            raw_connection(self.session)
            .execute(f"SELECT {ENTRY_COLUMNS} FROM ledger_entry WHERE id = ?", (entry_id,))
            .fetchone()
        )
        return None if row is None else _entry(row)

    def entries(self, customer_id: int | None = None) -> list[Entry]:
        sql = f"SELECT {ENTRY_COLUMNS} FROM ledger_entry"
        args: tuple[int, ...] = ()
        if customer_id is not None:
            sql += " WHERE customer_id = ?"
            args = (customer_id,)
        rows = raw_connection(self.session).execute(sql + " ORDER BY id", args)
        return [_entry(row) for row in rows]

    def receivables(
        self, accounting_currency: str, customer_id: int | None = None
    ) -> list[Receivable]:
        """Every issued document, with what the ledger needs of it."""
        sql = (
            "SELECT id, number, type, customer_id, currency, issue_date,"
            " coalesce(due_date, issue_date), tax_inclusive, payable, corrects_id,"
            " CASE WHEN currency = ? THEN '1'"
            " ELSE json_extract(snapshot_json, '$.document.exchange_rate.rate') END,"
            " json_extract(snapshot_json, '$.document.early_discount.percent'),"
            " json_extract(snapshot_json, '$.document.early_discount.days')"
            " FROM document WHERE status = 'issued'"
        )
        args: tuple[object, ...] = (accounting_currency,)
        if customer_id is not None:
            sql += " AND customer_id = ?"
            args += (customer_id,)
        rows = raw_connection(self.session).execute(sql + " ORDER BY id", args)
        return [
            Receivable(
                id=row[0],
                number=row[1],
                type=row[2],
                customer_id=row[3],
                currency=row[4],
                issue_date=date.fromisoformat(row[5]),
                due_date=date.fromisoformat(row[6]),
                total=Decimal(row[7]),
                payable=Decimal(row[8]),
                corrects_id=row[9],
                rate_to_accounting=Decimal(row[10] or "1"),
                discount_percent=_dec(row[11]),
                discount_days=row[12],
            )
            for row in rows
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
        raw_connection(self.session).execute(
            "INSERT INTO document_flag (document_id, kind, flag_date, level, note, recorded_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (document_id, kind, day.isoformat(), level, note, now),
        )

    def flags(self, as_of: date | None = None) -> tuple[dict[int, int], dict[int, str]]:
        """Highest reminder level sent per document, and disputed documents with their note."""
        sql = "SELECT document_id, kind, level, note FROM document_flag"
        args: tuple[str, ...] = ()
        if as_of is not None:
            sql += " WHERE flag_date <= ?"
            args = (as_of.isoformat(),)
        levels: dict[int, int] = {}
        disputed: dict[int, str] = {}
        for document_id, kind, level, note in raw_connection(self.session).execute(
            sql + " ORDER BY id", args
        ):
            if kind == "reminder":
                levels[document_id] = max(levels.get(document_id, 0), level or 0)
            elif kind == "dispute":
                disputed[document_id] = note or ""
            elif kind == "undispute":
                disputed.pop(document_id, None)
        return levels, disputed
