"""The documents: drafts, the issued and frozen rows, their files, the list."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    CursorResult,
    Integer,
    LargeBinary,
    bindparam,
    cast,
    column,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import TextualSelect

from app.domain.documents import DocumentType, Draft, IssuedDocument, Status
from app.domain.draft_format import draft_from_dict, draft_to_dict
from app.domain.issued_format import issued_from_dict
from app.domain.money import to_minor
from app.services.errors import NotFound
from app.services.ports import DocumentQuery, DocumentSummary, FrozenFile, StoredDocument
from app.store.dialect_sqlite import match_expression
from app.store.document_list import (
    BROAD,
    amount,
    count_sql,
    day,
    page_sql,
    row_width,
    summary,
)
from app.store.rows import (
    DocumentFileRow,
    DocumentLineRow,
    DocumentRow,
    PartyRow,
    plain_rows,
    table,
)

DOCUMENT, LINE, FILE = table(DocumentRow), table(DocumentLineRow), table(DocumentFileRow)
d = DOCUMENT.c
# The hot statements are built once: a statement made per call costs its cache key each time
# (about 80 µs, more than running it).
GET = select(d.type, d.status, d.draft_json, d.snapshot_json, d.number).where(
    d.id == bindparam("id")
)
INSERT_LINE, INSERT_FILE = insert(LINE), insert(FILE)
COUNT = text(count_sql()).columns(column("matches", Integer))


@lru_cache(maxsize=256)
def list_statement(sql: str, width: int) -> TextualSelect:
    """One of the list's few dozen statement texts, parsed once; its ``width`` columns named by
    position, so that SQLAlchemy keeps the result's column map with the compiled statement
    (for a bare text() it reads the cursor's description again at every execution)."""
    return text(sql).columns(*(column(f"c{i}") for i in range(width)))


# the row's columns come as parameters named after them; the draft's id as "target"
ISSUE = update(DOCUMENT).where(d.id == bindparam("target"), d.status == "draft")


def cast_result(result: object) -> CursorResult[Any]:
    """A DML statement's result (``Session.execute`` types every result as a plain Result)."""
    if not isinstance(result, CursorResult):
        raise TypeError(f"a cursor result was expected, not {type(result).__name__}")
    return result


def _dump(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _stored(row: DocumentRow) -> StoredDocument:
    doc_type = DocumentType(row.type)
    issued = None
    if row.snapshot_json is not None:
        issued = issued_from_dict(json.loads(row.snapshot_json))
    return StoredDocument(
        id=row.id,
        type=doc_type,
        status=Status(row.status),
        draft=draft_from_dict(json.loads(row.draft_json), doc_type),
        issued=issued,
        number=row.number,
    )


class SqlDocuments:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add_draft(self, draft: Draft, now: str, total: Decimal | None) -> int:
        row = DocumentRow(status=Status.DRAFT.value, created_at=now)
        self._fill_draft(row, draft, now, total)
        self.session.add(row)
        self.session.flush()
        return row.id

    @staticmethod
    def _fill_draft(row: DocumentRow, draft: Draft, now: str, total: Decimal | None) -> None:
        row.type = draft.type.value
        row.customer_id = draft.customer_id
        row.currency = draft.currency
        row.issue_date = draft.issue_date.isoformat() if draft.issue_date else None
        row.due_date = draft.due_date.isoformat() if draft.due_date else None
        row.buyer_reference = draft.buyer_reference
        row.corrects_id = draft.corrects
        # provisional until issued: shown and sorted by in the list, counted nowhere else
        row.tax_inclusive = None if total is None else str(total)
        row.total_minor = None if total is None else to_minor(total, draft.currency)
        row.draft_json = _dump(draft_to_dict(draft))
        row.updated_at = now

    def _row(self, document_id: int) -> DocumentRow:
        row = self.session.get(DocumentRow, document_id)
        if row is None:
            raise NotFound.of("document.unknown", "document", id=document_id)
        return row

    def get(self, document_id: int) -> StoredDocument:
        row = self.session.execute(GET, {"id": document_id}).first()
        if row is None:
            raise NotFound.of("document.unknown", "document", id=document_id)
        doc_type = DocumentType(row[0])
        return StoredDocument(
            id=document_id,
            type=doc_type,
            status=Status(row[1]),
            draft=draft_from_dict(json.loads(row[2]), doc_type),
            issued=None if row[3] is None else issued_from_dict(json.loads(row[3])),
            number=row[4],
        )

    def find(self, reference: str) -> StoredDocument:
        """By number (INV-2026-00001) or by id."""
        row = self.session.scalars(
            select(DocumentRow).where(DocumentRow.number == reference)
        ).first()
        if row is None and reference.strip().isdigit():
            row = self.session.get(DocumentRow, int(reference))
        if row is None:
            raise NotFound.of("document.unknown_reference", "document", reference=reference)
        return _stored(row)

    def update_draft(self, document_id: int, draft: Draft, now: str, total: Decimal | None) -> None:
        self._fill_draft(self._row(document_id), draft, now, total)
        self.session.flush()  # issuing in the same transaction writes this row by plain SQL

    def delete_draft(self, document_id: int) -> None:
        self.session.delete(self._row(document_id))
        self.session.flush()

    def mark_issued(
        self, issued: IssuedDocument, series_id: int, period: int, seq: int, snapshot: bytes
    ) -> None:
        """Lines first (the triggers refuse lines of issued documents), then the frozen row.

        ``draft_json`` keeps the draft as last saved; the snapshot is the issued document.

        Core statements, compiled once: this is the hot path of issuing (see bench/issue.py).
        """
        lines = [
            {
                "document_id": issued.id,
                "position": position,
                "description": line.description,
                "quantity": str(line.quantity),
                "unit": line.unit,
                "unit_price": str(line.unit_price),
                "price_base_quantity": str(line.price_base_quantity),
                "net_amount": str(amounts.net),
                "tax_category": line.tax_category.value,
                "tax_rate": None if line.tax_rate is None else str(line.tax_rate),
                "corrects_line": line.corrects_line,
            }
            for position, (line, amounts) in enumerate(
                zip(issued.draft.lines, issued.totals.lines, strict=True), 1
            )
        ]
        if lines:
            self.session.execute(INSERT_LINE, lines)
        draft, totals = issued.draft, issued.totals
        values = {
            "target": issued.id,
            "status": Status.ISSUED.value,
            "series_id": series_id,
            "period": period,
            "seq": seq,
            "number": issued.number,
            "snapshot_json": snapshot.decode("utf-8"),
            "snapshot_sha256": hashlib.sha256(snapshot).hexdigest(),
            "issue_date": draft.issue_date.isoformat() if draft.issue_date else None,
            "due_date": draft.due_date.isoformat() if draft.due_date else None,
            "tax_exclusive": str(totals.tax_exclusive),
            "tax_total": str(totals.tax_total),
            "tax_inclusive": str(totals.tax_inclusive),
            "payable": str(totals.payable),
            "payable_minor": to_minor(totals.payable, draft.currency),
            "total_minor": to_minor(totals.tax_inclusive, draft.currency),
            "fx_rate": None if draft.exchange_rate is None else str(draft.exchange_rate.rate),
            "issued_at": issued.issued_at,
            "updated_at": issued.issued_at,
        }
        result = self.session.execute(ISSUE, values)
        if cast_result(result).rowcount != 1:
            raise NotFound.of("draft.gone", "document", id=issued.id)
        cached = self.session.identity_map.get(self.session.identity_key(DocumentRow, issued.id))
        if cached is not None:
            self.session.expunge(cached)

    def snapshot_digests(self) -> dict[int, str]:
        """SHA-256 of every issued document's stored snapshot, recomputed from its bytes."""
        rows = self.session.execute(select(d.id, d.snapshot_json).where(d.status == "issued"))
        return {
            int(row[0]): hashlib.sha256(str(row[1]).encode("utf-8")).hexdigest() for row in rows
        }

    def add_file(self, document_id: int, file: FrozenFile, now: str) -> None:
        """Freeze a file with an issued document (the triggers refuse any later change)."""
        self.session.execute(
            INSERT_FILE,
            {
                "document_id": document_id,
                "kind": file.kind,
                "format": file.format,
                "media_type": file.media_type,
                "data": file.data,
                "sha256": file.sha256,
                "created_at": now,
            },
        )

    def file(self, document_id: int, kind: str) -> FrozenFile | None:
        f = FILE.c
        row = self.session.execute(
            select(f.kind, f.format, f.media_type, cast(f.data, LargeBinary)).where(
                f.document_id == document_id, f.kind == kind
            )
        ).first()
        if row is None:
            return None
        return FrozenFile(kind=row[0], format=row[1], media_type=row[2], data=bytes(row[3]))

    def file_digests(self) -> dict[tuple[int, str], str]:
        """SHA-256 of every frozen file, recomputed from its bytes."""
        f = FILE.c
        # CAST: a value rewritten as TEXT behind our back still hashes (as its UTF-8)
        rows = self.session.execute(select(f.document_id, f.kind, cast(f.data, LargeBinary)))
        return {(int(r[0]), str(r[1])): hashlib.sha256(bytes(r[2])).hexdigest() for r in rows}

    def corrections_of(self, document_id: int) -> list[IssuedDocument]:
        rows = self.session.scalars(
            select(DocumentRow)
            .where(DocumentRow.corrects_id == document_id, DocumentRow.status == "issued")
            .order_by(DocumentRow.id)
        )
        return [issued_from_dict(json.loads(row.snapshot_json or "{}")) for row in rows]

    def summaries(
        self, status: Status | None, customer_id: int | None, doc_type: DocumentType | None
    ) -> list[DocumentSummary]:
        query = (
            select(DocumentRow, PartyRow.name)
            .outerjoin(PartyRow, PartyRow.id == DocumentRow.customer_id)
            .order_by(DocumentRow.id)
        )
        if status is not None:
            query = query.where(DocumentRow.status == status.value)
        if customer_id is not None:
            query = query.where(DocumentRow.customer_id == customer_id)
        if doc_type is not None:
            query = query.where(DocumentRow.type == doc_type.value)
        return [
            DocumentSummary(
                id=row.id,
                type=DocumentType(row.type),
                status=Status(row.status),
                number=row.number,
                customer_id=row.customer_id,
                customer_name=name,
                currency=row.currency,
                issue_date=day(row.issue_date),
                due_date=day(row.due_date),
                tax_inclusive=amount(row.tax_inclusive),
                payable=amount(row.payable),
                corrects_id=row.corrects_id,
            )
            for row, name in self.session.execute(query)
        ]

    def issued_between(self, start: date, end: date) -> tuple[int, Decimal]:
        """Invoices and debit notes issued in the period: how many, and their total (tax
        inclusive) in the accounting currency at the rates frozen at issue."""
        rows = self.session.execute(
            select(d.tax_inclusive, d.fx_rate).where(
                d.status == "issued",
                d.type != DocumentType.CREDIT_NOTE.value,
                d.issue_date.between(start.isoformat(), end.isoformat()),
            )
        )
        count, total = 0, Decimal(0)
        for inclusive, rate in rows:
            count += 1
            total += Decimal(inclusive) * (Decimal(rate) if rate else 1)
        return count, total

    def issued_in(self, start: date, end: date) -> list[IssuedDocument]:
        """Every document issued with an issue date in the period, as frozen, in number order
        per type (invoices, credit notes, debit notes)."""
        rows = self.session.execute(
            select(d.snapshot_json)
            .where(d.status == "issued", d.issue_date.between(start.isoformat(), end.isoformat()))
            .order_by(d.type, d.issue_date, d.id)
        )
        return [issued_from_dict(json.loads(row[0])) for row in rows]

    def page(self, query: DocumentQuery) -> list[tuple[DocumentSummary, tuple[Any, ...]]]:
        """One page of the list with each row's cursor (SQL text: it runs as you type)."""
        expression = match_expression(query.search or "")
        # one customer's documents, or a few matches: look them up and sort them; otherwise
        # walk the order's index
        broad = query.customer_id is None
        if broad and expression is not None:
            broad = self.session.execute(COUNT, {"q": expression}).scalar_one() > BROAD
        found: list[tuple[DocumentSummary, tuple[Any, ...]]] = []
        width = row_width(query.sort)
        for sql, params in page_sql(query, broad=broad):
            params["limit"] = query.limit - len(found)
            rows = plain_rows(self.session, list_statement(sql, width), params)
            found += [summary(row) for row in rows]
            if len(found) >= query.limit:
                break
        return found
