"""What the bundle and delivery use cases need from storage (implemented in app.store)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol


@dataclass(frozen=True)
class FileRef:
    """A file of a bundle as the manifest lists it."""

    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class DocumentFileRef:
    """A frozen file of an issued document, without its bytes."""

    file_id: int
    document_id: int
    number: str
    kind: str  # "pdf" or "einvoice"
    format: str
    sha256: str
    size: int


@dataclass(frozen=True)
class BundleInfo:
    id: int
    export_id: str
    sequence: int
    period_from: date
    period_to: date
    supersedes: str | None
    folder: str  # the folder name at every destination, e.g. "00007_2026-11-01_2026-11-30"
    summary: dict[str, Any]  # counts and totals, as in the manifest
    created_at: str


@dataclass(frozen=True)
class NewBundle:
    export_id: str
    sequence: int
    period_from: date
    period_to: date
    supersedes: str | None
    folder: str
    summary: dict[str, Any]
    manifest: bytes
    created_at: str


@dataclass(frozen=True)
class Destination:
    id: int
    name: str
    kind: str  # folder, sftp, http
    config: dict[str, Any]  # never a secret: those are in the keyring under config["secret_id"]
    active: bool


@dataclass(frozen=True)
class Job:
    """One bundle to one destination."""

    id: int
    bundle_id: int
    sequence: int
    folder: str
    export_id: str
    destination: Destination
    idempotency_key: str
    state: str  # pending, delivered, attention
    attempts: int
    next_attempt_at: str
    last_error: str | None
    delivered_at: str | None


@dataclass(frozen=True)
class Attempt:
    id: int
    job_id: int
    outcome: str  # running, delivered, failed, refused, interrupted
    detail: str | None
    started_at: str
    finished_at: str | None


class BundleRepo(Protocol):
    def signing_key(self) -> tuple[bytes, str] | None: ...
    def add_signing_key(self, private_key: bytes, public_key: str, now: str) -> None: ...
    def next_sequence(self) -> int: ...
    def document_files(self, start: date, end: date) -> list[DocumentFileRef]: ...
    def add(self, bundle: NewBundle) -> int: ...
    def add_files(
        self, bundle_id: int, files: list[tuple[FileRef, bytes | None, int | None]]
    ) -> None: ...
    def all(self) -> list[BundleInfo]: ...
    def find(self, reference: str) -> BundleInfo | None: ...
    def covering(self, start: date, end: date) -> list[BundleInfo]: ...
    def files(self, bundle_id: int) -> list[FileRef]: ...
    def file_data(self, bundle_id: int, names: list[str]) -> dict[str, bytes]: ...
    def manifest(self, bundle_id: int) -> bytes: ...


class OutboxRepo(Protocol):
    def destinations(self) -> list[Destination]: ...
    def destination(self, name: str) -> Destination | None: ...
    def add_destination(
        self, name: str, kind: str, config: dict[str, Any], active: bool, now: str
    ) -> int: ...
    def update_destination(
        self, destination_id: int, config: dict[str, Any], active: bool, now: str
    ) -> None: ...
    def add_job(self, bundle_id: int, destination_id: int, key: str, now: str) -> int: ...
    def jobs(self, bundle_id: int | None = None) -> list[Job]: ...
    def job(self, job_id: int) -> Job: ...
    def due(self, now: str) -> list[Job]: ...
    def start_attempt(self, job_id: int, now: str) -> int: ...
    def finish_attempt(self, attempt_id: int, outcome: str, detail: str, now: str) -> None: ...
    def update_job(
        self,
        job_id: int,
        *,
        state: str,
        next_attempt_at: str,
        last_error: str | None,
        delivered_at: str | None,
    ) -> None: ...
    def interrupt_running(self, now: str) -> list[int]: ...
    def attempts(self, job_id: int) -> list[Attempt]: ...
