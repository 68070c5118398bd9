"""The mandatory fields of XRechnung 3.0 and Peppol BIS Billing 3.0 beyond EN 16931.

The official XRechnung (KoSIT) and Peppol schematrons are published as .sch sources only and
are not in any package this program can install, so these checks are Invoice Desk's own: each
one is the presence rule of the named business term, with the rule id the official artefact
uses. They run in addition to the official CEN rules whenever the document's specification
identifier (BT-24) names XRechnung or Peppol BIS.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from app.einvoice.common import PEPPOL_BIS, XRECHNUNG

NS = {
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
}
UBL_SELLER = "/*/cac:AccountingSupplierParty/cac:Party"
UBL_BUYER = "/*/cac:AccountingCustomerParty/cac:Party"
CII_TRANSACTION = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction"
CII_AGREEMENT = f"{CII_TRANSACTION}/ram:ApplicableHeaderTradeAgreement"
CII_SELLER = f"{CII_AGREEMENT}/ram:SellerTradeParty"
CII_BUYER = f"{CII_AGREEMENT}/ram:BuyerTradeParty"
CII_SETTLEMENT = f"{CII_TRANSACTION}/ram:ApplicableHeaderTradeSettlement"


@dataclass(frozen=True)
class Check:
    rule: str
    text: str
    ubl: str  # XPath that must find something
    cii: str


XRECHNUNG_CHECKS = (
    Check(
        "BR-DE-1",
        "An invoice must contain payment instructions (BG-16).",
        "/*/cac:PaymentMeans",
        f"{CII_SETTLEMENT}/ram:SpecifiedTradeSettlementPaymentMeans",
    ),
    Check(
        "BR-DE-2",
        "The group SELLER CONTACT (BG-6) must be provided.",
        f"{UBL_SELLER}/cac:Contact",
        f"{CII_SELLER}/ram:DefinedTradeContact",
    ),
    Check(
        "BR-DE-3",
        "The Seller city (BT-37) must be provided.",
        f"{UBL_SELLER}/cac:PostalAddress/cbc:CityName",
        f"{CII_SELLER}/ram:PostalTradeAddress/ram:CityName",
    ),
    Check(
        "BR-DE-4",
        "The Seller post code (BT-38) must be provided.",
        f"{UBL_SELLER}/cac:PostalAddress/cbc:PostalZone",
        f"{CII_SELLER}/ram:PostalTradeAddress/ram:PostcodeCode",
    ),
    Check(
        "BR-DE-5",
        "The Seller contact point (BT-41) must be provided.",
        f"{UBL_SELLER}/cac:Contact/cbc:Name",
        f"{CII_SELLER}/ram:DefinedTradeContact/ram:PersonName",
    ),
    Check(
        "BR-DE-6",
        "The Seller contact telephone number (BT-42) must be provided.",
        f"{UBL_SELLER}/cac:Contact/cbc:Telephone",
        f"{CII_SELLER}/ram:DefinedTradeContact/ram:TelephoneUniversalCommunication",
    ),
    Check(
        "BR-DE-7",
        "The Seller contact email address (BT-43) must be provided.",
        f"{UBL_SELLER}/cac:Contact/cbc:ElectronicMail",
        f"{CII_SELLER}/ram:DefinedTradeContact/ram:EmailURIUniversalCommunication",
    ),
    Check(
        "BR-DE-8",
        "The Buyer city (BT-52) must be provided.",
        f"{UBL_BUYER}/cac:PostalAddress/cbc:CityName",
        f"{CII_BUYER}/ram:PostalTradeAddress/ram:CityName",
    ),
    Check(
        "BR-DE-9",
        "The Buyer post code (BT-53) must be provided.",
        f"{UBL_BUYER}/cac:PostalAddress/cbc:PostalZone",
        f"{CII_BUYER}/ram:PostalTradeAddress/ram:PostcodeCode",
    ),
    Check(
        "BR-DE-15",
        "The Buyer reference (BT-10) must be provided (the Leitweg-ID).",
        "/*/cbc:BuyerReference",
        f"{CII_AGREEMENT}/ram:BuyerReference",
    ),
)
ENDPOINT_CHECKS = (
    Check(
        "PEPPOL-EN16931-R010",
        "Buyer electronic address (BT-49) MUST be provided.",
        f"{UBL_BUYER}/cbc:EndpointID",
        f"{CII_BUYER}/ram:URIUniversalCommunication/ram:URIID",
    ),
    Check(
        "PEPPOL-EN16931-R020",
        "Seller electronic address (BT-34) MUST be provided.",
        f"{UBL_SELLER}/cbc:EndpointID",
        f"{CII_SELLER}/ram:URIUniversalCommunication/ram:URIID",
    ),
)
PEPPOL_CHECKS = (
    Check(
        "PEPPOL-EN16931-R003",
        "A buyer reference (BT-10) or purchase order reference (BT-13) MUST be provided.",
        "/*/cbc:BuyerReference | /*/cac:OrderReference/cbc:ID",
        f"{CII_AGREEMENT}/ram:BuyerReference"
        f" | {CII_AGREEMENT}/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID",
    ),
    *ENDPOINT_CHECKS,
)


def specification(root: etree._Element) -> str:
    """The specification identifier (BT-24) of a UBL or CII document."""
    found = root.xpath(
        "/*/cbc:CustomizationID | /rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext"
        "/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID",
        namespaces=NS,
    )
    return str(found[0].text or "").strip() if found else ""


def cius_failures(root: etree._Element) -> list[tuple[str, str]]:
    """(rule, text) for every XRechnung or Peppol presence rule the document breaks."""
    spec = specification(root)
    if spec.startswith(XRECHNUNG):
        checks: tuple[Check, ...] = XRECHNUNG_CHECKS + ENDPOINT_CHECKS
    elif spec.startswith(PEPPOL_BIS):
        checks = PEPPOL_CHECKS
    else:
        return []
    is_cii = etree.QName(root).localname == "CrossIndustryInvoice"
    return [
        (check.rule, check.text)
        for check in checks
        if not root.xpath(check.cii if is_cii else check.ubl, namespaces=NS)
    ]
