"""Appending to the audit chain (inside the caller's transaction) and verifying it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.audit.chain import AuditEntry, ChainBreak, next_entry, verify_chain
from app.services.clock import now_iso
from app.services.ports import Context, UnitOfWork


def record(
    uow: UnitOfWork,
    ctx: Context,
    action: str,
    *,
    entity_type: str,
    entity_id: object,
    payload: dict[str, Any],
    payload_bytes: bytes | None = None,
) -> AuditEntry:
    """Append one entry; it commits or rolls back with the change it describes."""
    entry = next_entry(
        uow.audit.last(),
        time=now_iso(ctx),
        actor=ctx.actor,
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        payload=payload,
        payload_bytes=payload_bytes,
    )
    uow.audit.append(entry)
    return entry


@dataclass(frozen=True)
class AuditHead:
    """The latest entry of the chain: its sequence and hash (and moment, where known)."""

    seq: int
    hash: str
    time: str | None = None


EMPTY_HEAD = AuditHead(0, "0" * 64)  # the head of a chain with no entry yet


@dataclass(frozen=True)
class AuditCheck:
    """The chain recomputed: how many entries, its head, and the first break if any."""

    entries: int
    head: AuditHead | None  # None: no entry yet
    first_break: ChainBreak | None

    @property
    def ok(self) -> bool:
        return self.first_break is None


@dataclass(frozen=True)
class EntryPage:
    """Entries newest first; ``next`` is the sequence to continue before (None: no more)."""

    entries: tuple[AuditEntry, ...]
    next: int | None


def verify_audit(ctx: Context) -> AuditCheck:
    """Recompute the whole chain; names the first broken entry."""
    with ctx.uow() as uow:
        pinned: dict[str, tuple[int, str]] = {}
        pinned_files: dict[tuple[int, str], tuple[int, str]] = {}

        def watch(entries: Iterator[AuditEntry]) -> Iterator[AuditEntry]:
            for entry in entries:
                if entry.action == "document.issue":
                    pinned[entry.entity_id] = (entry.seq, str(entry.payload["snapshot_sha256"]))
                    for file in entry.payload.get("files", []):
                        key = (int(entry.entity_id), str(file["kind"]))
                        pinned_files[key] = (entry.seq, str(file["sha256"]))
                yield entry

        count, broken = verify_chain(watch(uow.audit.entries()))
        last = uow.audit.last()
        if broken is None:
            broken = _snapshot_break(pinned, uow.documents.snapshot_digests())
        if broken is None:
            broken = _file_break(pinned_files, uow.documents.file_digests())
    return AuditCheck(count, None if last is None else AuditHead(last.seq, last.hash), broken)


def _snapshot_break(
    pinned: dict[str, tuple[int, str]], actual: dict[int, str]
) -> ChainBreak | None:
    """An issued document whose stored bytes differ from the hash its audit entry pinned."""
    for document_id, digest in sorted(actual.items()):
        seq, expected = pinned.get(str(document_id), (0, ""))
        if digest != expected:
            where = f"entry {seq}" if seq else "no audit entry"
            return ChainBreak(
                seq, f"issued document {document_id} does not match its hash ({where})"
            )
    return None


def _file_break(
    pinned: dict[tuple[int, str], tuple[int, str]], actual: dict[tuple[int, str], str]
) -> ChainBreak | None:
    """A frozen file whose bytes differ from the hash pinned at issue, or that went missing."""
    for key in sorted(set(pinned) | set(actual)):
        seq, expected = pinned.get(key, (0, ""))
        if actual.get(key) != expected:
            document_id, kind = key
            problem = "is missing" if key not in actual else "does not match its hash"
            where = f"entry {seq}" if seq else "no audit entry"
            return ChainBreak(seq, f"the {kind} file of document {document_id} {problem} ({where})")
    return None


def audit_head(ctx: Context) -> AuditHead:
    """The latest sequence and hash, printed on exports so a rewritten chain shows."""
    with ctx.uow() as uow:
        last = uow.audit.last()
    if last is None:
        return EMPTY_HEAD
    return AuditHead(last.seq, last.hash, last.time)


def audit_page(ctx: Context, before: int | None = None, limit: int = 200) -> EntryPage:
    """Entries newest first, a page at a time; ``next`` continues before the last one."""
    with ctx.uow() as uow:
        entries = uow.audit.page(before, limit)
    return EntryPage(tuple(entries), entries[-1].seq if len(entries) == limit else None)
