"""UN/CEFACT CII D16B (Factur-X / ZUGFeRD EN 16931 profile) from a frozen issued document.

Element order follows the Factur-X EN 16931 schema. Credit notes are type 381 with positive
amounts, as EN 16931 wants them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from lxml import etree

from app.domain.documents import (
    AllowanceCharge,
    DocumentType,
    IssuedDocument,
    Line,
    PartySnapshot,
)
from app.domain.einvoice_formats import EInvoiceFormat
from app.domain.invariants import broken
from app.domain.tax import TaxCategory
from app.domain.totals import canonical_rate
from app.einvoice.common import EN16931, XRECHNUNG, line_gross, payment_means_code

RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
TYPE_CODES = {
    DocumentType.INVOICE: "380",
    DocumentType.DEBIT_NOTE: "383",
    DocumentType.CREDIT_NOTE: "381",
}
GUIDELINE = {EInvoiceFormat.CII: EN16931, EInvoiceFormat.XRECHNUNG_CII: XRECHNUNG}


def _el(
    parent: etree._Element, ns: str, name: str, text: object | None = None, **attrs: str
) -> etree._Element:
    node = etree.SubElement(parent, f"{{{ns}}}{name}", attrs)
    if text is not None:
        node.text = str(text)
    return node


def _ram(
    parent: etree._Element, name: str, text: object | None = None, **attrs: str
) -> etree._Element:
    return _el(parent, RAM, name, text, **attrs)


def _date(parent: etree._Element, name: str, day: date) -> None:
    _el(_ram(parent, name), UDT, "DateTimeString", day.strftime("%Y%m%d"), format="102")


def _contact(parent: etree._Element, party: PartySnapshot) -> None:
    if not (party.contact_name or party.phone or party.email):
        return
    contact = _ram(parent, "DefinedTradeContact")
    if party.contact_name:
        _ram(contact, "PersonName", party.contact_name)
    if party.phone:
        _ram(_ram(contact, "TelephoneUniversalCommunication"), "CompleteNumber", party.phone)
    if party.email:
        _ram(_ram(contact, "EmailURIUniversalCommunication"), "URIID", party.email)


def _party(parent: etree._Element, name: str, party: PartySnapshot, *, seller: bool) -> None:
    node = _ram(parent, name)
    _ram(node, "Name", party.name)
    if seller and party.legal_info:
        _ram(node, "Description", party.legal_info)
    if party.legal_id:
        legal = _ram(node, "SpecifiedLegalOrganization")
        if party.legal_id_scheme:
            _ram(legal, "ID", party.legal_id, schemeID=party.legal_id_scheme)
        else:
            _ram(legal, "ID", party.legal_id)
    _contact(node, party)
    address = _ram(node, "PostalTradeAddress")
    a = party.address
    for tag, value in (
        ("PostcodeCode", a.postcode),
        ("LineOne", a.street),
        ("LineTwo", a.additional_street),
        ("CityName", a.city),
    ):
        if value:
            _ram(address, tag, value)
    _ram(address, "CountryID", a.country)
    if a.subdivision:
        _ram(address, "CountrySubDivisionName", a.subdivision)
    if party.electronic_address and party.electronic_address_scheme:
        uri = _ram(node, "URIUniversalCommunication")
        _ram(uri, "URIID", party.electronic_address, schemeID=party.electronic_address_scheme)
    if party.vat_id:
        _ram(_ram(node, "SpecifiedTaxRegistration"), "ID", party.vat_id, schemeID="VA")


def _tax(
    parent: etree._Element,
    name: str,
    category: TaxCategory,
    rate: Decimal | None,
    *,
    calculated: Decimal | None = None,
    basis: Decimal | None = None,
    reason: str | None = None,
    code: str | None = None,
) -> None:
    node = _ram(parent, name)
    if calculated is not None:
        _ram(node, "CalculatedAmount", calculated)
    _ram(node, "TypeCode", "VAT")
    if reason:
        _ram(node, "ExemptionReason", reason)
    if basis is not None:
        _ram(node, "BasisAmount", basis)
    _ram(node, "CategoryCode", category.value)
    if code:
        _ram(node, "ExemptionReasonCode", code)
    if rate is not None:
        _ram(node, "RateApplicablePercent", canonical_rate(rate))


def _allowance_charge(
    parent: etree._Element, item: AllowanceCharge, *, amount: Decimal, base: Decimal, with_tax: bool
) -> None:
    node = _ram(parent, "SpecifiedTradeAllowanceCharge")
    _el(_ram(node, "ChargeIndicator"), UDT, "Indicator", "true" if item.is_charge else "false")
    if item.percent is not None:
        _ram(node, "CalculationPercent", canonical_rate(item.percent))
        _ram(node, "BasisAmount", base)
    _ram(node, "ActualAmount", amount)
    if item.reason_code:
        _ram(node, "ReasonCode", item.reason_code)
    if item.reason:
        _ram(node, "Reason", item.reason)
    if with_tax and item.tax_category is not None:
        _tax(node, "CategoryTradeTax", item.tax_category, item.tax_rate)


def _line(parent: etree._Element, doc: IssuedDocument, index: int, line: Line) -> None:
    amounts = doc.totals.lines[index]
    node = _ram(parent, "IncludedSupplyChainTradeLineItem")
    head = _ram(node, "AssociatedDocumentLineDocument")
    _ram(head, "LineID", index + 1)
    if line.note:
        _ram(_ram(head, "IncludedNote"), "Content", line.note)
    product = _ram(node, "SpecifiedTradeProduct")
    if line.item_id:
        _ram(product, "SellerAssignedID", line.item_id)
    _ram(product, "Name", line.description)
    price = _ram(_ram(node, "SpecifiedLineTradeAgreement"), "NetPriceProductTradePrice")
    _ram(price, "ChargeAmount", line.unit_price)
    if line.price_base_quantity != 1:
        _ram(price, "BasisQuantity", line.price_base_quantity, unitCode=line.unit)
    _ram(
        _ram(node, "SpecifiedLineTradeDelivery"),
        "BilledQuantity",
        line.quantity,
        unitCode=line.unit,
    )
    settlement = _ram(node, "SpecifiedLineTradeSettlement")
    _tax(settlement, "ApplicableTradeTax", line.tax_category, line.tax_rate)
    gross = line_gross(line)
    for items, values in ((line.allowances, amounts.allowances), (line.charges, amounts.charges)):
        for item, amount in zip(items, values, strict=True):
            base = item.base if item.base is not None else gross
            _allowance_charge(settlement, item, amount=amount, base=base, with_tax=False)
    summation = _ram(settlement, "SpecifiedTradeSettlementLineMonetarySummation")
    _ram(summation, "LineTotalAmount", amounts.net)


def _agreement(parent: etree._Element, doc: IssuedDocument) -> None:
    node = _ram(parent, "ApplicableHeaderTradeAgreement")
    if doc.draft.buyer_reference:
        _ram(node, "BuyerReference", doc.draft.buyer_reference)
    _party(node, "SellerTradeParty", doc.seller, seller=True)
    _party(node, "BuyerTradeParty", doc.buyer, seller=False)
    if doc.draft.purchase_order:
        _ram(
            _ram(node, "BuyerOrderReferencedDocument"), "IssuerAssignedID", doc.draft.purchase_order
        )


def _delivery(parent: etree._Element, doc: IssuedDocument) -> None:
    node = _ram(parent, "ApplicableHeaderTradeDelivery")
    if any(b.category is TaxCategory.INTRA_COMMUNITY for b in doc.totals.vat_breakdown):
        ship_to = _ram(_ram(node, "ShipToTradeParty"), "PostalTradeAddress")
        _ram(ship_to, "CountryID", doc.buyer.address.country)
    if doc.draft.delivery_date:
        _date(
            _ram(node, "ActualDeliverySupplyChainEvent"),
            "OccurrenceDateTime",
            doc.draft.delivery_date,
        )


def _period(parent: etree._Element, doc: IssuedDocument) -> None:
    draft = doc.draft
    if draft.period_start or draft.period_end:
        period = _ram(parent, "BillingSpecifiedPeriod")
        if draft.period_start:
            _date(period, "StartDateTime", draft.period_start)
        if draft.period_end:
            _date(period, "EndDateTime", draft.period_end)


def _payment_means(parent: etree._Element, doc: IssuedDocument) -> None:
    """Credit transfer to the seller's account (BG-16, BG-17)."""
    if doc.payment is None:
        raise broken("doc.payment is None")
    means = _ram(parent, "SpecifiedTradeSettlementPaymentMeans")
    _ram(means, "TypeCode", payment_means_code(doc))
    account = _ram(means, "PayeePartyCreditorFinancialAccount")
    _ram(account, "IBANID", doc.payment.iban)
    _ram(account, "AccountName", doc.seller.name)
    if doc.payment.bic:
        _ram(_ram(means, "PayeeSpecifiedCreditorFinancialInstitution"), "BICID", doc.payment.bic)


def _settlement(parent: etree._Element, doc: IssuedDocument, fmt: EInvoiceFormat) -> None:
    draft, totals, currency = doc.draft, doc.totals, doc.draft.currency
    node = _ram(parent, "ApplicableHeaderTradeSettlement")
    pays = doc.payment is not None and doc.type is not DocumentType.CREDIT_NOTE
    if pays:
        _ram(node, "PaymentReference", doc.number)
    if totals.tax_total_accounting is not None and totals.accounting_currency:
        _ram(node, "TaxCurrencyCode", totals.accounting_currency)
    _ram(node, "InvoiceCurrencyCode", currency)
    if pays:
        _payment_means(node, doc)
    elif doc.type is DocumentType.CREDIT_NOTE and fmt is EInvoiceFormat.XRECHNUNG_CII:
        _ram(_ram(node, "SpecifiedTradeSettlementPaymentMeans"), "TypeCode", "1")
    for b in totals.vat_breakdown:
        _tax(
            node,
            "ApplicableTradeTax",
            b.category,
            b.rate,
            calculated=b.tax,
            basis=b.taxable,
            reason=b.exemption_reason,
            code=b.exemption_code,
        )
    _period(node, doc)
    for items, values in (
        (draft.allowances, totals.document_allowances),
        (draft.charges, totals.document_charges),
    ):
        for item, amount in zip(items, values, strict=True):
            base = item.base if item.base is not None else totals.line_total
            _allowance_charge(node, item, amount=amount, base=base, with_tax=True)
    if draft.payment_terms or draft.due_date:
        terms = _ram(node, "SpecifiedTradePaymentTerms")
        if draft.payment_terms:
            _ram(terms, "Description", draft.payment_terms)
        if draft.due_date:
            _date(terms, "DueDateDateTime", draft.due_date)
    _summation(node, doc)
    if doc.corrects_number:
        _ram(_ram(node, "InvoiceReferencedDocument"), "IssuerAssignedID", doc.corrects_number)


def _summation(parent: etree._Element, doc: IssuedDocument) -> None:
    draft, totals, currency = doc.draft, doc.totals, doc.draft.currency
    summation = _ram(parent, "SpecifiedTradeSettlementHeaderMonetarySummation")
    _ram(summation, "LineTotalAmount", totals.line_total)
    if draft.charges:
        _ram(summation, "ChargeTotalAmount", totals.charge_total)
    if draft.allowances:
        _ram(summation, "AllowanceTotalAmount", totals.allowance_total)
    _ram(summation, "TaxBasisTotalAmount", totals.tax_exclusive)
    _ram(summation, "TaxTotalAmount", totals.tax_total, currencyID=currency)
    if totals.tax_total_accounting is not None and totals.accounting_currency:
        _ram(
            summation,
            "TaxTotalAmount",
            totals.tax_total_accounting,
            currencyID=totals.accounting_currency,
        )
    if totals.rounding:
        _ram(summation, "RoundingAmount", totals.rounding)
    _ram(summation, "GrandTotalAmount", totals.tax_inclusive)
    if totals.prepaid:
        _ram(summation, "TotalPrepaidAmount", totals.prepaid)
    _ram(summation, "DuePayableAmount", totals.payable)


def cii_bytes(doc: IssuedDocument, fmt: EInvoiceFormat = EInvoiceFormat.CII) -> bytes:
    """The CII XML of an issued invoice, debit note or credit note, in the format's profile
    (Factur-X / ZUGFeRD EN 16931, XRechnung 3.0)."""
    root = etree.Element(
        f"{{{RSM}}}CrossIndustryInvoice", nsmap={"rsm": RSM, "ram": RAM, "udt": UDT, "qdt": QDT}
    )
    context = _el(root, RSM, "ExchangedDocumentContext")
    _ram(_ram(context, "GuidelineSpecifiedDocumentContextParameter"), "ID", GUIDELINE[fmt])
    header = _el(root, RSM, "ExchangedDocument")
    _ram(header, "ID", doc.number)
    _ram(header, "TypeCode", TYPE_CODES[doc.type])
    if doc.draft.issue_date is None:
        raise broken("doc.draft.issue_date is None")
    _date(header, "IssueDateTime", doc.draft.issue_date)
    if doc.draft.note:
        _ram(_ram(header, "IncludedNote"), "Content", doc.draft.note)
    transaction = _el(root, RSM, "SupplyChainTradeTransaction")
    for index, line in enumerate(doc.draft.lines):
        _line(transaction, doc, index, line)
    _agreement(transaction, doc)
    _delivery(transaction, doc)
    _settlement(transaction, doc, fmt)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))
