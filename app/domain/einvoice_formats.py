"""The e-invoice formats a company or a customer may choose, and what each one requires."""

from __future__ import annotations

from enum import StrEnum


class EInvoiceFormat(StrEnum):
    NONE = "none"  # no e-invoice (outside the EU, or a customer who wants paper only)
    UBL = "ubl"  # UBL 2.1, EN 16931 core
    CII = "cii"  # UN/CEFACT CII D16B, Factur-X / ZUGFeRD EN 16931 profile
    PEPPOL = "peppol"  # UBL 2.1, Peppol BIS Billing 3.0
    XRECHNUNG_UBL = "xrechnung-ubl"  # UBL 2.1, XRechnung 3.0 (German public bodies)
    XRECHNUNG_CII = "xrechnung-cii"  # CII D16B, XRechnung 3.0
    FACTURX = "facturx"  # the CII of "cii" embedded in the PDF (PDF/A-3, Factur-X EN 16931)

    @property
    def syntax(self) -> str:
        """ "ubl" or "cii" (the writer), "" for none."""
        if self is EInvoiceFormat.NONE:
            return ""
        cii = (EInvoiceFormat.CII, EInvoiceFormat.XRECHNUNG_CII, EInvoiceFormat.FACTURX)
        return "cii" if self in cii else "ubl"

    @property
    def is_xrechnung(self) -> bool:
        return self in (EInvoiceFormat.XRECHNUNG_UBL, EInvoiceFormat.XRECHNUNG_CII)


def parse_format(value: str) -> EInvoiceFormat:
    """A format from its name; ValueError names the known ones."""
    try:
        return EInvoiceFormat(value.strip().lower())
    except ValueError:
        known = ", ".join(f.value for f in EInvoiceFormat)
        raise ValueError(f"{value!r} is not an e-invoice format (known: {known})") from None
