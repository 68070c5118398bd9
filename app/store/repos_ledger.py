"""The money ledger and document flags (disputes, reminders sent)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.domain.money import from_minor, to_minor
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
            " amount_minor, document_id, source_document_id, payment_id, reverses_id,"
            " payment_amount, payment_amount_minor, exchange_rate, method, reference, note,"
            " level, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                entry.kind.value,
                entry.date.isoformat(),
                entry.customer_id,
                entry.currency,
                str(entry.amount),
                to_minor(entry.amount, entry.currency),
                entry.document_id,
                entry.source_document_id,
                entry.payment_id,
                entry.reverses_id,
                None if entry.payment_amount is None else str(entry.payment_amount),
                None if entry.payment_amount is None else self._payment_minor(entry),
                None if entry.exchange_rate is None else str(entry.exchange_rate),
                entry.method,
                entry.reference,
                entry.note,
                entry.level,
                now,
            ),
        )
        return int(cursor.lastrowid)

    def _payment_minor(self, entry: Entry) -> int:
        payment = self.get(entry.payment_id or 0)
        assert payment is not None and entry.payment_amount is not None
        return to_minor(entry.payment_amount, payment.currency)

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

    def entries_between(self, start: date, end: date) -> list[Entry]:
        rows = raw_connection(self.session).execute(
            f"SELECT {ENTRY_COLUMNS} FROM ledger_entry WHERE entry_date BETWEEN ? AND ?"
            " ORDER BY id",
            (start.isoformat(), end.isoformat()),
        )
        return [_entry(row) for row in rows]

    def entries_by_id(self, ids: set[int]) -> list[Entry]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = raw_connection(self.session).execute(
            f"SELECT {ENTRY_COLUMNS} FROM ledger_entry WHERE id IN ({marks}) ORDER BY id",
            tuple(sorted(ids)),
        )
        return [_entry(row) for row in rows]

    def numbers(self, document_ids: set[int]) -> dict[int, str]:
        """Document id -> number, for the issued documents among ``document_ids``."""
        found: dict[int, str] = {}
        ordered = sorted(document_ids)
        for index in range(0, len(ordered), 500):
            part = ordered[index : index + 500]
            rows = raw_connection(self.session).execute(
                "SELECT id, number FROM document WHERE number IS NOT NULL"
                f" AND id IN ({','.join('?' * len(part))})",
                tuple(part),
            )
            found.update({row[0]: row[1] for row in rows})
        return found

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

    def reminders_sent(self, as_of: date) -> dict[int, tuple[int, date]]:
        """Per document: the highest reminder level sent up to ``as_of``, and when."""
        sent: dict[int, tuple[int, date]] = {}
        rows = raw_connection(self.session).execute(
            "SELECT document_id, level, flag_date FROM document_flag"
            " WHERE kind = 'reminder' AND flag_date <= ? ORDER BY id",
            (as_of.isoformat(),),
        )
        for document_id, level, day in rows:
            if level is not None and level >= sent.get(document_id, (0, as_of))[0]:
                sent[document_id] = (level, date.fromisoformat(day))
        return sent

    def _current(self, as_of: date) -> bool:
        """Whether nothing is dated after ``as_of``: then the kept balances are its state."""
        latest = raw_connection(self.session).execute(LATEST).fetchone()
        return all(value is None or value <= as_of.isoformat() for value in latest)

    def open_items(self, as_of: date, accounting_currency: str) -> list[tuple[Receivable, Decimal]]:
        """Every issued invoice or debit note whose amount due on ``as_of`` is not zero.

        The same rules as ``app.domain.receivables.positions``, over exact integer minor units:
        from the balances the triggers keep when nothing is dated later than ``as_of`` (the
        usual case), else recomputed from the whole ledger (see bench/aging.py).
        """
        query = OPEN_NOW if self._current(as_of) else OPEN_ITEMS
        rows = raw_connection(self.session).execute(
            query, {"d": as_of.isoformat(), "acc": accounting_currency}
        )
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
        query = UNAPPLIED_NOW if self._current(as_of) else UNAPPLIED
        rows = raw_connection(self.session).execute(query, {"d": as_of.isoformat()})
        return {(row[0], row[1]): from_minor(row[2], row[1]) for row in rows if row[2]}


REVERSED = """
WITH rev AS (SELECT reverses_id AS id FROM ledger_entry
             WHERE kind = 'reversal' AND entry_date <= :d)
"""
OPEN_ITEMS = (
    REVERSED
    + """,
moves AS (
  SELECT document_id AS doc,
         SUM(CASE WHEN kind IN ('fee', 'interest') THEN amount_minor
                  WHEN kind IN ('allocation', 'discount', 'writeoff', 'transfer')
                  THEN -amount_minor ELSE 0 END) AS delta
  FROM ledger_entry
  WHERE document_id IS NOT NULL AND entry_date <= :d AND kind != 'reversal'
    AND id NOT IN (SELECT id FROM rev)
    AND (payment_id IS NULL OR payment_id NOT IN (SELECT id FROM rev))
  GROUP BY document_id
  UNION ALL
  SELECT source_document_id, SUM(amount_minor) FROM ledger_entry
  WHERE source_document_id IS NOT NULL AND entry_date <= :d AND kind IN ('transfer', 'refund')
    AND id NOT IN (SELECT id FROM rev)
    AND (payment_id IS NULL OR payment_id NOT IN (SELECT id FROM rev))
  GROUP BY source_document_id
  UNION ALL
  SELECT corrects_id, -SUM(total_minor) FROM document
  WHERE status = 'issued' AND type = 'credit_note' AND issue_date <= :d
    AND corrects_id IS NOT NULL GROUP BY corrects_id),
owed AS (SELECT doc, SUM(delta) AS delta FROM moves GROUP BY doc)
SELECT d.id, d.number, d.type, d.customer_id, d.currency, d.issue_date,
       coalesce(d.due_date, d.issue_date), d.total_minor, d.payable_minor,
       d.payable_minor + coalesce(owed.delta, 0),
       CASE WHEN d.currency = :acc THEN '1' ELSE d.fx_rate END
FROM document d LEFT JOIN owed ON owed.doc = d.id
WHERE d.status = 'issued' AND d.type IN ('invoice', 'debit_note') AND d.issue_date <= :d
  AND d.payable_minor + coalesce(owed.delta, 0) != 0
ORDER BY d.id
"""
)
UNAPPLIED = (
    REVERSED
    + """
SELECT customer_id, currency, SUM(x) FROM (
  SELECT customer_id, currency, amount_minor AS x FROM ledger_entry
  WHERE kind = 'payment' AND entry_date <= :d AND id NOT IN (SELECT id FROM rev)
  UNION ALL
  SELECT p.customer_id, p.currency, -coalesce(a.payment_amount_minor, a.amount_minor)
  FROM ledger_entry a JOIN ledger_entry p ON p.id = a.payment_id
  WHERE a.payment_id IS NOT NULL AND a.kind IN ('allocation', 'refund')
    AND a.entry_date <= :d AND a.id NOT IN (SELECT id FROM rev)
    AND a.payment_id NOT IN (SELECT id FROM rev))
GROUP BY customer_id, currency
"""
)

LATEST = """
SELECT (SELECT max(entry_date) FROM ledger_entry),
       (SELECT max(issue_date) FROM document WHERE status = 'issued')
"""
OPEN_NOW = """
SELECT document_id, number, type, customer_id, currency, issue_date, due_date, total_minor,
       payable_minor, due_minor, CASE WHEN currency = :acc THEN '1' ELSE fx_rate END
FROM document_balance WHERE due_minor > 0 OR due_minor < 0
ORDER BY document_id
"""
UNAPPLIED_NOW = """
SELECT customer_id, currency, SUM(remaining_minor) FROM payment_balance
WHERE remaining_minor > 0 OR remaining_minor < 0 GROUP BY customer_id, currency
"""


def balance_problems(engine: Engine) -> list[str]:
    """Where the kept balances differ from the ledger (they never should)."""
    with Session(engine) as session:
        return _balance_problems(raw_connection(session))


def _balance_problems(conn: Any) -> list[str]:
    far = {"d": "9999-12-31", "acc": ""}
    kept = {row[0]: row[9] for row in conn.execute(OPEN_NOW, far)}
    computed = {row[0]: row[9] for row in conn.execute(OPEN_ITEMS, far)}
    problems = [
        f"document {doc}: kept balance {kept.get(doc, 0)}, ledger says {computed.get(doc, 0)}"
        for doc in sorted(set(kept) | set(computed))
        if kept.get(doc, 0) != computed.get(doc, 0)
    ]
    kept_pool = {(r[0], r[1]): r[2] for r in conn.execute(UNAPPLIED_NOW)}
    pool = {(r[0], r[1]): r[2] for r in conn.execute(UNAPPLIED, far) if r[2]}
    if kept_pool != pool:
        problems.append(f"unapplied payments: kept {kept_pool}, ledger says {pool}")
    return problems
