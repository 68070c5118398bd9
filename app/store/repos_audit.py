"""The audit chain and idempotency keys in the database."""

from __future__ import annotations

import json
from collections.abc import Iterator

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.audit.chain import AuditEntry, canonical
from app.store.rows import AuditEntryRow, IdempotencyKeyRow, table

INSERT_AUDIT = insert(table(AuditEntryRow))  # built once: see repos_documents.GET


def _entry(row: AuditEntryRow) -> AuditEntry:
    return AuditEntry(
        seq=row.seq,
        time=row.time,
        actor=row.actor,
        action=row.action,
        entity_type=row.entity_type,
        entity_id=row.entity_id,
        payload=json.loads(row.payload_json),
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


class SqlAudit:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._last: AuditEntry | None = None
        self._loaded = False

    def last(self) -> AuditEntry | None:
        """The chain's head; read once per transaction, then kept up to date by append()."""
        if not self._loaded:
            row = self.session.scalars(
                select(AuditEntryRow).order_by(AuditEntryRow.seq.desc()).limit(1)
            ).first()
            self._last = None if row is None else _entry(row)
            self._loaded = True
        return self._last

    def append(self, entry: AuditEntry) -> None:
        self.session.execute(
            INSERT_AUDIT,
            {
                "seq": entry.seq,
                "time": entry.time,
                "actor": entry.actor,
                "action": entry.action,
                "entity_type": entry.entity_type,
                "entity_id": entry.entity_id,
                "payload_json": (entry.canonical_payload or canonical(entry.payload)).decode(),
                "prev_hash": entry.prev_hash,
                "hash": entry.hash,
            },
        )
        self._last, self._loaded = entry, True

    def page(self, before: int | None, limit: int) -> list[AuditEntry]:
        """Newest first: the ``limit`` entries before sequence number ``before``."""
        query = select(AuditEntryRow).order_by(AuditEntryRow.seq.desc()).limit(limit)
        if before is not None:
            query = query.where(AuditEntryRow.seq < before)
        return [_entry(row) for row in self.session.scalars(query)]

    def entries(self) -> Iterator[AuditEntry]:
        query = select(AuditEntryRow).order_by(AuditEntryRow.seq).execution_options(yield_per=1000)
        for row in self.session.scalars(query):
            yield _entry(row)


class SqlIdempotency:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, key: str) -> tuple[str, str, str] | None:
        row = self.session.get(IdempotencyKeyRow, key)
        return None if row is None else (row.operation, row.request_hash, row.result_json)

    def put(self, key: str, operation: str, request_hash: str, result: str, now: str) -> None:
        self.session.add(
            IdempotencyKeyRow(
                key=key,
                operation=operation,
                request_hash=request_hash,
                result_json=result,
                created_at=now,
            )
        )
        self.session.flush()
