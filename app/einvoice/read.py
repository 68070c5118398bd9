"""Read an e-invoice file: UBL, CII, or the CII inside a Factur-X / ZUGFeRD PDF.

Parsing refuses DTDs, external entities and network access; anything that is not an EN 16931
invoice or credit note is refused with a message naming what is wrong, and nothing is created.
"""

from __future__ import annotations

from lxml import etree

from app.domain.imported import ImportedInvoice
from app.einvoice.read_cii import read_cii
from app.einvoice.read_ubl import read_ubl
from app.einvoice.reading import Node, refuse
from app.einvoice.validation import parse_safely

PDF_MAGIC = b"%PDF-"


def xml_from_pdf(data: bytes) -> bytes:
    """The XML embedded in a Factur-X / ZUGFeRD PDF."""
    from facturx import get_xml_from_pdf

    try:
        _name, xml = get_xml_from_pdf(data, check_xsd=False)
    except Exception as exc:  # the library raises plain exceptions on damaged PDFs
        raise refuse("einvoice.pdf_unreadable", reason=exc) from None
    if not xml:
        raise refuse("einvoice.pdf_no_xml")
    return bytes(xml)


def read_einvoice(data: bytes) -> tuple[ImportedInvoice, bytes]:
    """The document's terms and the XML they were read from."""
    xml = xml_from_pdf(data) if data.startswith(PDF_MAGIC) else data
    try:
        root = parse_safely(xml)
    except etree.XMLSyntaxError as exc:
        raise refuse("einvoice.not_xml", reason=exc) from None
    except ValueError:
        raise refuse("einvoice.doctype") from None
    name = etree.QName(root).localname
    if name in ("Invoice", "CreditNote") and etree.QName(root).namespace.startswith(
        "urn:oasis:names:specification:ubl:schema:xsd:"
    ):
        return read_ubl(Node(root)), xml
    if name == "CrossIndustryInvoice":
        return read_cii(Node(root)), xml
    raise refuse("einvoice.root", name=name)
