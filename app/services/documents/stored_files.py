"""Issued documents for exchange formats (the writers are adapters; the caller picks one)."""

from __future__ import annotations

from dataclasses import replace

from app.domain.documents import DocumentType, Draft, IssuedDocument, Status
from app.domain.einvoice_formats import EInvoiceFormat
from app.domain.errors import DomainError
from app.domain.invariants import broken
from app.domain.lifecycle import Action, allowed
from app.domain.totals import compute_totals
from app.services.clock import today
from app.services.documents.drafts import issue_context
from app.services.documents.issue_files import PDF, einvoice_file
from app.services.errors import InvalidInput, Rejected
from app.services.ports import Context, FrozenFile, UnitOfWork


def einvoice(ctx: Context, reference: str, fmt: EInvoiceFormat | None = None) -> FrozenFile:
    """The e-invoice of an issued document.

    The XML frozen at issue is returned byte for byte when no format is asked for or the
    asked one is the frozen one. Another format is written from the frozen snapshot and, with
    the gate on, checked against the rules like at issue.
    """
    with ctx.uow() as uow:
        stored = uow.documents.find(reference)
        if not allowed(stored.status, stored.type, Action.EXPORT_XML) or stored.issued is None:
            raise InvalidInput.of("export.draft", "number", reference=reference)
        frozen = uow.documents.file(stored.id, "einvoice")
        settings = uow.company.profile().settings
    if frozen is not None and (fmt is None or fmt.value == frozen.format):
        if frozen.format == EInvoiceFormat.FACTURX.value and fmt is EInvoiceFormat.FACTURX:
            return document_pdf(ctx, reference)
        return frozen
    if fmt is None or fmt is EInvoiceFormat.NONE:
        raise InvalidInput.of("export.no_einvoice", "format", reference=reference)
    written = einvoice_file(ctx, stored.issued, fmt, gate=settings.einvoice_validate)
    if written is None:
        raise broken("written is None")
    if fmt is EInvoiceFormat.FACTURX:
        return _facturx(ctx, stored.issued, written)
    return written


def _facturx(ctx: Context, issued: IssuedDocument, cii: FrozenFile) -> FrozenFile:
    """The stored PDF with the CII embedded (a document issued in another format)."""
    if ctx.renderer is None:
        raise RuntimeError("no renderer is wired into this context")
    stored = document_pdf(ctx, issued.number)
    data = ctx.renderer.facturx(stored.data, cii.data, issued)
    return FrozenFile(kind="pdf", format="facturx", media_type=PDF, data=data)


def document_pdf(ctx: Context, reference: str) -> FrozenFile:
    """The PDF frozen at issue, byte for byte (documents issued before PDFs were frozen get
    one rendered from their snapshot with today's template)."""
    with ctx.uow() as uow:
        stored = uow.documents.find(reference)
        if not allowed(stored.status, stored.type, Action.PRINT) or stored.issued is None:
            raise InvalidInput.of(
                "export.draft_pdf", "number", reference=reference, id=stored.id, draft_field="draft"
            )
        frozen = uow.documents.file(stored.id, "pdf")
        settings = uow.company.profile().settings
    if frozen is not None:
        return frozen
    if ctx.renderer is None:
        raise RuntimeError("no renderer is wired into this context")
    data = ctx.renderer.document(stored.issued, settings, draft=False)
    return FrozenFile(kind="pdf", format="pdf", media_type=PDF, data=data)


def draft_pdf(ctx: Context, document_id: int) -> bytes:
    """A draft as it would print today: provisional totals, a DRAFT mark, no number."""
    with ctx.uow() as uow:
        stored = uow.documents.get(document_id)
        if stored.status is not Status.DRAFT:
            raise InvalidInput.of("export.issued", "draft", id=document_id, number=stored.number)
        return draft_preview(uow, ctx, stored.draft, stored.id)


def draft_preview(uow: UnitOfWork, ctx: Context, draft: Draft, document_id: int = 0) -> bytes:
    """The PDF of a draft (stored or still being edited) with a DRAFT mark and no number."""
    if ctx.renderer is None:
        raise RuntimeError("no renderer is wired into this context")
    context = issue_context(uow, draft)
    if context.buyer is None:
        raise Rejected.of("customer.choose_print", "customer")
    profile = uow.company.profile()
    settings = profile.settings
    rounding = settings.vat_rounding
    draft = replace(draft, issue_date=draft.issue_date or today(ctx))
    try:
        totals = compute_totals(draft, rounding, profile.accounting_currency)
    except DomainError as exc:
        raise Rejected.of("draft.totals", "draft", reason=exc) from None
    preview = IssuedDocument(
        id=document_id,
        number="",
        draft=draft,
        seller=context.seller,
        buyer=context.buyer,
        totals=totals,
        issued_at="",
        payment=None if draft.type is DocumentType.CREDIT_NOTE else profile.payment,
    )
    return ctx.renderer.document(preview, settings, draft=True)
