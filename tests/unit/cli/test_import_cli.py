"""invoice-desk import einvoice FILE through the real command line: good files, bad files."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from facturx import generate_from_binary
from reportlab.pdfgen import canvas

from tests.conftest import SHARED, run_cli

EXAMPLES = SHARED / "einvoice-examples"
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE Invoice [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
<cbc:ID>&secret;</cbc:ID></Invoice>"""
NO_LINES = (EXAMPLES / "ubl" / "ubl-tc434-example4.xml").read_bytes()
NO_ISSUE_DATE = NO_LINES.replace(b"cbc:IssueDate>", b"cbc:X>")


def _without_lines(xml: bytes) -> bytes:
    start = xml.index(b"<cac:InvoiceLine>")
    end = xml.rindex(b"</cac:InvoiceLine>") + len(b"</cac:InvoiceLine>")
    return xml[:start] + xml[end:]


@pytest.fixture
def cli(company: Path, passphrase_file: Path):  # type: ignore[no-untyped-def]
    def call(*args: str | Path):  # type: ignore[no-untyped-def]
        return run_cli("--file", company, "--passphrase-file", passphrase_file, *args)

    return call


def test_import_reports_the_stated_line_net_and_creates_a_draft(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("import", "einvoice", EXAMPLES / "ubl" / "ubl-tc434-example2.xml")
    assert result.code == 0, result.err
    assert "line 1: stated net 1273.00, quantity x price gives 2546.00 (kept as stated)" in (
        result.out
    )
    assert "NO987654321MVA fails its check digits" in result.out
    assert "exchange_rate" in result.out  # NOK in a EUR company: the owner must give a rate
    listed = cli("invoice", "list", "--status", "draft", "--json").json()
    assert len(listed) == 1 and listed[0]["customer_name"] == "The Buyercompany"
    again = cli("import", "einvoice", EXAMPLES / "ubl" / "ubl-tc434-example2.xml", "--json")
    assert again.json()["customer_created"] is False  # matched by its VAT ID


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"this is not xml", "not well-formed XML"),
        (b"<order/>", "the root element is <order>"),
        (XXE, "DOCTYPE"),
        (_without_lines(NO_LINES), "no lines (BG-25)"),
        (NO_ISSUE_DATE, "no issue date (BT-2)"),
        (b"%PDF-1.4 broken", "cannot read the PDF"),
    ],
    ids=["not-xml", "wrong-root", "xxe", "no-lines", "no-issue-date", "broken-pdf"],
)
def test_bad_files_are_refused_and_nothing_is_created(  # type: ignore[no-untyped-def]
    cli, tmp_path: Path, content: bytes, message: str
) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_bytes(content)
    result = cli("import", "einvoice", bad)
    assert result.code == 2 and message in result.err, result.err
    assert "root:x:0:0" not in result.err + result.out
    assert cli("invoice", "list", "--json").json() == []
    assert cli("customer", "list", "--json").json() == []


def test_the_xml_inside_a_facturx_pdf_is_imported(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = io.BytesIO()
    pdf = canvas.Canvas(page, initialFontName="Times-Roman")
    pdf.drawString(72, 720, "Invoice 12115118")
    pdf.save()
    cii = (EXAMPLES / "cii" / "CII_example1.xml").read_bytes()
    facturx = tmp_path / "invoice.pdf"
    facturx.write_bytes(generate_from_binary(page.getvalue(), cii, check_xsd=False))
    result = cli("import", "einvoice", facturx, "--json")
    assert result.code == 0, result.err
    report = result.json()
    assert report["source"]["syntax"] == "cii" and report["source"]["number"] == "12115118"
    assert report["total_differences"] == []


def test_a_stated_vat_amount_that_differs_is_reported_as_text_and_json(  # type: ignore[no-untyped-def]
    cli, tmp_path: Path
) -> None:
    source = (EXAMPLES / "ubl" / "guide-example1.xml").read_bytes()
    wrong = tmp_path / "wrong-vat.xml"
    wrong.write_bytes(source.replace(b">10.99<", b">11.99<", 1))  # the 6 % group's tax
    text = cli("import", "einvoice", wrong)
    assert text.code == 0, text.err
    assert "VAT S 6: stated ['183.23', '11.99'], computed ['183.23', '10.99']" in text.out
    report = cli("import", "einvoice", wrong, "--json").json()
    assert report["vat_differences"] == [
        {
            "category": "S",
            "rate": "6",
            "stated": ["183.23", "11.99"],
            "computed": ["183.23", "10.99"],
        }
    ]
    assert report["total_differences"] == [] and report["type"] == "invoice"
