"""The accountant's bundle: made once for a period, signed, stored, never changed, and queued
for every active destination in the same transaction.

The files are written by a ``BundleMaker`` (the exporters of sync/); this module decides what
goes in, numbers the bundle without gaps, keeps it and queues its delivery.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from app import __version__
from app.domain.schedule import due_periods
from app.services.accountant.period import PeriodData, period_data_in
from app.services.accountant.sync_ports import BundleInfo, DocumentFileRef, FileRef, NewBundle
from app.services.audit_log import record
from app.services.changes import Changes, Done, Kind
from app.services.clock import now_iso, today
from app.services.company.company_settings import CompanySettings
from app.services.errors import InvalidInput
from app.services.ports import Context, UnitOfWork

BUNDLE_CHANGES = Changes.of(Kind.BUNDLES, Kind.AUDIT)

MANIFEST = "manifest.json"
DOCUMENTS = "documents"


class BundleMaker(Protocol):
    """Writes the files of a bundle (implemented in sync/)."""

    def files(
        self, data: PeriodData, settings: CompanySettings
    ) -> tuple[dict[str, bytes], dict[str, Any]]:
        """The generated files (name -> bytes) and the summary: counts and totals."""
        ...

    def manifest(self, facts: dict[str, Any], files: list[FileRef], private_key: bytes) -> bytes:
        """The signed manifest.json of ``files`` with ``facts``."""
        ...


@dataclass(frozen=True)
class Made:
    bundle: BundleInfo
    files: int
    size: int
    jobs: int


def signing_key_in(uow: UnitOfWork, ctx: Context) -> tuple[bytes, str]:
    """The company's Ed25519 key (raw private bytes, public hex), made on first use."""
    found = uow.bundles.signing_key()
    if found is not None:
        return found
    # imported here: the window imports this module at start-up and rarely makes a key
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
        PublicFormat,
    )

    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
    uow.bundles.add_signing_key(private, public, now_iso(ctx))
    record(
        uow,
        ctx,
        "bundle.key",
        entity_type="signing_key",
        entity_id=1,
        payload={"public_key": public},
    )
    return private, public


def public_key(ctx: Context) -> str:
    """The public half of the company's signing key, for the accountant to pin."""
    with ctx.uow() as uow:
        found = uow.bundles.signing_key()
        if found is not None:
            return found[1]
        _, public = signing_key_in(uow, ctx)
        uow.commit()
        return public


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "document"


def document_names(refs: list[DocumentFileRef]) -> list[tuple[str, DocumentFileRef]]:
    """``documents/INV-2026-00001.pdf`` and ``.xml`` per issued document, unique."""
    taken: set[str] = set()
    named = []
    for ref in refs:
        base = f"{DOCUMENTS}/{_safe(ref.number)}"
        name = f"{base}.{'pdf' if ref.kind == 'pdf' else 'xml'}"
        if name in taken:
            name = f"{base}-{ref.document_id}.{name.rsplit('.', 1)[1]}"
        taken.add(name)
        named.append((name, ref))
    return named


def create_bundle(
    ctx: Context, start: date, end: date, maker: BundleMaker, *, correct: bool = False
) -> Done[Made]:
    """Make, sign and keep the bundle of a period and queue it for every active destination.

    A period already bundled is refused unless ``correct``: then the new bundle supersedes the
    latest one of that period.
    """
    if end < start:
        raise InvalidInput.of(
            "period.end_before", "end", end=end.isoformat(), start=start.isoformat()
        )
    with ctx.uow() as uow:
        earlier = uow.bundles.covering(start, end)
        if earlier and not correct:
            raise InvalidInput.of(
                "bundle.covered",
                "period",
                sequence=earlier[-1].sequence,
                start=start,
                end=end,
                correct_field="correct",
            )
        if correct and not earlier:
            raise InvalidInput.of("bundle.none_covers", "correct", start=start, end=end)
        supersedes = earlier[-1].export_id if earlier else None
        made = _make(uow, ctx, (start, end), maker, supersedes)
        uow.commit()
    return Done(made, BUNDLE_CHANGES)


def _make(
    uow: UnitOfWork,
    ctx: Context,
    period: tuple[date, date],
    maker: BundleMaker,
    supersedes: str | None,
) -> Made:
    start, end = period
    profile = uow.company.profile()
    data = period_data_in(uow, start, end)
    generated, summary = maker.files(data, profile.settings)
    documents = document_names(uow.bundles.document_files(start, end))
    refs = [FileRef(n, hashlib.sha256(b).hexdigest(), len(b)) for n, b in generated.items()]
    refs += [FileRef(name, ref.sha256, ref.size) for name, ref in documents]
    private, _ = signing_key_in(uow, ctx)
    sequence = uow.bundles.next_sequence()
    head = uow.audit.last()
    now = now_iso(ctx)
    facts = {
        "export_id": str(uuid.uuid4()),
        "sequence": sequence,
        "supersedes": supersedes,
        "period": {"from": start.isoformat(), "to": end.isoformat()},
        "company": {"name": profile.seller.name, "vat_id": profile.seller.vat_id},
        "created_at": now,
        "program": __version__,
        "counts": summary.get("counts", {}),
        "totals": summary.get("totals", {}),
        "audit_head": {"sequence": head.seq, "hash": head.hash} if head else None,
    }
    manifest = maker.manifest(facts, refs, private)
    folder = f"{sequence:05d}_{start.isoformat()}_{end.isoformat()}"
    bundle_id = uow.bundles.add(
        NewBundle(
            facts["export_id"], sequence, start, end, supersedes, folder, summary, manifest, now
        )
    )
    by_name = {ref.name: ref for ref in refs}
    uow.bundles.add_files(
        bundle_id,
        [(by_name[name], blob, None) for name, blob in generated.items()]
        + [(by_name[name], None, ref.file_id) for name, ref in documents],
    )
    jobs = 0
    for destination in uow.outbox.destinations():
        if destination.active:
            uow.outbox.add_job(bundle_id, destination.id, uuid.uuid4().hex, now)
            jobs += 1
    record(
        uow,
        ctx,
        "bundle.create",
        entity_type="bundle",
        entity_id=sequence,
        payload={
            "export_id": facts["export_id"],
            "folder": folder,
            "supersedes": supersedes,
            "manifest_sha256": hashlib.sha256(manifest).hexdigest(),
            "files": len(refs),
        },
    )
    info = BundleInfo(
        bundle_id, facts["export_id"], sequence, start, end, supersedes, folder, summary, now
    )
    return Made(info, len(refs) + 1, sum(r.size for r in refs) + len(manifest), jobs)


def find_bundle(ctx: Context, reference: str) -> BundleInfo:
    with ctx.uow() as uow:
        found = uow.bundles.find(reference)
    if found is None:
        raise InvalidInput.of("bundle.unknown", "bundle", reference=reference)
    return found


def bundles(ctx: Context) -> list[BundleInfo]:
    with ctx.uow() as uow:
        return uow.bundles.all()


def bundle_contents(ctx: Context, bundle_id: int) -> tuple[list[FileRef], bytes]:
    """The files a bundle lists and its manifest."""
    with ctx.uow() as uow:
        return uow.bundles.files(bundle_id), uow.bundles.manifest(bundle_id)


def due(ctx: Context) -> list[tuple[date, date]]:
    """The periods the company's schedule wants bundled now and that have no bundle yet."""
    with ctx.uow() as uow:
        settings = uow.company.profile().settings
        made = uow.bundles.all()
    last_end = max((b.period_to for b in made), default=None)
    covered = {(b.period_from, b.period_to) for b in made}
    periods = due_periods(settings.sync_schedule, settings.sync_day, today(ctx), last_end)
    return [p for p in periods if p not in covered]


def file_data(ctx: Context, bundle_id: int, refs: list[FileRef]) -> dict[str, bytes]:
    """The bytes of a few files of a bundle (one short transaction)."""
    with ctx.uow() as uow:
        return uow.bundles.file_data(bundle_id, [r.name for r in refs])
