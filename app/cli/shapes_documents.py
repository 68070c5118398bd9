"""The JSON shape of ``invoice show`` (docs/cli.md is its contract): the typed
``ShownDocument`` in, the parties, content and totals in the snapshot's own JSON format out
(``app.domain.issued_format``), with what is owed on an issued document."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.cli.shapes_receivables import document_money

if TYPE_CHECKING:  # the parser imports this module; the services load with the command
    from app.services.documents.queries import ShownDocument

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
    """The totals as shown: without the currency the document states already."""
    out = {key: totals[key] for key in TOTAL_KEYS}
    out["vat_breakdown"] = totals["vat_breakdown"]
    if totals.get("tax_total_accounting") is not None:
        out["tax_total_accounting"] = totals["tax_total_accounting"]
        out["accounting_currency"] = totals["accounting_currency"]
    return out


def shown_document(doc: ShownDocument) -> dict[str, Any]:
    """``invoice show``: an issued document with its files and receivable status, or a draft
    with its problems (and no payment, files or receivable keys but amount_due and status)."""
    from app.domain.draft_format import draft_to_dict
    from app.domain.issued_format import party_to_dict, totals_to_dict

    shape: dict[str, Any] = {
        "id": doc.id,
        "number": doc.number,
        "type": doc.type.value,
        "status": doc.status.value,
        "currency": doc.currency,
        "issue_date": doc.issue_date.isoformat() if doc.issue_date else None,
        "due_date": doc.due_date.isoformat() if doc.due_date else None,
        "corrects": doc.corrects,
        "corrections": [
            {"number": c.number, "type": c.type.value, "tax_inclusive": str(c.tax_inclusive)}
            for c in doc.corrections
        ],
        "issued_at": doc.issued_at,
        "seller": party_to_dict(doc.seller),
        "buyer": None if doc.buyer is None else party_to_dict(doc.buyer),
        "document": draft_to_dict(doc.draft),
        "totals": _public_totals(totals_to_dict(doc.totals)),
        "problems": [{"field": p.field, "message": p.message} for p in doc.problems],
    }
    if doc.money is None:  # a draft
        return {**shape, "amount_due": None, "payment_status": None}
    payment = doc.payment
    return {
        **document_money(doc.money),
        **shape,
        "payment": None
        if payment is None
        else {"iban": payment.iban, "bic": payment.bic, "bank_name": payment.bank_name},
        "files": [
            {
                "kind": f.kind,
                "format": f.format,
                "media_type": f.media_type,
                "size": f.size,
                "sha256": f.sha256,
            }
            for f in doc.files
        ],
    }
