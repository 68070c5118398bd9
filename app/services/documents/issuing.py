"""Issue a draft: one transaction takes the number, freezes the document, writes the audit entry.

If any step fails nothing is written and the number is not consumed (the transaction rolls
back, counter included). Issuing an issued document, or repeating an idempotency key, returns
the document issued the first time.
"""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from app.audit.chain import canonical
from app.domain.crediting import credit_limit_problems
from app.domain.documents import DocumentType, Draft, IssuedDocument, Status
from app.domain.errors import DomainError, Problem, as_problem, problem
from app.domain.invariants import broken
from app.domain.issued_format import issued_to_dict
from app.domain.lifecycle import Action, require
from app.domain.numbering import check_issue_date, period_of, render_number
from app.domain.parties import Customer
from app.domain.totals import compute_totals
from app.domain.validation import draft_problems
from app.services.audit_log import record
from app.services.changes import Changes, Kind
from app.services.clock import now_iso, today
from app.services.documents.drafts import issue_context, rejected, vat_rounding, write_draft
from app.services.documents.issue_files import files_payload, frozen_files
from app.services.errors import Rejected
from app.services.ports import Context, StoredDocument, UnitOfWork

ISSUE_CHANGES = Changes.of(Kind.DOCUMENTS, Kind.RECEIVABLES, Kind.AUDIT)


@dataclass(frozen=True)
class Issued:
    """An issued document: its id and legal number, and what issuing it changed."""

    document_id: int
    number: str
    changes: Changes = ISSUE_CHANGES


def _result(document_id: int, number: str | None) -> Issued:
    if number is None:
        raise RuntimeError(f"document {document_id} is issued without a number")
    return Issued(document_id, number)


def _with_customer_terms(
    uow: UnitOfWork, ctx: Context, draft: Draft
) -> tuple[Draft, Customer | None]:
    customer = None if draft.customer_id is None else uow.customers.get(draft.customer_id)
    return apply_customer_terms(draft, customer, today(ctx)), customer


def apply_customer_terms(draft: Draft, customer: Customer | None, day: date) -> Draft:
    """Fill the issue date (``day`` when empty), and from the customer's terms the due date,
    early discount and standing buyer reference (e.g. a Leitweg-ID)."""
    issue_date = draft.issue_date or day
    due_date = draft.due_date
    percent, days = draft.discount_percent, draft.discount_days
    if customer is not None and draft.type is not DocumentType.CREDIT_NOTE:
        if due_date is None and customer.payment_terms_days is not None:
            due_date = issue_date + timedelta(days=customer.payment_terms_days)
        if percent is None and customer.discount_percent is not None:
            percent, days = customer.discount_percent, customer.discount_days
    reference = draft.buyer_reference or (customer.buyer_reference if customer else None)
    return replace(
        draft,
        issue_date=issue_date,
        due_date=due_date,
        discount_percent=percent,
        discount_days=days,
        buyer_reference=reference,
    )


def _correction_problems(
    uow: UnitOfWork, draft: Draft, totals: Any
) -> tuple[list[Problem], IssuedDocument | None]:
    if draft.corrects is None:
        return [], None
    target = uow.documents.get(draft.corrects)
    if target.issued is None:
        return [problem("corrects.not_issued", "corrects")], None
    action = Action.CREDIT if draft.type is DocumentType.CREDIT_NOTE else Action.DEBIT
    try:
        require(target.status, target.type, action)
    except DomainError as exc:
        return [as_problem(exc, "corrects")], target.issued
    problems: list[Problem] = []
    if target.draft.customer_id != draft.customer_id:
        problems.append(problem("corrects.customer", "customer", number=target.number))
    if draft.type is DocumentType.CREDIT_NOTE:
        corrections = uow.documents.corrections_of(target.id)
        credits = [c for c in corrections if c.type is DocumentType.CREDIT_NOTE]
        debits = [c for c in corrections if c.type is DocumentType.DEBIT_NOTE]
        problems += credit_limit_problems(target.issued, debits, credits, draft, totals)
    return problems, target.issued


def _request_hash(document_id: int) -> str:
    return hashlib.sha256(canonical({"operation": "issue", "document": document_id})).hexdigest()


def _replay(uow: UnitOfWork, key: str, document_id: int) -> Issued | None:
    stored = uow.idempotency.get(key)
    if stored is None:
        return None
    operation, request_hash, result = stored
    if operation != "issue" or request_hash != _request_hash(document_id):
        raise Rejected.of("idempotency.reused", "idempotency_key", key=key)
    replayed: dict[str, Any] = json.loads(result)
    return Issued(int(replayed["id"]), str(replayed["number"]))


def _freeze(uow: UnitOfWork, ctx: Context, stored: StoredDocument) -> IssuedDocument:
    draft, customer = _with_customer_terms(uow, ctx, stored.draft)
    context = issue_context(uow, draft)
    profile = uow.company.profile()
    totals = compute_totals(draft, vat_rounding(profile), profile.accounting_currency)
    problems = draft_problems(draft, context)
    more, corrected = _correction_problems(uow, draft, totals)
    if problems + more:
        raise rejected(problems + more)
    if draft.issue_date is None or context.buyer is None:
        raise broken("draft.issue_date or context.buyer is None")
    series_id, spec = uow.series.find(draft.type, draft.series)
    period = period_of(spec, draft.issue_date)
    seq, last_date = uow.series.take_next(series_id, period, draft.issue_date)
    try:
        check_issue_date(spec, draft.issue_date, last_date)
    except DomainError as exc:
        raise Rejected([as_problem(exc, "issue_date")]) from None
    issued = IssuedDocument(
        id=stored.id,
        number=render_number(spec.pattern, seq, draft.issue_date),
        draft=draft,
        seller=context.seller,
        buyer=context.buyer,
        totals=totals,
        issued_at=now_iso(ctx),
        corrects_number=corrected.number if corrected else None,
        payment=None if draft.type is DocumentType.CREDIT_NOTE else profile.payment,
    )
    files = frozen_files(ctx, issued, profile.settings, customer)
    frozen = issued_to_dict(issued)
    snapshot = canonical(frozen)
    uow.documents.mark_issued(issued, series_id, period, seq, snapshot)
    for file in files:
        uow.documents.add_file(issued.id, file, issued.issued_at)
    payload = issue_audit_payload(frozen, hashlib.sha256(snapshot).hexdigest())
    record(
        uow,
        ctx,
        "document.issue",
        entity_type="document",
        entity_id=stored.id,
        payload={**payload, "files": files_payload(files)},
    )
    return issued


def issue_audit_payload(frozen: dict[str, Any], snapshot_sha256: str) -> dict[str, Any]:
    """The legally relevant headline of an issued document, and the hash that pins the rest.

    The full frozen document is stored with the document; its SHA-256 here ties every one of
    its bytes into the chain (``audit verify`` recomputes it).
    """
    document = frozen["document"]
    return {
        "number": frozen["number"],
        "type": frozen["type"],
        "issued_at": frozen["issued_at"],
        "issue_date": document.get("issue_date"),
        "due_date": document.get("due_date"),
        "currency": document["currency"],
        "corrects": frozen["corrects_number"],
        "seller": {"name": frozen["seller"]["name"], "vat_id": frozen["seller"]["vat_id"]},
        "buyer": {"name": frozen["buyer"]["name"], "vat_id": frozen["buyer"]["vat_id"]},
        "totals": {k: v for k, v in frozen["totals"].items() if k not in ("lines",)},
        "snapshot_sha256": snapshot_sha256,
    }


def issue_document(ctx: Context, document_id: int, idempotency_key: str | None = None) -> Issued:
    """Issue draft ``document_id``; a repeated key or an issued document returns the first issue."""
    with ctx.uow() as uow:
        if idempotency_key:
            replayed = _replay(uow, idempotency_key, document_id)
            if replayed is not None:
                return replayed
        stored = uow.documents.get(document_id)
        if stored.status is Status.ISSUED:
            return _result(stored.id, stored.number)
        require(stored.status, stored.type, Action.ISSUE)
        issued = _freeze(uow, ctx, stored)
        result = _result(issued.id, issued.number)
        if idempotency_key:
            uow.idempotency.put(
                idempotency_key,
                "issue",
                _request_hash(document_id),
                json.dumps({"id": result.document_id, "number": result.number}),
                now_iso(ctx),
            )
        uow.commit()
    return result


def save_and_issue(
    ctx: Context, document_id: int | None, data: dict[str, Any], doc_type: DocumentType
) -> Issued:
    """Save the draft being edited (new when ``document_id`` is None) and issue it, in one
    transaction: when issuing is refused, the edit is not saved either."""
    with ctx.uow() as uow:
        saved_id, draft = write_draft(
            uow, ctx, document_id, copy.deepcopy(data), doc_type, provisional=False
        )
        require(Status.DRAFT, draft.type, Action.ISSUE)
        stored = StoredDocument(saved_id, draft.type, Status.DRAFT, draft, None, None)
        issued = _freeze(uow, ctx, stored)
        uow.commit()
    return _result(issued.id, issued.number)


def issue_batch(ctx: Context, document_ids: list[int]) -> list[Issued]:
    """Issue several drafts in one transaction: all get numbers, or none does."""
    results = []
    with ctx.uow() as uow:
        for document_id in document_ids:
            stored = uow.documents.get(document_id)
            if stored.status is Status.ISSUED:
                results.append(_result(stored.id, stored.number))
                continue
            require(stored.status, stored.type, Action.ISSUE)
            issued = _freeze(uow, ctx, stored)
            results.append(_result(issued.id, issued.number))
        uow.commit()
    return results
