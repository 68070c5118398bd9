"""How fast one-page invoices render as PDF (reportlab canvas, fonts embedded).

    .venv/bin/python -m bench.pdf [--count 400] [--rounds 5] [--weasyprint 20]

Renders ``count`` different one-page invoices (other numbers, customers, amounts) in this
process, ``rounds`` times, with and without the EPC QR code (the best and the median round are
printed: on a shared machine one run varies by 20 %); then with a pool using every core; then
the same invoice as HTML with WeasyPrint (if installed) for a ratio. Targets: at least 200 PDFs/s on
one core; at least 30 times WeasyPrint. Record the figures in docs/performance.md.
"""

from __future__ import annotations

import argparse
import html
import os
import statistics
import time
from dataclasses import replace
from datetime import date
from decimal import Decimal
from multiprocessing import Pool

from app.domain.documents import (
    Address,
    DocumentType,
    Draft,
    IssuedDocument,
    Line,
    PartySnapshot,
    PaymentInstructions,
)
from app.domain.tax import TaxCategory
from app.domain.totals import VatRounding, compute_totals
from app.render.document_pdf import document_pdf

SELLER = PartySnapshot(
    name="Acme Müller GmbH",
    address=Address(street="Hauptstraße 5", city="Berlin", postcode="10115", country="DE"),
    vat_id="DE136695976",
    legal_id="HRB 12345",
    email="rechnung@acme.example",
)
PAYMENT = PaymentInstructions(iban="DE89370400440532013000", bic="COBADEFFXXX")


def invoice(index: int, *, with_payment: bool = True) -> IssuedDocument:
    """A different one-page invoice for every index: 3-6 lines, two VAT rates."""
    lines = tuple(
        Line(
            description=f"Service {index}-{n}: consulting and implementation",
            quantity=Decimal(1 + (index + n) % 7),
            unit="HUR",
            unit_price=Decimal(80 + (index * 7 + n) % 50),
            tax_category=TaxCategory.STANDARD,
            tax_rate=Decimal(19 if n % 3 else 7),
        )
        for n in range(3 + index % 4)
    )
    draft = Draft(
        type=DocumentType.INVOICE,
        customer_id=1,
        currency="EUR",
        lines=lines,
        issue_date=date(2026, 11, 24),
        due_date=date(2026, 12, 8),
        delivery_date=date(2026, 11, 20),
    )
    buyer = PartySnapshot(
        name=f"Kunde {index} Łódź Sp. z o.o.",
        address=Address(street="ul. Piotrkowska 1", city="Łódź", postcode="90-001", country="PL"),
        vat_id="PL5261040828",
        language=("en", "de", "fr")[index % 3],
    )
    return IssuedDocument(
        id=index,
        number=f"INV-2026-{index:05}",
        draft=draft,
        seller=SELLER,
        buyer=buyer,
        totals=compute_totals(draft, VatRounding.DOCUMENT, "EUR"),
        issued_at="2026-11-24T10:00:00+01:00",
        payment=PAYMENT if with_payment else None,
    )


def _render(index: int) -> int:
    return len(document_pdf(invoice(index)))


def _per_second(count: int, seconds: float) -> str:
    return f"{count / seconds:8.0f} PDFs/s ({seconds / count * 1000:.1f} ms each)"


def _rounds(label: str, docs: list[IssuedDocument], rounds: int) -> float:
    """Render ``docs`` ``rounds`` times; print the best and the median round; the best time."""
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        for doc in docs:
            document_pdf(doc)
        times.append(time.perf_counter() - started)
    median = _per_second(len(docs), statistics.median(times)).strip()
    print(f"{label} {_per_second(len(docs), min(times))}, median round {median}")
    return min(times)


def html_invoice(doc: IssuedDocument) -> str:
    rows = "".join(
        f"<tr><td>{i}</td><td>{html.escape(line.description)}</td><td>{line.quantity}</td>"
        f"<td>{line.unit_price}</td><td>{line.tax_rate} %</td><td>{amounts.net}</td></tr>"
        for i, (line, amounts) in enumerate(zip(doc.draft.lines, doc.totals.lines, strict=True), 1)
    )
    return (
        "<html><head><style>@page{size:A4;margin:20mm}body{font-family:'DejaVu Sans';"
        "font-size:9pt}table{width:100%;border-collapse:collapse}th{background:#1f4e79;"
        "color:white}td,th{padding:3px;border-bottom:1px solid #ddd}</style></head><body>"
        f"<h1>{html.escape(doc.seller.name)}</h1><p>{html.escape(doc.buyer.name)}</p>"
        f"<h2>Invoice {doc.number}</h2><table><tr><th>Pos</th><th>Description</th><th>Qty</th>"
        f"<th>Price</th><th>VAT</th><th>Amount</th></tr>{rows}</table>"
        f"<p>Total {doc.totals.tax_inclusive} EUR</p></body></html>"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=400)
    parser.add_argument("--weasyprint", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=5, help="one-process runs; best and median")
    args = parser.parse_args()
    document_pdf(invoice(0))  # fonts registered, modules warm
    with_qr = [invoice(i) for i in range(args.count)]
    sizes = [len(document_pdf(doc)) for doc in with_qr]
    one_core = _rounds("one process, with EPC QR:   ", with_qr, args.rounds)
    print(f"  average size {sum(sizes) / len(sizes) / 1024:.1f} kB")
    _rounds(
        "one process, without QR:    ", [replace(d, payment=None) for d in with_qr], args.rounds
    )
    cores = os.cpu_count() or 1
    with Pool(cores) as pool:
        pool.map(_render, range(cores * 2))
        started = time.perf_counter()
        pool.map(_render, range(args.count), chunksize=16)
        pooled = time.perf_counter() - started
    print(f"pool of {cores} processes, with QR: {_per_second(args.count, pooled)}")
    try:
        from weasyprint import HTML
    except ImportError:
        print("WeasyPrint not installed: no ratio")
        return
    HTML(string=html_invoice(invoice(0))).write_pdf()
    started = time.perf_counter()
    for i in range(args.weasyprint):
        HTML(string=html_invoice(invoice(i))).write_pdf()
    weasy = (time.perf_counter() - started) / args.weasyprint
    ours = one_core / args.count
    print(f"WeasyPrint, same invoice as HTML: {1 / weasy:8.1f} PDFs/s ({weasy * 1000:.0f} ms each)")
    print(f"ratio (one process, with QR): {weasy / ours:.1f} x faster than WeasyPrint")


if __name__ == "__main__":
    main()
