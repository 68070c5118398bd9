"""Credit notes (full or partial) and debit notes against an issued invoice."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.domain.crediting import credit_limit_problems, full_credit_draft
from app.domain.documents import DocumentType, Draft
from app.domain.draft_format import draft_to_dict
from app.domain.invariants import broken
from app.domain.lifecycle import Action, require
from app.domain.totals import compute_totals
from app.services.audit_log import record
from app.services.changes import Changes, Done, Kind
from app.services.clock import now_iso
from app.services.documents.drafts import parse_draft, provisional_total, rejected
from app.services.ports import Context, StoredDocument, UnitOfWork

CORRECTION_CHANGES = Changes.of(Kind.DOCUMENTS, Kind.AUDIT)


def _target(uow: UnitOfWork, reference: str, action: Action) -> StoredDocument:
    target = uow.documents.find(reference)
    require(target.status, target.type, action)
    return target


def _complete(data: Any, target: StoredDocument) -> Any:
    """A correction belongs to the corrected document's customer and currency."""
    if isinstance(data, dict):
        data = dict(data)
        data.setdefault("customer", str(target.draft.customer_id))
        data.setdefault("currency", target.draft.currency)
        data["corrects"] = str(target.id)
    return data


def _store(uow: UnitOfWork, ctx: Context, draft: Draft, target: StoredDocument) -> int:
    document_id = uow.documents.add_draft(draft, now_iso(ctx), provisional_total(uow, draft))
    record(
        uow,
        ctx,
        "draft.create",
        entity_type="document",
        entity_id=document_id,
        payload={
            "type": draft.type.value,
            "corrects": target.number,
            "draft": draft_to_dict(draft),
        },
    )
    uow.commit()
    return document_id


def new_credit_note(ctx: Context, reference: str, data: Any | None = None) -> Done[int]:
    """A credit note draft for invoice ``reference``: full without ``data``, else partial."""
    with ctx.uow() as uow:
        target = _target(uow, reference, Action.CREDIT)
        if target.issued is None:
            raise broken("target.issued is None")
        if data is None:
            draft = full_credit_draft(target.issued)
        else:
            draft = parse_draft(uow, ctx, _complete(data, target), DocumentType.CREDIT_NOTE)
        draft = replace(draft, corrects=target.id, customer_id=target.draft.customer_id)
        corrections = uow.documents.corrections_of(target.id)
        problems = credit_limit_problems(
            target.issued,
            [c for c in corrections if c.type is DocumentType.DEBIT_NOTE],
            [c for c in corrections if c.type is DocumentType.CREDIT_NOTE],
            draft,
            compute_totals(draft),
        )
        if problems:
            raise rejected(problems)
        return Done(_store(uow, ctx, draft, target), CORRECTION_CHANGES)


def new_debit_note(ctx: Context, reference: str, data: Any) -> int:
    """A debit note draft (a supplementary invoice) referring to invoice ``reference``."""
    with ctx.uow() as uow:
        target = _target(uow, reference, Action.DEBIT)
        draft = parse_draft(uow, ctx, _complete(data, target), DocumentType.DEBIT_NOTE)
        draft = replace(draft, corrects=target.id, customer_id=target.draft.customer_id)
        return _store(uow, ctx, draft, target)
