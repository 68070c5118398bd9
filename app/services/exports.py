"""Issued documents for exchange formats (the writers are adapters; the caller picks one)."""

from __future__ import annotations

from app.domain.documents import IssuedDocument
from app.services.errors import InvalidInput
from app.services.ports import Context


def issued_document(ctx: Context, reference: str) -> IssuedDocument:
    """The frozen issued document with this number (or id); drafts are refused."""
    with ctx.uow() as uow:
        stored = uow.documents.find(reference)
    if stored.issued is None:
        raise InvalidInput("NUMBER", f"{reference} is a draft; issue it first")
    return stored.issued
