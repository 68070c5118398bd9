"""Read models for the CLI and the window: one document in full, lists of documents."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from app.domain.documents import DocumentType, Status
from app.domain.draft_format import draft_to_dict
from app.domain.invariants import broken
from app.domain.issued_format import issued_to_dict, party_to_dict, totals_to_dict
from app.domain.totals import compute_totals
from app.domain.validation import draft_problems
from app.services.clock import today
from app.services.drafts import issue_context, vat_rounding
from app.services.errors import InvalidInput
from app.services.ports import (
    LIST_FILTERS,
    LIST_SORTS,
    Context,
    DocumentPage,
    DocumentQuery,
    DocumentSummary,
    FrozenFile,
)
from app.services.receivables_reports import payment_info
from app.services.receivables_results import DocumentMoney

TOTAL_KEYS = (
    "line_total",
    "allowance_total",
    "charge_total",
    "tax_exclusive",
    "tax_total",
    "tax_inclusive",
    "prepaid",
    "rounding",
    "payable",
)


def _public_totals(totals: dict[str, Any]) -> dict[str, Any]:
    out = {key: totals[key] for key in TOTAL_KEYS}
    out["vat_breakdown"] = totals["vat_breakdown"]
    if totals.get("tax_total_accounting") is not None:
        out["tax_total_accounting"] = totals["tax_total_accounting"]
        out["accounting_currency"] = totals["accounting_currency"]
    return out


def _file_info(file: FrozenFile) -> dict[str, Any]:
    return {
        "kind": file.kind,
        "format": file.format,
        "media_type": file.media_type,
        "size": len(file.data),
        "sha256": file.sha256,
    }


def _money_fields(money: DocumentMoney) -> dict[str, Any]:
    """The receivable keys of a shown document (a credit note has only the first four)."""
    fields: dict[str, Any] = {
        "amount_due": None if money.amount_due is None else str(money.amount_due),
        "payment_status": None if money.payment_status is None else money.payment_status.value,
        "overdue": money.overdue,
        "disputed": money.disputed,
    }
    if money.amount_due is not None:
        fields |= {
            "paid": str(money.paid),
            "credited": str(money.credited),
            "discount": str(money.discount),
            "written_off": str(money.written_off),
            "fees": str(money.fees),
        }
    return fields


def show_document(ctx: Context, reference: str) -> dict[str, Any]:
    """Everything about one document; a draft shows provisional totals and its problems."""
    with ctx.uow() as uow:
        stored = uow.documents.find(reference)
        corrections = [
            {"number": c.number, "type": c.type.value, "tax_inclusive": str(c.totals.tax_inclusive)}
            for c in uow.documents.corrections_of(stored.id)
        ]
        if stored.issued is not None:
            snapshot = issued_to_dict(stored.issued)
            draft = stored.issued.draft
            if draft.customer_id is None:
                raise broken("draft.customer_id is None")
            money = payment_info(uow, stored.id, draft.customer_id, today(ctx))
            found = [uow.documents.file(stored.id, kind) for kind in ("einvoice", "pdf")]
            files = [_file_info(f) for f in found if f is not None]
            return {
                **_money_fields(money),
                "id": stored.id,
                "number": stored.number,
                "type": stored.type.value,
                "status": Status.ISSUED.value,
                "currency": draft.currency,
                "issue_date": draft.issue_date.isoformat() if draft.issue_date else None,
                "due_date": draft.due_date.isoformat() if draft.due_date else None,
                "corrects": snapshot["corrects_number"],
                "corrections": corrections,
                "issued_at": snapshot["issued_at"],
                "seller": snapshot["seller"],
                "buyer": snapshot["buyer"],
                "document": snapshot["document"],
                "totals": _public_totals(snapshot["totals"]),
                "payment": snapshot["payment"],
                "files": files,
                "problems": [],
            }
        profile = uow.company.profile()
        context = issue_context(uow, stored.draft)
        totals = compute_totals(stored.draft, vat_rounding(profile), profile.accounting_currency)
        draft = stored.draft
        corrected = uow.documents.get(draft.corrects).number if draft.corrects else None
        return {
            "id": stored.id,
            "number": None,
            "type": stored.type.value,
            "status": Status.DRAFT.value,
            "currency": draft.currency,
            "issue_date": draft.issue_date.isoformat() if draft.issue_date else None,
            "due_date": draft.due_date.isoformat() if draft.due_date else None,
            "corrects": corrected,
            "corrections": corrections,
            "issued_at": None,
            "seller": party_to_dict(context.seller),
            "buyer": party_to_dict(context.buyer) if context.buyer else None,
            "document": draft_to_dict(draft),
            "totals": _public_totals(totals_to_dict(totals)),
            "problems": [
                {"field": p.field, "message": p.message} for p in draft_problems(draft, context)
            ],
            "amount_due": None,
            "payment_status": None,
        }


def list_documents(
    ctx: Context,
    status: Status | None = None,
    customer_id: int | None = None,
    doc_type: DocumentType | None = None,
) -> list[DocumentSummary]:
    """Every document (of a status, customer, type), in the order they were created."""
    with ctx.uow() as uow:
        return uow.documents.summaries(status, customer_id, doc_type)


def document_page(ctx: Context, query: DocumentQuery) -> DocumentPage:
    """One page of the document list and the cursor of the next one (None at the end)."""
    if query.filter not in LIST_FILTERS:
        raise InvalidInput.of(
            "value.choice", "filter", value=query.filter, known=", ".join(LIST_FILTERS)
        )
    if query.sort not in LIST_SORTS:
        raise InvalidInput.of("value.choice", "sort", value=query.sort, known=", ".join(LIST_SORTS))
    if query.today is None:
        query = replace(query, today=today(ctx))
    with ctx.uow() as uow:
        found = uow.documents.page(query)
    last = found[-1] if len(found) == query.limit else None
    return DocumentPage(tuple(item for item, _ in found), None if last is None else last[1])


def selection_total(rows: Iterable[DocumentSummary]) -> dict[str, Decimal]:
    """What the issued documents among ``rows`` add up to, per currency in code order: credit
    notes count negative; drafts not at all (their totals are provisional)."""
    sums: dict[str, Decimal] = {}
    for row in rows:
        if row.status is not Status.ISSUED or row.tax_inclusive is None:
            continue
        amount = -row.tax_inclusive if row.type is DocumentType.CREDIT_NOTE else row.tax_inclusive
        sums[row.currency] = sums.get(row.currency, Decimal(0)) + amount
    return dict(sorted(sums.items()))
