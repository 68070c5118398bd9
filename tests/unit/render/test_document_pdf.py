"""Printed documents: what a customer reads, in their language, with every font embedded."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from facturx import get_xml_from_pdf
from PIL import Image
from pypdf import PdfReader

from app.einvoice.read import read_einvoice
from app.einvoice.validation import VALIDATOR
from app.services.company import company_details, settings
from app.services.documents import drafts, imports, issuing, stored_files
from tests.unit.services.builders import add_customer, invoice_json

NAMES = "Łódź Müller Ελλάδα Çağrı"
EXPECTED = {
    "en": [
        "Invoice",
        "Date of issue",
        "24 Nov 2026",
        "Date of supply",
        "20 Nov 2026",
        "Due date",
        "Your VAT ID",
        "Our VAT ID",
        "VAT 19 % on 950.00",
        "180.50",
        "VAT 7 % on 23.00",
        "Amount due",
        "€1,155.11",
        "Please transfer",
    ],
    "de": [
        "Rechnung",
        "Rechnungsdatum",
        "24.11.2026",
        "Leistungsdatum",
        "20.11.2026",
        "Fällig am",
        "Ihre USt-IdNr.",
        "Unsere USt-IdNr.",
        "USt. 19 % auf 950,00",
        "180,50",
        "USt. 7 % auf 23,00",
        "Zu zahlen",
        "1.155,11 €",
        "Bitte überweisen Sie",
    ],
    "fr": [
        "Facture",
        "Date d'émission",
        "24 nov. 2026",
        "Date de livraison",
        "20 nov. 2026",
        "Échéance",
        "Votre n° TVA",
        "Notre n° TVA",
        "TVA 19 % sur 950,00",
        "180,50",
        "TVA 7 % sur 23,00",
        "Net à payer",
        "155,11",
        "Merci de virer",
    ],
}
BOOK = {
    "description": "Book",
    "quantity": "2",
    "unit": "C62",
    "unit_price": "12.50",
    "tax_category": "S",
    "tax_rate": "7",
    "allowances": [{"amount": "2.00", "reason": "Damaged cover"}],
}


def _text(pdf: bytes) -> list[str]:
    """The text of each page; pypdf may break lines anywhere, so spaces are normalised."""
    return [
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def _ready(ctx: Any) -> None:
    company_details.edit_company(
        ctx,
        {"iban": "DE89 3704 0044 0532 0130 00", "bic": "COBADEFFXXX", "legal_id": "HRB 12345"},
    )


def _issue(ctx: Any, language: str, **kw: Any) -> str:
    customer = add_customer(ctx, name=f"Kunde {NAMES}", language=language, city="Łódź")
    lines = [invoice_json(customer)["lines"][0], BOOK]
    data = invoice_json(
        customer, delivery_date="2026-11-20", due_date="2026-12-24", lines=lines, **kw
    )
    return str(issuing.issue_document(ctx, drafts.create_draft(ctx, data)).number)


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_every_mandatory_field_is_printed_in_the_customers_language(
    ctx: Any, language: str
) -> None:
    _ready(ctx)
    number = _issue(ctx, language)
    text = " ".join(_text(stored_files.document_pdf(ctx, number).data))
    for expected in EXPECTED[language] + [
        number,
        "Acme Müller GmbH",
        "Hauptstraße 5",
        NAMES,
        "DE136695976",
        "HRB 12345",
        "Consulting",
        "Book",
        "DE89370400440532013000",
        "COBADEFFXXX",
    ]:
        assert expected in text, f"{expected!r} missing from the {language} invoice"


@pytest.mark.parametrize(
    ("language", "wording"),
    [
        ("en", "Reverse charge: the recipient is liable for the VAT"),
        ("de", "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge"),
        ("fr", "Autoliquidation : la TVA est due par le preneur"),
    ],
)
def test_reverse_charge_carries_its_wording(ctx: Any, language: str, wording: str) -> None:
    customer = add_customer(ctx, vat_id="FR40303265045", country="FR", language=language)
    line = {
        **invoice_json(customer)["lines"][0],
        "tax_category": "AE",
        "tax_rate": "0",
        "exemption_reason": "Reverse charge",
        "exemption_code": "VATEX-EU-AE",
    }
    number = issuing.issue_document(
        ctx, drafts.create_draft(ctx, invoice_json(customer, lines=[line]))
    ).number
    text = " ".join(_text(stored_files.document_pdf(ctx, number).data))
    assert wording in text and "FR40303265045" in text


def test_only_embedded_fonts(ctx: Any, tmp_path: Path) -> None:
    _ready(ctx)
    path = tmp_path / "invoice.pdf"
    path.write_bytes(stored_files.document_pdf(ctx, _issue(ctx, "de")).data)
    report = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    fonts = report.stdout.splitlines()[2:]
    assert fonts, report.stdout
    for row in fonts:
        assert row.split()[-5:-3] == ["yes", "yes"], f"not embedded: {row}"


def test_sixty_lines_run_over_pages_with_headers_and_carried_totals(ctx: Any) -> None:
    customer = add_customer(ctx, language="en")
    lines = [
        {**invoice_json(customer)["lines"][0], "description": f"Service {i:02}", "quantity": "1"}
        for i in range(1, 61)
    ]
    number = issuing.issue_document(
        ctx, drafts.create_draft(ctx, invoice_json(customer, lines=lines))
    ).number
    pages = _text(stored_files.document_pdf(ctx, number).data)
    assert len(pages) >= 2
    for index, page in enumerate(pages, 1):
        assert "Description" in page and "Unit price" in page, f"no header on page {index}"
        assert f"Page {index} of {len(pages)}" in page
    assert "Carried forward" in pages[0] and "Brought forward" in pages[1]
    assert "Service 01" in pages[0] and "Service 60" in pages[-1]
    assert "Amount due" in pages[-1] and "Amount due" not in pages[0]


def test_the_pdf_is_frozen_at_issue_and_a_new_template_leaves_it_alone(ctx: Any) -> None:
    _ready(ctx)
    number = _issue(ctx, "en")
    frozen = stored_files.document_pdf(ctx, number).data
    settings.set_setting(ctx, "document.accent", "#aa0000")
    settings.set_setting(ctx, "document.paper", "letter")
    assert stored_files.document_pdf(ctx, number).data == frozen
    later = stored_files.document_pdf(ctx, _issue(ctx, "en")).data
    assert PdfReader(io.BytesIO(later)).pages[0].mediabox.width == 612  # US Letter
    assert PdfReader(io.BytesIO(frozen)).pages[0].mediabox.width == pytest.approx(595.28, 0.01)


def test_a_draft_prints_with_a_draft_mark_and_no_number(ctx: Any) -> None:
    customer = add_customer(ctx, language="de")
    draft_id = drafts.create_draft(ctx, invoice_json(customer))
    text = " ".join(_text(stored_files.draft_pdf(ctx, draft_id)))
    assert "ENTWURF" in text and "noch nicht ausgestellt" in text
    assert "INV-2026" not in text


def test_facturx_embeds_the_checked_cii_and_imports_back(ctx: Any) -> None:
    _ready(ctx)
    settings.set_setting(ctx, "einvoice.format", "facturx")
    number = _issue(ctx, "fr")
    pdf = stored_files.document_pdf(ctx, number)
    assert pdf.format == "facturx"
    name, xml = get_xml_from_pdf(pdf.data, check_xsd=False)
    assert name == "factur-x.xml"
    assert xml == stored_files.einvoice(ctx, number).data
    errors, failures = VALIDATOR.validate(xml)
    assert errors == [] and [f.rule for f in failures if f.fatal] == []
    assert stored_files.einvoice(ctx, number, stored_files.EInvoiceFormat.FACTURX).data == pdf.data
    catalog = PdfReader(io.BytesIO(pdf.data)).trailer["/Root"]
    intent = catalog["/OutputIntents"][0].get_object()
    assert intent["/S"] == "/GTS_PDFA1" and intent["/DestOutputProfile"].get_object()["/N"] == 3
    metadata = catalog["/Metadata"].get_object().get_data()
    assert b"<pdfaid:part>3</pdfaid:part>" in metadata
    assert b"<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>" in metadata
    imported, _ = read_einvoice(pdf.data)
    report = imports.import_einvoice(ctx, imported, xml).value
    assert report.total_differences == () and report.source.number == number


def test_a_logo_prints_on_documents_issued_after_it_is_set(ctx: Any, tmp_path: Path) -> None:
    from PIL import Image

    from app.services.company.company_details import set_logo

    before = _issue(ctx, "en")
    image = io.BytesIO()
    Image.new("RGB", (300, 120), "#1f4e79").save(image, format="PNG")
    result = set_logo(ctx, image.getvalue()).value
    assert result.sha256 is not None and len(result.sha256) == 64
    after = _issue(ctx, "en")
    assert (
        len(PdfReader(io.BytesIO(stored_files.document_pdf(ctx, after).data)).pages[0].images) == 1
    )
    assert (
        len(PdfReader(io.BytesIO(stored_files.document_pdf(ctx, before).data)).pages[0].images) == 0
    )
    with pytest.raises(Exception, match="PNG or JPEG"):
        set_logo(ctx, b"GIF89a not a png")
    with ctx.uow() as uow:
        change = [e.payload for e in uow.audit.entries() if e.action == "setting.change"][-1]
    assert change == {"key": "document.logo", "sha256": result.sha256, "version": 1}


def _x_of(pdf: bytes, needle: str) -> float:
    found: list[float] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if needle in text:
            found.append(float(tm[4]))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return found[0]


def test_the_window_layout_puts_the_address_left_or_right(ctx: Any) -> None:
    left = stored_files.document_pdf(ctx, _issue(ctx, "fr")).data
    settings.set_setting(ctx, "document.window", "right")
    right = stored_files.document_pdf(ctx, _issue(ctx, "fr")).data
    width = float(PdfReader(io.BytesIO(right)).pages[0].mediabox.width)
    assert _x_of(left, "Kunde") < width / 3 < width / 2 < _x_of(right, "Kunde")


def test_a_foreign_currency_invoice_shows_the_amounts_in_the_accounting_currency(
    ctx: Any,
) -> None:
    customer = add_customer(ctx, language="en")
    rate = {"rate": "0.9231", "date": "2026-11-24", "source": "ECB"}
    data = invoice_json(customer, currency="USD", exchange_rate=rate)
    number = issuing.issue_document(ctx, drafts.create_draft(ctx, data)).number
    text = " ".join(_text(stored_files.document_pdf(ctx, number).data))
    # 950.00 + 19 % = 1,130.50 USD; x 0.9231 = 1,043.56 EUR; VAT 180.50 x 0.9231 = 166.62
    assert "In EUR: total 1,043.56, VAT 166.62 (rate 0.9231, ECB, 24 Nov 2026)" in text
    assert "US$1,130.50" in text


def _qr_codes(pdf: bytes, tmp_path: Path) -> list[bytes]:
    """Every QR code found on page 1 rendered at 150 dpi, as the raw bytes it carries."""
    (tmp_path / "doc.pdf").write_bytes(pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "150",
            "-png",
            "-singlefile",
            str(tmp_path / "doc.pdf"),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    with Image.open(tmp_path / "page.png") as page:
        found = zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)
    return [code.bytes for code in found]


def test_the_girocode_scans_back_to_the_transfer_a_bank_app_would_fill_in(
    ctx: Any, tmp_path: Path
) -> None:
    _ready(ctx)
    company_details.edit_company(ctx, {"name": "Acme Müller GmbH"})
    number = _issue(ctx, "de")
    codes = _qr_codes(stored_files.document_pdf(ctx, number).data, tmp_path)
    assert len(codes) == 1
    fields = codes[0].decode("utf-8").split("\n")
    assert fields == [
        "BCD",
        "002",
        "1",
        "SCT",
        "COBADEFFXXX",
        "Acme Müller GmbH",
        "DE89370400440532013000",
        "EUR1155.11",
        "",
        "",
        number,
    ]


def test_no_girocode_on_a_dollar_invoice(ctx: Any, tmp_path: Path) -> None:
    _ready(ctx)
    customer = add_customer(ctx, language="en")
    rate = {"rate": "0.9231", "date": "2026-11-24", "source": "ECB"}
    data = invoice_json(customer, currency="USD", exchange_rate=rate)
    number = issuing.issue_document(ctx, drafts.create_draft(ctx, data)).number
    assert _qr_codes(stored_files.document_pdf(ctx, number).data, tmp_path) == []
