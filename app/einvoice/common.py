"""What the UBL and CII writers share: profile identifiers, payment means, line amounts."""

from __future__ import annotations

from decimal import Decimal

from app.domain.documents import IssuedDocument, Line

EN16931 = "urn:cen.eu:en16931:2017"
PEPPOL_BIS = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
PEPPOL_PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
XRECHNUNG = "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"

SEPA_CREDIT_TRANSFER = "58"
CREDIT_TRANSFER = "30"


def payment_means_code(doc: IssuedDocument) -> str:
    """UNCL 4461: a SEPA credit transfer for euro invoices, a plain credit transfer otherwise."""
    return SEPA_CREDIT_TRANSFER if doc.draft.currency == "EUR" else CREDIT_TRANSFER


def line_gross(line: Line) -> Decimal:
    """Quantity x price before line allowances and charges: the base of a percent allowance."""
    return (line.quantity * line.unit_price / line.price_base_quantity).quantize(Decimal("0.01"))
