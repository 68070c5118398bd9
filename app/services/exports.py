"""Issued documents for exchange formats (the writers are adapters; the caller picks one)."""

from __future__ import annotations

from app.domain.documents import IssuedDocument
from app.domain.einvoice_formats import EInvoiceFormat
from app.services.errors import InvalidInput
from app.services.issue_files import GATE_SETTING, einvoice_file
from app.services.ports import Context, FrozenFile
from app.services.settings import DEFAULTS


def issued_document(ctx: Context, reference: str) -> IssuedDocument:
    """The frozen issued document with this number (or id); drafts are refused."""
    with ctx.uow() as uow:
        stored = uow.documents.find(reference)
    if stored.issued is None:
        raise InvalidInput("NUMBER", f"{reference} is a draft; issue it first")
    return stored.issued


def einvoice(ctx: Context, reference: str, fmt: EInvoiceFormat | None = None) -> FrozenFile:
    """The e-invoice of an issued document.

    The XML frozen at issue is returned byte for byte when no format is asked for or the
    asked one is the frozen one. Another format is written from the frozen snapshot and, with
    the gate on, checked against the rules like at issue.
    """
    with ctx.uow() as uow:
        stored = uow.documents.find(reference)
        if stored.issued is None:
            raise InvalidInput("NUMBER", f"{reference} is a draft; issue it first")
        frozen = uow.documents.file(stored.id, "einvoice")
        settings = {**DEFAULTS, **uow.company.profile().settings}
    if frozen is not None and (fmt is None or fmt.value == frozen.format):
        return frozen
    if fmt is None or fmt is EInvoiceFormat.NONE:
        raise InvalidInput(
            "--format", f"{reference} was issued without an e-invoice; name a format"
        )
    written = einvoice_file(ctx, stored.issued, fmt, gate=settings[GATE_SETTING] == "on")
    assert written is not None
    return written
