"""Appending to the audit chain (inside the caller's transaction) and verifying it."""

from __future__ import annotations

from typing import Any

from app.audit.chain import AuditEntry, next_entry, verify_chain
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
    )
    uow.audit.append(entry)
    return entry


def verify_audit(ctx: Context) -> dict[str, Any]:
    """Recompute the whole chain; names the first broken entry."""
    with ctx.uow() as uow:
        count, broken = verify_chain(uow.audit.entries())
        last = uow.audit.last()
    return {
        "ok": broken is None,
        "entries": count,
        "head": None if last is None else {"seq": last.seq, "hash": last.hash},
        "first_break": None if broken is None else {"seq": broken.seq, "reason": broken.reason},
    }


def audit_head(ctx: Context) -> dict[str, Any]:
    """The latest sequence and hash, printed on exports so a rewritten chain shows."""
    with ctx.uow() as uow:
        last = uow.audit.last()
    if last is None:
        return {"seq": 0, "hash": "0" * 64}
    return {"seq": last.seq, "hash": last.hash, "time": last.time}
