"""Read a UN/CEFACT CII D16B CrossIndustryInvoice into the terms of a draft."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.domain.imported import ImportedInvoice
from app.einvoice.read_ubl import _doc_type, _rate
from app.einvoice.reading import Node, compact, number_text, refuse

TRANSACTION = "rsm:SupplyChainTradeTransaction"
AGREEMENT = f"{TRANSACTION}/ram:ApplicableHeaderTradeAgreement"
SETTLEMENT = f"{TRANSACTION}/ram:ApplicableHeaderTradeSettlement"
SUMMATION = f"{SETTLEMENT}/ram:SpecifiedTradeSettlementHeaderMonetarySummation"
TOTALS = {
    "line_total": "LineTotalAmount",
    "allowance_total": "AllowanceTotalAmount",
    "charge_total": "ChargeTotalAmount",
    "tax_exclusive": "TaxBasisTotalAmount",
    "tax_inclusive": "GrandTotalAmount",
    "prepaid": "TotalPrepaidAmount",
    "rounding": "RoundingAmount",
    "payable": "DuePayableAmount",
}


def _date(node: Node, path: str) -> str | None:
    """CII dates are format 102 (YYYYMMDD); the draft wants ISO dates."""
    value = node.text(f"{path}/udt:DateTimeString")
    if value is None:
        return None
    if len(value) != 8 or not value.isdigit():
        raise refuse("einvoice.not_date", term=path.rsplit("/", maxsplit=1)[-1], value=value)
    return f"{value[:4]}-{value[4:6]}-{value[6:]}"


def _party(node: Node | None, role: str) -> dict[str, Any]:
    if node is None:
        raise refuse("einvoice.mandatory", term=role)
    party = {
        "name": node.text("ram:Name"),
        "vat_id": node.text("ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']"),
        "legal_id": node.text("ram:SpecifiedLegalOrganization/ram:ID"),
        "legal_id_scheme": node.text("ram:SpecifiedLegalOrganization/ram:ID/@schemeID"),
        "electronic_address": node.text("ram:URIUniversalCommunication/ram:URIID"),
        "electronic_address_scheme": node.text("ram:URIUniversalCommunication/ram:URIID/@schemeID"),
        "email": node.text("ram:DefinedTradeContact/ram:EmailURIUniversalCommunication/ram:URIID"),
        "contact_name": node.text("ram:DefinedTradeContact/ram:PersonName"),
        "phone": node.text(
            "ram:DefinedTradeContact/ram:TelephoneUniversalCommunication/ram:CompleteNumber"
        ),
        "street": node.text("ram:PostalTradeAddress/ram:LineOne"),
        "additional_street": node.text("ram:PostalTradeAddress/ram:LineTwo"),
        "city": node.text("ram:PostalTradeAddress/ram:CityName"),
        "postcode": node.text("ram:PostalTradeAddress/ram:PostcodeCode"),
        "subdivision": node.text("ram:PostalTradeAddress/ram:CountrySubDivisionName"),
        "country": node.text("ram:PostalTradeAddress/ram:CountryID"),
    }
    if not party["name"]:
        raise refuse("einvoice.no_name", role=role)
    return compact(party)


def _allowance_charge(node: Node, document_level: bool) -> dict[str, Any]:
    item: dict[str, Any] = {
        "amount": number_text(node.decimal("ram:ActualAmount")),
        "reason": node.text("ram:Reason"),
        "reason_code": node.text("ram:ReasonCode"),
    }
    if document_level:
        item["tax_category"] = node.text("ram:CategoryTradeTax/ram:CategoryCode")
        item["tax_rate"] = number_text(
            node.decimal("ram:CategoryTradeTax/ram:RateApplicablePercent")
        )
    return compact(item)


def _charges(node: Node, path: str, charge: bool, document_level: bool) -> list[dict[str, Any]]:
    flags = ("true", "1") if charge else ("false", "0")
    test = " or ".join(f"normalize-space(ram:ChargeIndicator/udt:Indicator)='{f}'" for f in flags)
    return [_allowance_charge(n, document_level) for n in node.all(f"{path}[{test}]")]


def _exemptions(root: Node) -> dict[tuple[str, str | None], dict[str, str]]:
    return {
        (
            tax.text("ram:CategoryCode") or "",
            number_text(_rate(tax.decimal("ram:RateApplicablePercent"))),
        ): compact(
            {
                "exemption_reason": tax.text("ram:ExemptionReason"),
                "exemption_code": tax.text("ram:ExemptionReasonCode"),
            }
        )
        for tax in root.all(f"{SETTLEMENT}/ram:ApplicableTradeTax")
    }


def _line(node: Node, exemptions: dict[Any, dict[str, str]]) -> dict[str, Any]:
    settlement = "ram:SpecifiedLineTradeSettlement"
    price = "ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice"
    category = node.text(f"{settlement}/ram:ApplicableTradeTax/ram:CategoryCode")
    rate = _rate(node.decimal(f"{settlement}/ram:ApplicableTradeTax/ram:RateApplicablePercent"))
    quantity = "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity"
    line = {
        "description": node.text("ram:SpecifiedTradeProduct/ram:Name"),
        "quantity": number_text(node.decimal(quantity)),
        "unit": node.text(f"{quantity}/@unitCode"),
        "unit_price": number_text(node.decimal(f"{price}/ram:ChargeAmount")),
        "price_base_quantity": number_text(node.decimal(f"{price}/ram:BasisQuantity")),
        "tax_category": category,
        "tax_rate": number_text(rate),
        "allowances": _charges(
            node, f"{settlement}/ram:SpecifiedTradeAllowanceCharge", False, False
        ),
        "charges": _charges(node, f"{settlement}/ram:SpecifiedTradeAllowanceCharge", True, False),
        "item_id": node.text("ram:SpecifiedTradeProduct/ram:SellerAssignedID"),
        "note": node.text("ram:AssociatedDocumentLineDocument/ram:IncludedNote/ram:Content"),
        "net_amount": number_text(
            node.decimal(
                f"{settlement}/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount"
            )
        ),
        **exemptions.get((category or "", number_text(rate)), {}),
    }
    return compact(line)


def read_cii(root: Node) -> ImportedInvoice:
    """The document's terms; InvalidInput naming the first mandatory part that is missing."""
    number = root.required("rsm:ExchangedDocument/ram:ID", "invoice number (BT-1)")
    code = root.required("rsm:ExchangedDocument/ram:TypeCode", "type code (BT-3)")
    currency = root.required(f"{SETTLEMENT}/ram:InvoiceCurrencyCode", "currency (BT-5)")
    issue_date = _date(root, "rsm:ExchangedDocument/ram:IssueDateTime")
    if issue_date is None:
        raise refuse("einvoice.mandatory", term="issue date (BT-2)")
    exemptions = _exemptions(root)
    lines = [
        _line(n, exemptions)
        for n in root.all(f"{TRANSACTION}/ram:IncludedSupplyChainTradeLineItem")
    ]
    if not lines:
        raise refuse("einvoice.no_lines")
    summation = root.first(SUMMATION)
    if summation is None:
        raise refuse("einvoice.no_totals")
    stated = {key: summation.decimal(f"ram:{tag}") or Decimal(0) for key, tag in TOTALS.items()}
    stated["tax_total"] = summation.decimal(
        f"ram:TaxTotalAmount[@currencyID='{currency}']"
    ) or Decimal(0)
    terms = f"{SETTLEMENT}/ram:SpecifiedTradePaymentTerms"
    draft = compact(
        {
            "currency": currency,
            "issue_date": issue_date,
            "due_date": _date(root, f"{terms}/ram:DueDateDateTime"),
            "buyer_reference": root.text(f"{AGREEMENT}/ram:BuyerReference"),
            "purchase_order": root.text(
                f"{AGREEMENT}/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID"
            ),
            "delivery_date": _date(
                root,
                f"{TRANSACTION}/ram:ApplicableHeaderTradeDelivery"
                "/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime",
            ),
            "period_start": _date(
                root, f"{SETTLEMENT}/ram:BillingSpecifiedPeriod/ram:StartDateTime"
            ),
            "period_end": _date(root, f"{SETTLEMENT}/ram:BillingSpecifiedPeriod/ram:EndDateTime"),
            "note": "\n".join(root.texts("rsm:ExchangedDocument/ram:IncludedNote/ram:Content"))
            or None,
            "payment_terms": root.text(f"{terms}/ram:Description"),
            "prepaid": number_text(stated["prepaid"]) if stated["prepaid"] else None,
            "lines": lines,
            "allowances": _charges(
                root, f"{SETTLEMENT}/ram:SpecifiedTradeAllowanceCharge", False, True
            ),
            "charges": _charges(
                root, f"{SETTLEMENT}/ram:SpecifiedTradeAllowanceCharge", True, True
            ),
        }
    )
    stated_vat = [
        {
            "category": tax.text("ram:CategoryCode"),
            "rate": number_text(_rate(tax.decimal("ram:RateApplicablePercent"))),
            "taxable": tax.decimal("ram:BasisAmount"),
            "tax": tax.decimal("ram:CalculatedAmount"),
        }
        for tax in root.all(f"{SETTLEMENT}/ram:ApplicableTradeTax")
    ]
    not_imported = []
    if root.text(f"{SETTLEMENT}/ram:TaxCurrencyCode"):
        not_imported.append("VAT total in the accounting currency (BT-111): no exchange rate")
    return ImportedInvoice(
        syntax="cii",
        number=number,
        type=_doc_type(code),
        type_code=code,
        draft=draft,
        buyer=_party(root.first(f"{AGREEMENT}/ram:BuyerTradeParty"), "buyer"),
        seller=_party(root.first(f"{AGREEMENT}/ram:SellerTradeParty"), "seller"),
        stated=stated,
        stated_vat=stated_vat,
        preceding_number=root.text(
            f"{SETTLEMENT}/ram:InvoiceReferencedDocument/ram:IssuerAssignedID"
        ),
        not_imported=not_imported,
    )
