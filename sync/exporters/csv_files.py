"""The period's CSV files: the journal (one row per posting), the invoice list, the payments.

UTF-8 with a byte order mark (spreadsheets then read the umlauts right), comma separated, CRLF,
a header row; amounts are plain decimals with a point, never negative in the journal (debit and
credit columns). A text cell starting with = + - @ (or a tab or carriage return) gets a leading
apostrophe, so a spreadsheet shows it instead of running it as a formula (a customer named
"=HYPERLINK(...)" stays text). The columns are documented in docs/sync-exports.md.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from app.domain.receivables import EntryKind
from app.services.accountant.period import PeriodData
from sync.exporters.postings import Transaction, transactions

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
JOURNAL_COLUMNS = (
    "transaction",
    "date",
    "reference",
    "description",
    "customer",
    "account",
    "debit",
    "credit",
    "currency",
)
INVOICE_COLUMNS = (
    "number",
    "type",
    "issue_date",
    "due_date",
    "customer",
    "customer_vat_id",
    "currency",
    "net",
    "vat",
    "total",
    "payable",
    "corrects",
)
PAYMENT_COLUMNS = (
    "entry",
    "date",
    "kind",
    "customer",
    "amount",
    "currency",
    "method",
    "reference",
    "document",
    "reverses",
)


def safe_cell(value: Any) -> str:
    """A cell as text; text that a spreadsheet would run as a formula is neutralised."""
    if value is None:
        return ""
    if isinstance(value, Decimal | int):
        return format(value, "f") if isinstance(value, Decimal) else str(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv(columns: Iterable[str], rows: Iterable[Iterable[Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return out.getvalue().encode("utf-8-sig")


def journal_csv(data: PeriodData, found: list[Transaction] | None = None) -> tuple[str, bytes]:
    rows = [
        (
            t.key,
            t.date.isoformat(),
            t.reference,
            t.description,
            t.customer,
            p.account,
            p.debit,
            p.credit,
            t.currency,
        )
        for t in (transactions(data) if found is None else found)
        for p in t.postings
    ]
    return "journal.csv", _csv(JOURNAL_COLUMNS, rows)


def invoice_list_csv(data: PeriodData) -> tuple[str, bytes]:
    rows = [
        (
            doc.number,
            doc.draft.type.value,
            doc.draft.issue_date.isoformat() if doc.draft.issue_date else "",
            doc.draft.due_date.isoformat() if doc.draft.due_date else "",
            doc.buyer.name,
            doc.buyer.vat_id,
            doc.totals.currency,
            doc.totals.tax_exclusive,
            doc.totals.tax_total,
            doc.totals.tax_inclusive,
            doc.totals.payable,
            doc.corrects_number,
        )
        for doc in data.documents
    ]
    return "invoices.csv", _csv(INVOICE_COLUMNS, rows)


def payments_csv(data: PeriodData) -> tuple[str, bytes]:
    kinds = {
        EntryKind.PAYMENT,
        EntryKind.REFUND,
        EntryKind.REVERSAL,
        EntryKind.DISCOUNT,
        EntryKind.WRITEOFF,
        EntryKind.FEE,
        EntryKind.INTEREST,
    }
    rows = [
        (
            e.id,
            e.date.isoformat(),
            e.kind.value,
            data.customers.get(e.customer_id, ""),
            e.amount,
            e.currency,
            e.method,
            e.reference,
            data.numbers.get(e.document_id or e.source_document_id or 0),
            e.reverses_id,
        )
        for e in data.entries
        if e.kind in kinds
    ]
    return "payments.csv", _csv(PAYMENT_COLUMNS, rows)
