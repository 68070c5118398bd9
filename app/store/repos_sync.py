"""Bundles, destinations, the outbox and delivery attempts."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from app.domain.invariants import broken
from app.services.accountant.sync_ports import (
    Attempt,
    BundleInfo,
    Destination,
    DocumentFileRef,
    FileRef,
    Job,
    NewBundle,
)
from app.services.errors import InvalidInput
from app.store.rows import DocumentFileRow, DocumentRow
from app.store.rows_sync import (
    BundleFileRow,
    BundleRow,
    DeliveryAttemptRow,
    DestinationRow,
    OutboxJobRow,
    SigningKeyRow,
)


def _bundle(row: BundleRow) -> BundleInfo:
    return BundleInfo(
        id=row.id,
        export_id=row.export_id,
        sequence=row.sequence,
        period_from=date.fromisoformat(row.period_from),
        period_to=date.fromisoformat(row.period_to),
        supersedes=row.supersedes,
        folder=row.folder,
        summary=json.loads(row.summary_json),
        created_at=row.created_at,
    )


class SqlBundles:
    def __init__(self, session: Session) -> None:
        self.session = session

    def signing_key(self) -> tuple[bytes, str] | None:
        row = self.session.scalars(select(SigningKeyRow).order_by(SigningKeyRow.id)).first()
        return None if row is None else (row.private_key, row.public_key)

    def add_signing_key(self, private_key: bytes, public_key: str, now: str) -> None:
        row = SigningKeyRow(
            algorithm="ed25519", private_key=private_key, public_key=public_key, created_at=now
        )
        self.session.add(row)
        self.session.flush()

    def next_sequence(self) -> int:
        return (
            int(self.session.scalar(select(func.coalesce(func.max(BundleRow.sequence), 0))) or 0)
            + 1
        )

    def document_files(self, start: date, end: date) -> list[DocumentFileRef]:
        """The frozen files of the documents issued in the period; length() reads no blob."""
        f, d = DocumentFileRow, DocumentRow
        rows = self.session.execute(
            select(f.id, d.id, d.number, f.kind, f.format, f.sha256, func.length(f.data))
            .join(d, d.id == f.document_id)
            .where(d.status == "issued", d.issue_date.between(start.isoformat(), end.isoformat()))
            .order_by(d.type, d.issue_date, d.id, f.kind)
        )
        return [DocumentFileRef(*row) for row in rows]

    def add(self, bundle: NewBundle) -> int:
        row = BundleRow(
            export_id=bundle.export_id,
            sequence=bundle.sequence,
            period_from=bundle.period_from.isoformat(),
            period_to=bundle.period_to.isoformat(),
            supersedes=bundle.supersedes,
            folder=bundle.folder,
            summary_json=json.dumps(bundle.summary, sort_keys=True),
            manifest=bundle.manifest,
            created_at=bundle.created_at,
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def add_files(
        self, bundle_id: int, files: list[tuple[FileRef, bytes | None, int | None]]
    ) -> None:
        """(file, its own bytes or None, the frozen document file's id or None) rows."""
        self.session.execute(
            insert(BundleFileRow),
            [
                {
                    "bundle_id": bundle_id,
                    "name": ref.name,
                    "sha256": ref.sha256,
                    "size": ref.size,
                    "data": data,
                    "document_file_id": document_file_id,
                }
                for ref, data, document_file_id in files
            ],
        )

    def all(self) -> list[BundleInfo]:
        rows = self.session.scalars(select(BundleRow).order_by(BundleRow.sequence))
        return [_bundle(row) for row in rows]

    def find(self, reference: str) -> BundleInfo | None:
        """By sequence number, export id or folder name."""
        query = select(BundleRow)
        if reference.isdigit():
            query = query.where(BundleRow.sequence == int(reference))
        else:
            query = query.where(
                (BundleRow.export_id == reference) | (BundleRow.folder == reference)
            )
        row = self.session.scalars(query).first()
        return None if row is None else _bundle(row)

    def covering(self, start: date, end: date) -> list[BundleInfo]:
        rows = self.session.scalars(
            select(BundleRow)
            .where(
                BundleRow.period_from == start.isoformat(),
                BundleRow.period_to == end.isoformat(),
            )
            .order_by(BundleRow.sequence)
        )
        return [_bundle(row) for row in rows]

    def files(self, bundle_id: int) -> list[FileRef]:
        rows = self.session.execute(
            select(BundleFileRow.name, BundleFileRow.sha256, BundleFileRow.size)
            .where(BundleFileRow.bundle_id == bundle_id)
            .order_by(BundleFileRow.id)
        )
        return [FileRef(*row) for row in rows]

    def file_data(self, bundle_id: int, names: list[str]) -> dict[str, bytes]:
        rows = self.session.execute(
            select(BundleFileRow.name, BundleFileRow.data, DocumentFileRow.data)
            .outerjoin(DocumentFileRow, DocumentFileRow.id == BundleFileRow.document_file_id)
            .where(BundleFileRow.bundle_id == bundle_id, BundleFileRow.name.in_(names))
        )
        return {name: own if own is not None else frozen for name, own, frozen in rows}

    def manifest(self, bundle_id: int) -> bytes:
        data = self.session.scalar(select(BundleRow.manifest).where(BundleRow.id == bundle_id))
        if data is None:
            raise broken("data is None")
        return bytes(data)


def _destination(row: DestinationRow) -> Destination:
    return Destination(
        id=row.id,
        name=row.name,
        kind=row.kind,
        config=json.loads(row.config_json),
        active=row.active,
    )


class SqlOutbox:
    def __init__(self, session: Session) -> None:
        self.session = session

    def destinations(self) -> list[Destination]:
        rows = self.session.scalars(select(DestinationRow).order_by(DestinationRow.name))
        return [_destination(row) for row in rows]

    def destination(self, name: str) -> Destination | None:
        row = self.session.scalars(
            select(DestinationRow).where(DestinationRow.name == name)
        ).first()
        return None if row is None else _destination(row)

    def add_destination(
        self, name: str, kind: str, config: dict[str, Any], active: bool, now: str
    ) -> int:
        row = DestinationRow(
            name=name,
            kind=kind,
            config_json=json.dumps(config, sort_keys=True),
            active=active,
            created_at=now,
            updated_at=now,
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def update_destination(
        self, destination_id: int, config: dict[str, Any], active: bool, now: str
    ) -> None:
        row = self.session.get(DestinationRow, destination_id)
        if row is None:
            raise InvalidInput.of("destination.unknown_id", "destination", id=destination_id)
        row.config_json, row.active = json.dumps(config, sort_keys=True), active
        row.updated_at = now
        self.session.flush()

    def add_job(self, bundle_id: int, destination_id: int, key: str, now: str) -> int:
        row = OutboxJobRow(
            bundle_id=bundle_id,
            destination_id=destination_id,
            idempotency_key=key,
            state="pending",
            attempts=0,
            next_attempt_at=now,
            created_at=now,
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def _jobs(self, *where: Any) -> list[Job]:
        query = (
            select(OutboxJobRow, BundleRow, DestinationRow)
            .join(BundleRow, BundleRow.id == OutboxJobRow.bundle_id)
            .join(DestinationRow, DestinationRow.id == OutboxJobRow.destination_id)
            .where(*where)
            .order_by(BundleRow.sequence, DestinationRow.name)
        )
        return [
            Job(
                id=job.id,
                bundle_id=bundle.id,
                sequence=bundle.sequence,
                folder=bundle.folder,
                export_id=bundle.export_id,
                destination=_destination(dest),
                idempotency_key=job.idempotency_key,
                state=job.state,
                attempts=job.attempts,
                next_attempt_at=job.next_attempt_at,
                last_error=job.last_error,
                delivered_at=job.delivered_at,
            )
            for job, bundle, dest in self.session.execute(query)
        ]

    def jobs(self, bundle_id: int | None = None) -> list[Job]:
        if bundle_id is None:
            return self._jobs()
        return self._jobs(OutboxJobRow.bundle_id == bundle_id)

    def job(self, job_id: int) -> Job:
        found = self._jobs(OutboxJobRow.id == job_id)
        if not found:
            raise InvalidInput.of("job.unknown", "job", id=job_id)
        return found[0]

    def due(self, now: str) -> list[Job]:
        return self._jobs(
            OutboxJobRow.state == "pending",
            OutboxJobRow.next_attempt_at <= now,
            DestinationRow.active.is_(True),
        )

    def start_attempt(self, job_id: int, now: str) -> int:
        self.session.execute(
            update(OutboxJobRow)
            .where(OutboxJobRow.id == job_id)
            .values(attempts=OutboxJobRow.attempts + 1)
        )
        row = DeliveryAttemptRow(job_id=job_id, outcome="running", started_at=now)
        self.session.add(row)
        self.session.flush()
        return row.id

    def finish_attempt(self, attempt_id: int, outcome: str, detail: str, now: str) -> None:
        row = self.session.get(DeliveryAttemptRow, attempt_id)
        if row is None:
            raise broken("row is None")
        row.outcome, row.detail, row.finished_at = outcome, detail, now
        self.session.flush()

    def update_job(
        self,
        job_id: int,
        *,
        state: str,
        next_attempt_at: str,
        last_error: str | None,
        delivered_at: str | None,
    ) -> None:
        row = self.session.get(OutboxJobRow, job_id)
        if row is None:
            raise broken("row is None")
        row.state, row.next_attempt_at = state, next_attempt_at
        row.last_error, row.delivered_at = last_error, delivered_at
        self.session.flush()

    def interrupt_running(self, now: str) -> list[int]:
        """Attempts left "running" by a program that stopped: mark them; their job ids."""
        rows = list(
            self.session.scalars(
                select(DeliveryAttemptRow).where(DeliveryAttemptRow.outcome == "running")
            )
        )
        for row in rows:
            row.outcome, row.finished_at = "interrupted", now
            row.detail = "the program stopped during this attempt"
        self.session.flush()
        return sorted({row.job_id for row in rows})

    def attempts(self, job_id: int) -> list[Attempt]:
        rows = self.session.scalars(
            select(DeliveryAttemptRow)
            .where(DeliveryAttemptRow.job_id == job_id)
            .order_by(DeliveryAttemptRow.id)
        )
        return [
            Attempt(r.id, r.job_id, r.outcome, r.detail, r.started_at, r.finished_at) for r in rows
        ]
