"""Read a UBL 2.1 Invoice or CreditNote into the terms of a draft."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.domain.documents import DocumentType
from app.domain.imported import ImportedInvoice
from app.einvoice.reading import (
    TYPE_CODES_CREDIT,
    TYPE_CODES_DEBIT,
    Node,
    compact,
    number_text,
    refuse,
)

# xs:boolean: "true"/"false" or "1"/"0"
CHARGE = "normalize-space(cbc:ChargeIndicator)='true' or normalize-space(cbc:ChargeIndicator)='1'"
ALLOWANCE = (
    "normalize-space(cbc:ChargeIndicator)='false' or normalize-space(cbc:ChargeIndicator)='0'"
)
TOTALS = {
    "line_total": "LineExtensionAmount",
    "allowance_total": "AllowanceTotalAmount",
    "charge_total": "ChargeTotalAmount",
    "tax_exclusive": "TaxExclusiveAmount",
    "tax_inclusive": "TaxInclusiveAmount",
    "prepaid": "PrepaidAmount",
    "rounding": "PayableRoundingAmount",
    "payable": "PayableAmount",
}


def _party(node: Node | None, role: str) -> dict[str, Any]:
    if node is None:
        raise refuse("einvoice.mandatory", term=role)
    vat = node.first("cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='VAT']")
    address = node.first("cac:PostalAddress")
    party: dict[str, Any] = {
        "name": node.text("cac:PartyLegalEntity/cbc:RegistrationName")
        or node.text("cac:PartyName/cbc:Name"),
        "vat_id": vat.text("cbc:CompanyID") if vat else None,
        "legal_id": node.text("cac:PartyLegalEntity/cbc:CompanyID"),
        "legal_id_scheme": node.text("cac:PartyLegalEntity/cbc:CompanyID/@schemeID"),
        "electronic_address": node.text("cbc:EndpointID"),
        "electronic_address_scheme": node.text("cbc:EndpointID/@schemeID"),
        "email": node.text("cac:Contact/cbc:ElectronicMail"),
        "contact_name": node.text("cac:Contact/cbc:Name"),
        "phone": node.text("cac:Contact/cbc:Telephone"),
    }
    if address is not None:
        party |= {
            "street": address.text("cbc:StreetName"),
            "additional_street": address.text("cbc:AdditionalStreetName"),
            "city": address.text("cbc:CityName"),
            "postcode": address.text("cbc:PostalZone"),
            "subdivision": address.text("cbc:CountrySubentity"),
            "country": address.text("cac:Country/cbc:IdentificationCode"),
        }
    if not party["name"]:
        raise refuse("einvoice.no_name", role=role)
    return compact(party)


def _allowance_charge(node: Node, document_level: bool) -> dict[str, Any]:
    item: dict[str, Any] = {
        "amount": number_text(node.decimal("cbc:Amount")),
        "reason": node.text("cbc:AllowanceChargeReason"),
        "reason_code": node.text("cbc:AllowanceChargeReasonCode"),
    }
    if document_level:
        item["tax_category"] = node.text("cac:TaxCategory/cbc:ID")
        item["tax_rate"] = number_text(node.decimal("cac:TaxCategory/cbc:Percent"))
    return compact(item)


def _exemptions(root: Node, currency: str) -> dict[tuple[str, str | None], dict[str, str]]:
    """Exemption reason and code per (category, rate), from the VAT breakdown."""
    out = {}
    for sub in root.all(f"cac:TaxTotal[cbc:TaxAmount/@currencyID='{currency}']/cac:TaxSubtotal"):
        key = (
            sub.text("cac:TaxCategory/cbc:ID") or "",
            number_text(_rate(sub.decimal("cac:TaxCategory/cbc:Percent"))),
        )
        out[key] = compact(
            {
                "exemption_reason": sub.text("cac:TaxCategory/cbc:TaxExemptionReason"),
                "exemption_code": sub.text("cac:TaxCategory/cbc:TaxExemptionReasonCode"),
            }
        )
    return out


def _rate(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.normalize()


def _line(node: Node, credit: bool, exemptions: dict[Any, dict[str, str]]) -> dict[str, Any]:
    quantity = "cbc:CreditedQuantity" if credit else "cbc:InvoicedQuantity"
    category = node.text("cac:Item/cac:ClassifiedTaxCategory/cbc:ID")
    rate = _rate(node.decimal("cac:Item/cac:ClassifiedTaxCategory/cbc:Percent"))
    line: dict[str, Any] = {
        "description": node.text("cac:Item/cbc:Name"),
        "quantity": number_text(node.decimal(quantity)),
        "unit": node.text(f"{quantity}/@unitCode"),
        "unit_price": number_text(node.decimal("cac:Price/cbc:PriceAmount")),
        "price_base_quantity": number_text(node.decimal("cac:Price/cbc:BaseQuantity")),
        "tax_category": category,
        "tax_rate": number_text(rate),
        "allowances": [
            _allowance_charge(a, False) for a in node.all(f"cac:AllowanceCharge[{ALLOWANCE}]")
        ],
        "charges": [
            _allowance_charge(c, False) for c in node.all(f"cac:AllowanceCharge[{CHARGE}]")
        ],
        "item_id": node.text("cac:Item/cac:SellersItemIdentification/cbc:ID"),
        "note": node.text("cbc:Note"),
        "net_amount": number_text(node.decimal("cbc:LineExtensionAmount")),
        **exemptions.get((category or "", number_text(rate)), {}),
    }
    return compact(line)


def _doc_type(code: str) -> DocumentType:
    if code in TYPE_CODES_CREDIT:
        return DocumentType.CREDIT_NOTE
    if code in TYPE_CODES_DEBIT:
        return DocumentType.DEBIT_NOTE
    return DocumentType.INVOICE


def read_ubl(root: Node) -> ImportedInvoice:
    """The document's terms; InvalidInput naming the first mandatory part that is missing."""
    credit = root.element.tag.endswith("}CreditNote")
    number = root.required("cbc:ID", "invoice number (BT-1)")
    code = root.required(
        "cbc:CreditNoteTypeCode" if credit else "cbc:InvoiceTypeCode", "type code (BT-3)"
    )
    currency = root.required("cbc:DocumentCurrencyCode", "currency (BT-5)")
    issue_date = root.required("cbc:IssueDate", "issue date (BT-2)")
    exemptions = _exemptions(root, currency)
    lines = [_line(n, credit, exemptions) for n in root.all("cac:InvoiceLine | cac:CreditNoteLine")]
    if not lines:
        raise refuse("einvoice.no_lines")
    money = root.first("cac:LegalMonetaryTotal")
    if money is None:
        raise refuse("einvoice.no_totals")
    stated = {key: money.decimal(f"cbc:{tag}") or Decimal(0) for key, tag in TOTALS.items()}
    stated["tax_total"] = root.decimal(
        f"cac:TaxTotal/cbc:TaxAmount[@currencyID='{currency}']"
    ) or Decimal(0)
    draft = compact(
        {
            "currency": currency,
            "issue_date": issue_date,
            "due_date": root.text("cbc:DueDate")
            or root.text("cac:PaymentMeans/cbc:PaymentDueDate"),
            "buyer_reference": root.text("cbc:BuyerReference"),
            "purchase_order": root.text("cac:OrderReference/cbc:ID"),
            "delivery_date": root.text("cac:Delivery/cbc:ActualDeliveryDate"),
            "period_start": root.text("cac:InvoicePeriod/cbc:StartDate"),
            "period_end": root.text("cac:InvoicePeriod/cbc:EndDate"),
            "note": "\n".join(root.texts("cbc:Note")) or None,
            "payment_terms": root.text("cac:PaymentTerms/cbc:Note"),
            "prepaid": number_text(stated["prepaid"]) if stated["prepaid"] else None,
            "lines": lines,
            "allowances": [
                _allowance_charge(a, True) for a in root.all(f"cac:AllowanceCharge[{ALLOWANCE}]")
            ],
            "charges": [
                _allowance_charge(c, True) for c in root.all(f"cac:AllowanceCharge[{CHARGE}]")
            ],
        }
    )
    stated_vat = [
        {
            "category": sub.text("cac:TaxCategory/cbc:ID"),
            "rate": number_text(_rate(sub.decimal("cac:TaxCategory/cbc:Percent"))),
            "taxable": sub.decimal("cbc:TaxableAmount"),
            "tax": sub.decimal("cbc:TaxAmount"),
        }
        for sub in root.all(f"cac:TaxTotal[cbc:TaxAmount/@currencyID='{currency}']/cac:TaxSubtotal")
    ]
    not_imported = []
    if root.text("cbc:TaxCurrencyCode"):
        not_imported.append("VAT total in the accounting currency (BT-111): no exchange rate")
    return ImportedInvoice(
        syntax="ubl",
        number=number,
        type=_doc_type(code),
        type_code=code,
        draft=draft,
        buyer=_party(root.first("cac:AccountingCustomerParty/cac:Party"), "buyer"),
        seller=_party(root.first("cac:AccountingSupplierParty/cac:Party"), "seller"),
        stated=stated,
        stated_vat=stated_vat,
        preceding_number=root.text("cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"),
        not_imported=not_imported,
    )
