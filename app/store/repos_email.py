"""The email log: every attempt to send a document."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.invariants import broken
from app.services.ports import EmailAttempt
from app.store.rows import DocumentRow, EmailLogRow


def _attempt(row: EmailLogRow, number: str | None) -> EmailAttempt:
    return EmailAttempt(
        id=row.id,
        document_id=row.document_id,
        number=number or "",
        message_id=row.message_id,
        recipients=tuple(json.loads(row.recipients_json)),
        document_sha256=row.document_sha256,
        status=row.status,
        kind=row.kind,
        error_kind=row.error_kind,
        error=row.error,
        started_at=row.started_at,
        finished_at=row.finished_at,
    )


class SqlEmailLog:
    def __init__(self, session: Session) -> None:
        self.session = session

    def start(
        self,
        document_id: int,
        message_id: str,
        recipients: list[str],
        sha256: str,
        now: str,
        *,
        kind: str = "document",
    ) -> int:
        row = EmailLogRow(
            kind=kind,
            document_id=document_id,
            message_id=message_id,
            recipients_json=json.dumps(recipients),
            document_sha256=sha256,
            status="sending",
            started_at=now,
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def finish(
        self, attempt_id: int, status: str, kind: str | None, error: str | None, now: str
    ) -> None:
        row = self.session.get(EmailLogRow, attempt_id)
        if row is None:
            raise broken("row is None")
        row.status, row.error_kind, row.error, row.finished_at = status, kind, error, now
        self.session.flush()

    def attempts(self, document_id: int | None = None) -> list[EmailAttempt]:
        query = (
            select(EmailLogRow, DocumentRow.number)
            .join(DocumentRow, DocumentRow.id == EmailLogRow.document_id)
            .order_by(EmailLogRow.id)
        )
        if document_id is not None:
            query = query.where(EmailLogRow.document_id == document_id)
        return [_attempt(row, number) for row, number in self.session.execute(query)]

    def unsent(self) -> list[int]:
        """Issued documents with no attempt that ended in "sent", oldest first."""
        sent = select(EmailLogRow.document_id).where(
            EmailLogRow.status == "sent", EmailLogRow.kind == "document"
        )
        query = (
            select(DocumentRow.id)
            .where(DocumentRow.status == "issued", DocumentRow.id.not_in(sent))
            .order_by(DocumentRow.id)
        )
        return list(self.session.scalars(query))
