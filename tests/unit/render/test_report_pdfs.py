"""Statement, reminder letter and aging report as PDF: what they say, over how many pages."""

from __future__ import annotations

import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from app.services.documents import drafts, issuing
from app.services.receivables import payments, receivables_reports, report_pdfs
from tests.conftest import run_cli
from tests.unit.services.builders import add_customer, invoice_json


def _pages(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def _invoice(ctx: Any, customer: int, day: str, price: str = "100.00") -> str:
    line = {**invoice_json(customer)["lines"][0], "quantity": "1", "unit_price": price}
    data = invoice_json(customer, issue_date=day, lines=[line], due_date=None)
    return str(issuing.issue_document(ctx, drafts.create_draft(ctx, data)).number)


def test_statement_in_the_customers_language(ctx: Any) -> None:
    customer = add_customer(ctx, name="Müller KG", language="de", payment_terms_days=14)
    first = _invoice(ctx, customer, "2026-10-01")
    second = _invoice(ctx, customer, "2026-10-15", "50.00")
    payments.record_payment(
        ctx,
        payments.PaymentInput(
            amount=Decimal("119.00"),
            day=date(2026, 10, 20),
            invoices=(first,),
            customer_id=customer,
        ),
    )
    pdf = report_pdfs.statement_pdf(ctx, customer, date(2026, 10, 1), date(2026, 10, 31))
    (text,) = _pages(pdf)
    for expected in (
        "Kontoauszug",
        "Müller KG",
        "Anfangssaldo (EUR)",
        "Endsaldo (EUR)",
        first,
        second,
        "Rechnung",
        "Zahlung",
        "119,00",
        "59,50",
        "01.10.2026",
    ):
        assert expected in text, expected


def test_a_long_statement_runs_over_pages_with_its_header(ctx: Any) -> None:
    customer = add_customer(ctx, language="en")
    for day in range(1, 29):
        for _ in range(3):
            _invoice(ctx, customer, f"2026-10-{day:02}", "10.00")
    pdf = report_pdfs.statement_pdf(ctx, customer, date(2026, 10, 1), date(2026, 10, 31))
    pages = _pages(pdf)
    assert len(pages) >= 2
    for number, page in enumerate(pages, 1):
        assert "Date" in page and "Balance" in page and f"Page {number} of {len(pages)}" in page
    assert "Closing balance (EUR)" in pages[-1] and "999.60" in pages[-1]


def test_aging_report_is_a_landscape_list(ctx: Any) -> None:
    early = add_customer(ctx, name="Early GmbH", payment_terms_days=10)
    _invoice(ctx, early, "2026-08-01")
    _invoice(ctx, add_customer(ctx, name="Later AG", payment_terms_days=10), "2026-11-20")
    pdf = report_pdfs.aging_pdf(ctx, date(2026, 11, 24), (30, 60, 90))
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert page.mediabox.width > page.mediabox.height
    text = _pages(pdf)[0]
    for expected in (
        "Receivables aging",
        "As of 24 Nov 2026",
        "Early GmbH",
        "Later AG",
        "Total in EUR",
        "238.00",
        "current",
        "1-30",
    ):
        assert expected in text, expected


def test_one_reminder_letter_per_customer(ctx: Any) -> None:
    de = add_customer(ctx, name="Kunde DE", language="de", payment_terms_days=14)
    fr = add_customer(ctx, name="Client FR", language="fr", payment_terms_days=14)
    numbers = [_invoice(ctx, de, "2026-09-01"), _invoice(ctx, de, "2026-09-02")]
    french = _invoice(ctx, fr, "2026-09-03")
    rows = receivables_reports.issue_reminders(ctx, date(2026, 11, 24)).value
    letters = report_pdfs.reminder_letters(ctx, rows, date(2026, 11, 24))
    assert len(letters) == 2
    german = next(_pages(pdf)[0] for name, pdf in letters if numbers[0] in name)
    assert all(n in german for n in numbers) and "Kunde DE" in german
    assert "Nach unserer Buchhaltung" in german and "04.12.2026" in german
    assert "Zahlungserinnerung" in german
    text_fr = next(_pages(pdf)[0] for name, pdf in letters if french in name)
    assert "Sauf erreur de notre part" in text_fr and "Client FR" in text_fr


def test_pdf_options_of_the_commands(company: Path, passphrase_file: Path, tmp_path: Path) -> None:
    def cli(*args: str | Path) -> Any:
        return run_cli("--file", company, "--passphrase-file", passphrase_file, *args)

    customer = cli(
        "customer", "add", "--name", "K", "--country", "DE", "--payment-terms-days", "7", "--json"
    ).json()["id"]
    draft = tmp_path / "d.json"
    line = {
        "description": "x",
        "quantity": "1",
        "unit": "C62",
        "unit_price": "10.00",
        "tax_category": "S",
        "tax_rate": "19",
    }
    data = {"customer": str(customer), "currency": "EUR", "issue_date": "2026-09-01"}
    draft.write_text(json.dumps({**data, "lines": [line]}), encoding="utf-8")
    cli("invoice", "issue", cli("invoice", "new", "--json-file", draft).out.strip())
    letters = tmp_path / "letters"
    letters.mkdir()
    assert cli("reminders", "issue", "--as-of", "2026-11-24", "--pdf-dir", letters).code == 0
    assert [p.read_bytes()[:5] for p in letters.iterdir()] == [b"%PDF-"]
    assert cli("report", "aging", "--as-of", "2026-11-24", "--pdf", tmp_path / "a.pdf").code == 0
    statement = (
        "statement",
        "--customer",
        str(customer),
        "--from",
        "2026-09-01",
        "--to",
        "2026-11-30",
        "--pdf",
        tmp_path / "s.pdf",
    )
    assert cli(*statement).code == 0
    assert (
        (tmp_path / "a.pdf").read_bytes()[:5] == (tmp_path / "s.pdf").read_bytes()[:5] == b"%PDF-"
    )
    bad = cli("reminders", "issue", "--pdf-dir", tmp_path / "missing")
    assert bad.code == 2 and "--pdf-dir" in bad.err
