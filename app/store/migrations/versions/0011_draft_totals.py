"""Drafts carry their provisional total, so the document list shows and sorts by it.

The program writes ``tax_inclusive`` and ``total_minor`` of a draft whenever it is saved
(``app.services.documents.drafts.provisional_total``; issuing writes the final figures). This
migration fills them for the drafts already in the file, with the same domain code: the
company's VAT rounding and accounting currency (no total where the domain refuses to compute
one).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-24
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from app.domain.documents import DocumentType
from app.domain.draft_format import draft_from_dict
from app.domain.errors import DomainError
from app.domain.money import to_minor
from app.domain.totals import VatRounding, compute_totals

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    currency = connection.execute(sa.text("SELECT currency FROM company LIMIT 1")).scalar()
    setting = connection.execute(
        sa.text(
            "SELECT value_json FROM company_setting WHERE key = 'tax.vat_rounding'"
            " ORDER BY version DESC LIMIT 1"
        )
    ).scalar()
    rounding = VatRounding(json.loads(setting) if setting else VatRounding.DOCUMENT.value)
    drafts = connection.execute(
        sa.text("SELECT id, type, draft_json FROM document WHERE status = 'draft'")
    ).fetchall()
    totals = []
    for document_id, doc_type, draft_json in drafts:
        try:
            draft = draft_from_dict(json.loads(draft_json), DocumentType(doc_type))
            total = compute_totals(draft, rounding, currency).tax_inclusive
        except DomainError:
            continue  # the list shows no total for it, as before
        totals.append({"id": document_id, "t": str(total), "m": to_minor(total, draft.currency)})
    if totals:
        connection.execute(
            sa.text("UPDATE document SET tax_inclusive = :t, total_minor = :m WHERE id = :id"),
            totals,
        )


def downgrade() -> None:
    op.execute(
        "UPDATE document SET tax_inclusive = NULL, total_minor = NULL WHERE status = 'draft'"
    )
