"""How fast the document list answers: first page, deep pages, search as you type, filters.

    .venv/bin/python -m bench.list --file /tmp/bench-100k.invoicedesk [--rounds 5]

Uses a file made by ``bench.dataset`` (passphrase ``bench``). Target: search results under
50 ms at 100,000 documents. Record the figures in docs/performance.md.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path
from typing import Any

from app import bootstrap
from app.services import queries
from app.services.ports import DocumentQuery

PASSPHRASE = "bench"


def _ms(ctx: Any, query: DocumentQuery, rounds: int) -> tuple[float, int]:
    samples, found = [], 0
    for _ in range(rounds):
        started = time.perf_counter()
        found = len(queries.document_page(ctx, query)["rows"])
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--file", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    key = bootstrap.key_from_passphrase(args.file, PASSPHRASE)
    with bootstrap.CompanySession(args.file, key, readonly=True) as session:
        ctx = session.context()
        first = queries.document_page(ctx, DocumentQuery())
        total = first["rows"][0]["id"]
        print(f"{args.file.name}: about {total} documents")
        some = first["rows"][3]
        cases = {
            "first page (200 rows)": DocumentQuery(),
            "customer name, 3 letters": DocumentQuery(search=(some["customer_name"] or "")[:3]),
            "customer name, whole": DocumentQuery(search=some["customer_name"]),
            "a number": DocumentQuery(search=some["number"]),
            "a number, typed partly": DocumentQuery(search=(some["number"] or "")[:10]),
            "an amount": DocumentQuery(search=some["tax_inclusive"]),
            "a word of the line texts": DocumentQuery(search="consult"),
            "filter unpaid": DocumentQuery(filter="unpaid"),
            "filter overdue": DocumentQuery(filter="overdue"),
        }
        for label, query in cases.items():
            median, found = _ms(ctx, query, args.rounds)
            print(f"  {label:<28} {median:7.1f} ms  ({found} rows on the first page)")
        after: Any = None
        started = time.perf_counter()
        for _ in range(50):
            page = queries.document_page(ctx, DocumentQuery(after=after))
            after = tuple(page["next"]) if page["next"] else None
        per_page = (time.perf_counter() - started) * 1000 / 50
        print(f"  {'paging down 50 pages':<28} {per_page:7.1f} ms per page (keyset)")


if __name__ == "__main__":
    main()
