"""UBL 2.1 Invoice and CreditNote (EN 16931 core) from a frozen issued document.

Everything comes from the issued snapshot, never from live customer data. Element order
follows the UBL 2.1 schemas (the XSD rejects any other).
"""

from __future__ import annotations

from decimal import Decimal

from lxml import etree

from app.domain.documents import (
    AllowanceCharge,
    DocumentType,
    IssuedDocument,
    Line,
    PartySnapshot,
    VatBreakdown,
)
from app.domain.einvoice_formats import EInvoiceFormat
from app.domain.tax import TaxCategory
from app.domain.totals import canonical_rate
from app.einvoice.common import (
    EN16931,
    PEPPOL_BIS,
    PEPPOL_PROFILE,
    XRECHNUNG,
    line_gross,
    payment_means_code,
)

CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
ROOT_NS = {
    DocumentType.INVOICE: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    DocumentType.DEBIT_NOTE: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    DocumentType.CREDIT_NOTE: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
}
TYPE_CODES = {
    DocumentType.INVOICE: "380",
    DocumentType.DEBIT_NOTE: "383",
    DocumentType.CREDIT_NOTE: "381",
}
CUSTOMIZATION = {
    EInvoiceFormat.UBL: EN16931,
    EInvoiceFormat.PEPPOL: PEPPOL_BIS,
    EInvoiceFormat.XRECHNUNG_UBL: XRECHNUNG,
}


def _cbc(parent: etree._Element, name: str, text: object, **attrs: str) -> etree._Element:
    node = etree.SubElement(parent, f"{{{CBC}}}{name}", attrs)
    node.text = str(text)
    return node


def _cac(parent: etree._Element, name: str) -> etree._Element:
    return etree.SubElement(parent, f"{{{CAC}}}{name}")


def _amount(parent: etree._Element, name: str, value: Decimal, currency: str) -> None:
    _cbc(parent, name, value, currencyID=currency)


def _party(parent: etree._Element, role: str, party: PartySnapshot, *, seller: bool) -> None:
    wrapper = _cac(_cac(parent, role), "Party")
    if party.electronic_address and party.electronic_address_scheme:
        _cbc(
            wrapper,
            "EndpointID",
            party.electronic_address,
            schemeID=party.electronic_address_scheme,
        )
    address = _cac(wrapper, "PostalAddress")
    a = party.address
    for name, value in (
        ("StreetName", a.street),
        ("AdditionalStreetName", a.additional_street),
        ("CityName", a.city),
        ("PostalZone", a.postcode),
        ("CountrySubentity", a.subdivision),
    ):
        if value:
            _cbc(address, name, value)
    _cbc(_cac(address, "Country"), "IdentificationCode", a.country)
    if party.vat_id:
        scheme = _cac(wrapper, "PartyTaxScheme")
        _cbc(scheme, "CompanyID", party.vat_id)
        _cbc(_cac(scheme, "TaxScheme"), "ID", "VAT")
    legal = _cac(wrapper, "PartyLegalEntity")
    _cbc(legal, "RegistrationName", party.name)
    if party.legal_id:
        attrs = {"schemeID": party.legal_id_scheme} if party.legal_id_scheme else {}
        _cbc(legal, "CompanyID", party.legal_id, **attrs)
    if seller and party.legal_info:
        _cbc(legal, "CompanyLegalForm", party.legal_info)
    if party.contact_name or party.phone or party.email:
        contact = _cac(wrapper, "Contact")
        for name, value in (
            ("Name", party.contact_name),
            ("Telephone", party.phone),
            ("ElectronicMail", party.email),
        ):
            if value:
                _cbc(contact, name, value)


def _tax_category(
    parent: etree._Element,
    name: str,
    category: TaxCategory,
    *,
    rate: Decimal | None,
    reason: str | None = None,
    code: str | None = None,
) -> None:
    node = _cac(parent, name)
    _cbc(node, "ID", category.value)
    if rate is not None:
        _cbc(node, "Percent", canonical_rate(rate))
    if code:
        _cbc(node, "TaxExemptionReasonCode", code)
    if reason:
        _cbc(node, "TaxExemptionReason", reason)
    _cbc(_cac(node, "TaxScheme"), "ID", "VAT")


def _allowance_charge(
    parent: etree._Element,
    item: AllowanceCharge,
    *,
    amount: Decimal,
    base: Decimal | None,
    currency: str,
    with_tax: bool,
) -> None:
    node = _cac(parent, "AllowanceCharge")
    _cbc(node, "ChargeIndicator", "true" if item.is_charge else "false")
    if item.reason_code:
        _cbc(node, "AllowanceChargeReasonCode", item.reason_code)
    if item.reason:
        _cbc(node, "AllowanceChargeReason", item.reason)
    if item.percent is not None:
        _cbc(node, "MultiplierFactorNumeric", canonical_rate(item.percent))
    _amount(node, "Amount", amount, currency)
    if item.percent is not None and base is not None:
        _amount(node, "BaseAmount", base, currency)
    if with_tax and item.tax_category is not None:
        _tax_category(node, "TaxCategory", item.tax_category, rate=item.tax_rate)


def _breakdown(parent: etree._Element, b: VatBreakdown, currency: str) -> None:
    sub = _cac(parent, "TaxSubtotal")
    _amount(sub, "TaxableAmount", b.taxable, currency)
    _amount(sub, "TaxAmount", b.tax, currency)
    _tax_category(
        sub,
        "TaxCategory",
        b.category,
        rate=b.rate,
        reason=b.exemption_reason,
        code=b.exemption_code,
    )


def _line(parent: etree._Element, doc: IssuedDocument, index: int, line: Line) -> None:
    currency = doc.draft.currency
    credit = doc.type is DocumentType.CREDIT_NOTE
    amounts = doc.totals.lines[index]
    node = _cac(parent, "CreditNoteLine" if credit else "InvoiceLine")
    _cbc(node, "ID", index + 1)
    if line.note:
        _cbc(node, "Note", line.note)
    _cbc(
        node,
        "CreditedQuantity" if credit else "InvoicedQuantity",
        line.quantity,
        unitCode=line.unit,
    )
    _amount(node, "LineExtensionAmount", amounts.net, currency)
    gross = line_gross(line)
    for item, amount in zip(line.allowances, amounts.allowances, strict=True):
        base = item.base if item.base is not None else gross
        _allowance_charge(node, item, amount=amount, base=base, currency=currency, with_tax=False)
    for item, amount in zip(line.charges, amounts.charges, strict=True):
        base = item.base if item.base is not None else gross
        _allowance_charge(node, item, amount=amount, base=base, currency=currency, with_tax=False)
    product = _cac(node, "Item")
    _cbc(product, "Name", line.description)
    if line.item_id:
        _cbc(_cac(product, "SellersItemIdentification"), "ID", line.item_id)
    _tax_category(product, "ClassifiedTaxCategory", line.tax_category, rate=line.tax_rate)
    price = _cac(node, "Price")
    _amount(price, "PriceAmount", line.unit_price, currency)
    if line.price_base_quantity != 1:
        _cbc(price, "BaseQuantity", line.price_base_quantity, unitCode=line.unit)


def _header(root: etree._Element, doc: IssuedDocument, fmt: EInvoiceFormat) -> None:
    draft = doc.draft
    credit = doc.type is DocumentType.CREDIT_NOTE
    _cbc(root, "CustomizationID", CUSTOMIZATION[fmt])
    if fmt is not EInvoiceFormat.UBL:
        _cbc(root, "ProfileID", PEPPOL_PROFILE)
    _cbc(root, "ID", doc.number)
    _cbc(root, "IssueDate", draft.issue_date.isoformat() if draft.issue_date else "")
    if draft.due_date and not credit:
        _cbc(root, "DueDate", draft.due_date.isoformat())
    _cbc(root, "CreditNoteTypeCode" if credit else "InvoiceTypeCode", TYPE_CODES[doc.type])
    if draft.note:
        _cbc(root, "Note", draft.note)
    _cbc(root, "DocumentCurrencyCode", draft.currency)
    if doc.totals.tax_total_accounting is not None and doc.totals.accounting_currency:
        _cbc(root, "TaxCurrencyCode", doc.totals.accounting_currency)
    if draft.buyer_reference:
        _cbc(root, "BuyerReference", draft.buyer_reference)
    if draft.period_start or draft.period_end:
        period = _cac(root, "InvoicePeriod")
        if draft.period_start:
            _cbc(period, "StartDate", draft.period_start.isoformat())
        if draft.period_end:
            _cbc(period, "EndDate", draft.period_end.isoformat())
    if draft.purchase_order:
        _cbc(_cac(root, "OrderReference"), "ID", draft.purchase_order)
    if doc.corrects_number:
        _cbc(
            _cac(_cac(root, "BillingReference"), "InvoiceDocumentReference"),
            "ID",
            doc.corrects_number,
        )


def _delivery(root: etree._Element, doc: IssuedDocument) -> None:
    """Delivery date, and for intra-Community supplies the country delivered to (BR-IC-12):
    the buyer's, as the program records no separate delivery address."""
    intra = any(b.category is TaxCategory.INTRA_COMMUNITY for b in doc.totals.vat_breakdown)
    if not doc.draft.delivery_date and not intra:
        return
    delivery = _cac(root, "Delivery")
    if doc.draft.delivery_date:
        _cbc(delivery, "ActualDeliveryDate", doc.draft.delivery_date.isoformat())
    if intra:
        address = _cac(_cac(delivery, "DeliveryLocation"), "Address")
        _cbc(_cac(address, "Country"), "IdentificationCode", doc.buyer.address.country)


def _payment_means(root: etree._Element, doc: IssuedDocument, fmt: EInvoiceFormat) -> None:
    """Credit transfer to the seller's account (BG-16, BG-17), the document number as the
    remittance information (BT-83); credit notes say when the buyer is paid back."""
    draft = doc.draft
    if doc.type is DocumentType.CREDIT_NOTE:
        if draft.due_date or fmt is not EInvoiceFormat.UBL:
            means = _cac(root, "PaymentMeans")
            _cbc(means, "PaymentMeansCode", "1")
            if draft.due_date:
                _cbc(means, "PaymentDueDate", draft.due_date.isoformat())
        return
    if doc.payment is None:
        return
    means = _cac(root, "PaymentMeans")
    _cbc(means, "PaymentMeansCode", payment_means_code(doc))
    _cbc(means, "PaymentID", doc.number)
    account = _cac(means, "PayeeFinancialAccount")
    _cbc(account, "ID", doc.payment.iban)
    _cbc(account, "Name", doc.seller.name)
    if doc.payment.bic:
        _cbc(_cac(account, "FinancialInstitutionBranch"), "ID", doc.payment.bic)


def ubl_bytes(doc: IssuedDocument, fmt: EInvoiceFormat = EInvoiceFormat.UBL) -> bytes:
    """The UBL XML of an issued invoice, debit note or credit note, in the format's profile
    (EN 16931 core, Peppol BIS Billing 3.0, XRechnung 3.0)."""
    draft, totals, currency = doc.draft, doc.totals, doc.draft.currency
    root_name = "CreditNote" if doc.type is DocumentType.CREDIT_NOTE else "Invoice"
    root = etree.Element(
        f"{{{ROOT_NS[doc.type]}}}{root_name}",
        nsmap={None: ROOT_NS[doc.type], "cac": CAC, "cbc": CBC},
    )
    _header(root, doc, fmt)
    _party(root, "AccountingSupplierParty", doc.seller, seller=True)
    _party(root, "AccountingCustomerParty", doc.buyer, seller=False)
    _delivery(root, doc)
    _payment_means(root, doc, fmt)
    if draft.payment_terms:
        _cbc(_cac(root, "PaymentTerms"), "Note", draft.payment_terms)
    for item, amount in zip(draft.allowances, totals.document_allowances, strict=True):
        base = item.base if item.base is not None else totals.line_total
        _allowance_charge(root, item, amount=amount, base=base, currency=currency, with_tax=True)
    for item, amount in zip(draft.charges, totals.document_charges, strict=True):
        base = item.base if item.base is not None else totals.line_total
        _allowance_charge(root, item, amount=amount, base=base, currency=currency, with_tax=True)
    tax_total = _cac(root, "TaxTotal")
    _amount(tax_total, "TaxAmount", totals.tax_total, currency)
    for b in totals.vat_breakdown:
        _breakdown(tax_total, b, currency)
    if totals.tax_total_accounting is not None and totals.accounting_currency:
        _amount(
            _cac(root, "TaxTotal"),
            "TaxAmount",
            totals.tax_total_accounting,
            totals.accounting_currency,
        )
    money = _cac(root, "LegalMonetaryTotal")
    _amount(money, "LineExtensionAmount", totals.line_total, currency)
    _amount(money, "TaxExclusiveAmount", totals.tax_exclusive, currency)
    _amount(money, "TaxInclusiveAmount", totals.tax_inclusive, currency)
    if draft.allowances:
        _amount(money, "AllowanceTotalAmount", totals.allowance_total, currency)
    if draft.charges:
        _amount(money, "ChargeTotalAmount", totals.charge_total, currency)
    if totals.prepaid:
        _amount(money, "PrepaidAmount", totals.prepaid, currency)
    if totals.rounding:
        _amount(money, "PayableRoundingAmount", totals.rounding, currency)
    _amount(money, "PayableAmount", totals.payable, currency)
    for index, line in enumerate(draft.lines):
        _line(root, doc, index, line)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))
