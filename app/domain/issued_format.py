"""Issued documents as JSON-safe dicts: the frozen snapshot stored at issue and shown by the CLI."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.domain.documents import (
    Address,
    DocumentType,
    IssuedDocument,
    LineAmounts,
    PartySnapshot,
    PaymentInstructions,
    Totals,
    VatBreakdown,
)
from app.domain.draft_format import draft_from_dict, draft_to_dict
from app.domain.tax import TaxCategory


def _s(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def party_to_dict(party: PartySnapshot) -> dict[str, Any]:
    a = party.address
    return {
        "name": party.name,
        "address": {
            "street": a.street,
            "additional_street": a.additional_street,
            "city": a.city,
            "postcode": a.postcode,
            "subdivision": a.subdivision,
            "country": a.country,
        },
        "vat_id": party.vat_id,
        "legal_id": party.legal_id,
        "legal_id_scheme": party.legal_id_scheme,
        "electronic_address": party.electronic_address,
        "electronic_address_scheme": party.electronic_address_scheme,
        "email": party.email,
        "language": party.language,
        "contact_name": party.contact_name,
        "phone": party.phone,
        "legal_info": party.legal_info,
    }


def party_from_dict(data: dict[str, Any]) -> PartySnapshot:
    fields = dict(data)
    fields["address"] = Address(**fields["address"])
    return PartySnapshot(**fields)


def totals_to_dict(totals: Totals) -> dict[str, Any]:
    return {
        "currency": totals.currency,
        "line_total": str(totals.line_total),
        "allowance_total": str(totals.allowance_total),
        "charge_total": str(totals.charge_total),
        "tax_exclusive": str(totals.tax_exclusive),
        "tax_total": str(totals.tax_total),
        "tax_inclusive": str(totals.tax_inclusive),
        "prepaid": str(totals.prepaid),
        "rounding": str(totals.rounding),
        "payable": str(totals.payable),
        "vat_breakdown": [
            {
                "category": b.category.value,
                "rate": _s(b.rate),
                "taxable": str(b.taxable),
                "tax": str(b.tax),
                "exemption_reason": b.exemption_reason,
                "exemption_code": b.exemption_code,
            }
            for b in totals.vat_breakdown
        ],
        "lines": [
            {
                "net": str(line.net),
                "allowances": [str(a) for a in line.allowances],
                "charges": [str(c) for c in line.charges],
            }
            for line in totals.lines
        ],
        "document_allowances": [str(a) for a in totals.document_allowances],
        "document_charges": [str(c) for c in totals.document_charges],
        "accounting_currency": totals.accounting_currency,
        "tax_total_accounting": _s(totals.tax_total_accounting),
    }


def _dec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def totals_from_dict(data: dict[str, Any]) -> Totals:
    return Totals(
        currency=data["currency"],
        line_total=Decimal(data["line_total"]),
        allowance_total=Decimal(data["allowance_total"]),
        charge_total=Decimal(data["charge_total"]),
        tax_exclusive=Decimal(data["tax_exclusive"]),
        tax_total=Decimal(data["tax_total"]),
        tax_inclusive=Decimal(data["tax_inclusive"]),
        prepaid=Decimal(data["prepaid"]),
        rounding=Decimal(data["rounding"]),
        payable=Decimal(data["payable"]),
        vat_breakdown=tuple(
            VatBreakdown(
                category=TaxCategory(b["category"]),
                rate=_dec(b["rate"]),
                taxable=Decimal(b["taxable"]),
                tax=Decimal(b["tax"]),
                exemption_reason=b["exemption_reason"],
                exemption_code=b["exemption_code"],
            )
            for b in data["vat_breakdown"]
        ),
        lines=tuple(
            LineAmounts(
                net=Decimal(line["net"]),
                allowances=tuple(Decimal(a) for a in line["allowances"]),
                charges=tuple(Decimal(c) for c in line["charges"]),
            )
            for line in data["lines"]
        ),
        document_allowances=tuple(Decimal(a) for a in data["document_allowances"]),
        document_charges=tuple(Decimal(c) for c in data["document_charges"]),
        accounting_currency=data["accounting_currency"],
        tax_total_accounting=_dec(data["tax_total_accounting"]),
    )


def issued_to_dict(doc: IssuedDocument) -> dict[str, Any]:
    """Every legally relevant field of an issued document (the frozen snapshot)."""
    return {
        "id": doc.id,
        "number": doc.number,
        "type": doc.type.value,
        "status": "issued",
        "issued_at": doc.issued_at,
        "corrects_number": doc.corrects_number,
        "seller": party_to_dict(doc.seller),
        "buyer": party_to_dict(doc.buyer),
        "document": draft_to_dict(doc.draft),
        "totals": totals_to_dict(doc.totals),
        "payment": None
        if doc.payment is None
        else {"iban": doc.payment.iban, "bic": doc.payment.bic, "bank_name": doc.payment.bank_name},
    }


def issued_from_dict(data: dict[str, Any]) -> IssuedDocument:
    return IssuedDocument(
        id=int(data["id"]),
        number=data["number"],
        draft=draft_from_dict(data["document"], DocumentType(data["type"])),
        seller=party_from_dict(data["seller"]),
        buyer=party_from_dict(data["buyer"]),
        totals=totals_from_dict(data["totals"]),
        issued_at=data["issued_at"],
        corrects_number=data.get("corrects_number"),
        payment=PaymentInstructions(**data["payment"]) if data.get("payment") else None,
    )
