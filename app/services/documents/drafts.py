"""Drafts: create from the draft JSON, edit, delete, check. Products fill lines in."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from babel.numbers import list_currencies

from app.domain.documents import DocumentType, Draft, Status
from app.domain.draft_format import draft_from_dict, draft_to_dict
from app.domain.errors import DomainError, InvalidDocument, Problem, as_problem, problem
from app.domain.lifecycle import Action, require
from app.domain.totals import VatRounding, compute_totals
from app.domain.validation import IssueContext, draft_problems
from app.services.audit_log import record
from app.services.changes import Changes, Kind
from app.services.clock import now_iso, today
from app.services.errors import NotFound, Rejected
from app.services.ports import CompanyProfile, Context, UnitOfWork

DRAFT_CHANGES = Changes.of(Kind.DOCUMENTS, Kind.AUDIT)


def rejected(problems: list[Problem]) -> Rejected:
    return Rejected(problems)


def _fill_from_products(uow: UnitOfWork, data: Any, day: date) -> list[Problem]:
    """Lines that name a product get its description, unit, price and tax (valid on ``day``)."""
    problems: list[Problem] = []
    if not isinstance(data, dict) or not isinstance(data.get("lines"), list):
        return problems
    table = uow.tax_rates.table()
    for index, line in enumerate(data["lines"]):
        if not isinstance(line, dict) or line.get("product") is None:
            continue
        try:
            product = uow.products.get(int(str(line["product"])))
            rate = table.lookup(product.tax_rate_name, day)
        except NotFound as exc:
            problems.append(replace(exc.problem, field=f"lines[{index}].product"))
            continue
        except ValueError:
            where = f"lines[{index}].product"
            problems.append(problem("value.not_id", where, value=repr(line["product"])))
            continue
        except DomainError as exc:
            problems.append(as_problem(exc, f"lines[{index}].product"))
            continue
        line.setdefault("description", product.name)
        line.setdefault("unit", product.unit)
        line.setdefault("unit_price", str(product.unit_price))
        line.setdefault("tax_category", rate.category.value)
        if rate.rate is not None:
            line.setdefault("tax_rate", str(rate.rate))
        if rate.exemption_reason or rate.exemption_code:
            line.setdefault("exemption_reason", rate.exemption_reason)
            line.setdefault("exemption_code", rate.exemption_code)
        line.pop("product")
    return problems


def vat_rounding(profile: CompanyProfile) -> VatRounding:
    """The company's VAT rounding (per document by default, or per line)."""
    return profile.settings.vat_rounding


def provisional_total(uow: UnitOfWork, draft: Draft) -> Decimal | None:
    """What the draft comes to as it stands (the document list's Total for a draft); None if the
    domain refuses to compute it. Issuing writes the final totals."""
    profile = uow.company.profile()
    try:
        return compute_totals(
            draft, vat_rounding(profile), profile.accounting_currency
        ).tax_inclusive
    except DomainError:
        return None


def parse_draft(uow: UnitOfWork, ctx: Context, data: Any, doc_type: DocumentType) -> Draft:
    """The draft JSON into a Draft, refusing anything that cannot even be stored."""
    day = today(ctx)
    if isinstance(data, dict) and isinstance(data.get("issue_date"), str):
        with contextlib.suppress(ValueError):
            day = date.fromisoformat(data["issue_date"])
    problems = _fill_from_products(uow, data, day)
    try:
        draft = draft_from_dict(data, doc_type)
    except InvalidDocument as exc:
        raise rejected(problems + exc.problems) from None
    if draft.currency not in list_currencies():
        problems.append(problem("currency.unknown", "currency", value=draft.currency))
    if draft.customer_id is not None:
        try:
            uow.customers.get(draft.customer_id)
        except NotFound as exc:
            problems.append(replace(exc.problem, field="customer"))
    if problems:
        raise rejected(problems)
    return draft


def write_draft(
    uow: UnitOfWork,
    ctx: Context,
    document_id: int | None,
    data: Any,
    doc_type: DocumentType,
    *,
    provisional: bool = True,
) -> tuple[int, Draft]:
    """Inside a unit of work: store a new draft (``document_id`` None) or replace a stored
    one's content, with its audit entry; returns its id and the parsed draft.
    ``provisional`` False skips the list's provisional total (issuing writes the real one)."""
    if document_id is not None:
        stored = uow.documents.get(document_id)
        require(stored.status, stored.type, Action.EDIT)
        doc_type = stored.type
    draft = parse_draft(uow, ctx, data, doc_type)
    total = provisional_total(uow, draft) if provisional else None
    if document_id is None:
        if draft.corrects is not None and doc_type is DocumentType.INVOICE:
            raise Rejected.of("corrects.invoice", "corrects")
        document_id = uow.documents.add_draft(draft, now_iso(ctx), total)
        payload: dict[str, Any] = {"type": doc_type.value, "draft": draft_to_dict(draft)}
        record(
            uow, ctx, "draft.create", entity_type="document", entity_id=document_id, payload=payload
        )
        return document_id, draft
    if stored.draft.corrects is not None and draft.corrects != stored.draft.corrects:
        draft = replace(draft, corrects=stored.draft.corrects)
    uow.documents.update_draft(document_id, draft, now_iso(ctx), total)
    record(
        uow,
        ctx,
        "draft.edit",
        entity_type="document",
        entity_id=document_id,
        payload={"draft": draft_to_dict(draft)},
    )
    return document_id, draft


def create_draft(ctx: Context, data: Any, doc_type: DocumentType = DocumentType.INVOICE) -> int:
    """Store a new draft; returns its id. The draft may still be incomplete."""
    with ctx.uow() as uow:
        document_id, _draft = write_draft(uow, ctx, None, data, doc_type)
        uow.commit()
    return document_id


def create_drafts(
    ctx: Context, items: list[Any], doc_type: DocumentType = DocumentType.INVOICE
) -> list[int]:
    """Store many drafts in one transaction (imports, generators): all or none."""
    ids = []
    with ctx.uow() as uow:
        for data in items:
            draft = parse_draft(uow, ctx, data, doc_type)
            document_id = uow.documents.add_draft(
                draft, now_iso(ctx), provisional_total(uow, draft)
            )
            record(
                uow,
                ctx,
                "draft.create",
                entity_type="document",
                entity_id=document_id,
                payload={"type": doc_type.value, "draft": draft_to_dict(draft)},
            )
            ids.append(document_id)
        uow.commit()
    return ids


def edit_draft(ctx: Context, document_id: int, data: Any) -> None:
    """Replace a draft's content (drafts only)."""
    with ctx.uow() as uow:
        write_draft(uow, ctx, document_id, data, DocumentType.INVOICE)
        uow.commit()


def delete_draft(ctx: Context, document_id: int) -> Changes:
    """Delete a draft; issued documents can never be deleted."""
    with ctx.uow() as uow:
        stored = uow.documents.get(document_id)
        require(stored.status, stored.type, Action.DELETE)
        uow.documents.delete_draft(document_id)
        record(
            uow,
            ctx,
            "draft.delete",
            entity_type="document",
            entity_id=document_id,
            payload={"type": stored.type.value},
        )
        uow.commit()
    return DRAFT_CHANGES


def issue_context(uow: UnitOfWork, draft: Draft) -> IssueContext:
    profile = uow.company.profile()
    buyer = None
    if draft.customer_id is not None:
        buyer = uow.customers.get(draft.customer_id).snapshot()
    return IssueContext(
        seller=profile.seller, buyer=buyer, accounting_currency=profile.accounting_currency
    )


def check_draft(ctx: Context, document_id: int) -> list[Problem]:
    """Everything that would stop this draft from being issued today."""
    with ctx.uow() as uow:
        stored = uow.documents.get(document_id)
        if stored.status is not Status.DRAFT:
            return []
        return draft_problems(stored.draft, issue_context(uow, stored.draft))
