"""Issuing speed on an encrypted company file (synchronous=FULL, WAL).

    .venv/bin/python -m bench.issue [--count 10000] [--batch 100]

Issues ``count`` invoices one transaction each, then ``count`` more in batches; prints
invoices/s and the p50/p99 latency of a single issue. Every issue writes the e-invoice of
``--einvoice`` (default ubl, the company default) and checks it against the official rules, as
the program does; ``--einvoice none`` measures issuing without it. Record the figures in
docs/performance.md.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from app import bootstrap
from app.domain.einvoice_formats import EInvoiceFormat
from app.einvoice.adapter import warm_up
from app.services.company import settings
from app.services.documents import drafts, issuing
from app.services.parties import customers

LINES = [
    {
        "description": "Consulting",
        "quantity": "10",
        "unit": "HUR",
        "unit_price": "95.00",
        "tax_category": "S",
        "tax_rate": "19",
    },
    {
        "description": "Book",
        "quantity": "2",
        "unit": "C62",
        "unit_price": "12.50",
        "tax_category": "S",
        "tax_rate": "7",
        "allowances": [{"amount": "2.00", "reason": "Discount"}],
    },
]


def _percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--einvoice", default="ubl", choices=[f.value for f in EInvoiceFormat])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.invoicedesk"
        fields = bootstrap.CompanyFields(
            name="Bench GmbH", country="DE", currency="EUR", vat_id="DE136695976"
        )
        key = bootstrap.create_company(path, "bench passphrase", fields)
        with bootstrap.CompanySession(path, key) as session:
            ctx = session.context()
            settings.set_setting(ctx, "einvoice.format", args.einvoice)
            warm_up(EInvoiceFormat(args.einvoice))
            customer = customers.add_customer(
                ctx, customers.CustomerInput(name="Kunde AG", country="DE", vat_id="DE136695976")
            ).value
            draft = {"customer": str(customer), "currency": "EUR", "lines": LINES}

            ids = [drafts.create_draft(ctx, draft) for _ in range(args.count)]
            latencies = []
            started = time.perf_counter()
            for document_id in ids:
                t0 = time.perf_counter()
                issuing.issue_document(ctx, document_id)
                latencies.append((time.perf_counter() - t0) * 1000)
            single = time.perf_counter() - started

            ids = [drafts.create_draft(ctx, draft) for _ in range(args.count)]
            started = time.perf_counter()
            for offset in range(0, len(ids), args.batch):
                issuing.issue_batch(ctx, ids[offset : offset + args.batch])
            batched = time.perf_counter() - started
        size = path.stat().st_size
    print(f"e-invoice written and checked at issue: {args.einvoice}")
    print(f"{args.count} invoices, one transaction each: {args.count / single:8.0f} invoices/s")
    print(
        f"  single issue latency: p50 {statistics.median(latencies):6.2f} ms,"
        f" p99 {_percentile(latencies, 0.99):6.2f} ms, max {max(latencies):6.2f} ms"
    )
    print(
        f"{args.count} invoices in batches of {args.batch}: {args.count / batched:8.0f} invoices/s"
    )
    print(f"file size with {2 * args.count} invoices: {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
