"""How fast the document list answers: first page, deep pages, search as you type, filters.

    .venv/bin/python -m bench.list --file /tmp/bench-100k.invoicedesk [--rounds 5]

Uses a file made by ``bench.dataset`` (passphrase ``bench``). Target: search results under
50 ms at 100,000 documents. Record the figures in docs/performance.md.
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from app import bootstrap
from app.services.documents import queries
from app.services.ports import LIST_SORTS, DocumentQuery

PASSPHRASE = "bench"


def _ms(ctx: Any, query: DocumentQuery, rounds: int) -> tuple[float, int]:
    samples, found = [], 0
    for _ in range(rounds):
        started = time.perf_counter()
        found = len(queries.document_page(ctx, query).rows)
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
        total = first.rows[0].id
        print(f"{args.file.name}: about {total} documents")
        some = first.rows[3]
        cases = {
            "first page (200 rows)": DocumentQuery(),
            "customer name, 3 letters": DocumentQuery(search=(some.customer_name or "")[:3]),
            "customer name, whole": DocumentQuery(search=some.customer_name),
            "a number": DocumentQuery(search=some.number),
            "a number, typed partly": DocumentQuery(search=(some.number or "")[:10]),
            "an amount": DocumentQuery(search=str(some.tax_inclusive)),
            "a word of the line texts": DocumentQuery(search="consult"),
            "filter unpaid": DocumentQuery(filter="unpaid"),
            "filter overdue": DocumentQuery(filter="overdue"),
        }
        for label, query in cases.items():
            median, found = _ms(ctx, query, args.rounds)
            print(f"  {label:<28} {median:7.1f} ms  ({found} rows on the first page)")
        print("sorted by a column (first page / 50 pages down / a deep page at ~row 90,000):")
        for sort in LIST_SORTS:
            for ascending in (False, True):
                _paging(ctx, sort, ascending)
        print("sorted, with a search or a filter (first page):")
        for label, query in {
            "by total, 'consult'": DocumentQuery(search="consult", sort="total"),
            "by customer, 3 letters": DocumentQuery(
                search=(some.customer_name or "")[:3], sort="customer"
            ),
            "by number, unpaid": DocumentQuery(filter="unpaid", sort="number"),
            "by due date, one customer": DocumentQuery(customer_id=some.customer_id, sort="due"),
        }.items():
            median, found = _ms(ctx, query, args.rounds)
            print(f"  {label:<28} {median:7.1f} ms  ({found} rows on the first page)")


def _paging(ctx: Any, sort: str, ascending: bool) -> None:
    """First page, the next 50 pages, and the page after a cursor near the end of the list."""
    query = DocumentQuery(sort=sort, ascending=ascending)
    first, _ = _ms(ctx, query, 3)
    after: Any = None
    started = time.perf_counter()
    for _ in range(50):
        page = queries.document_page(ctx, replace(query, after=after))
        after = page.next
    per_page = (time.perf_counter() - started) * 1000 / 50
    reverse = queries.document_page(ctx, replace(query, ascending=not ascending, limit=10_000))
    deep = replace(query, after=reverse.next)  # 10,000 rows before the other end
    deep_ms, found = _ms(ctx, deep, 3)
    label = f"{sort} {'up' if ascending else 'down'}"
    print(
        f"  {label:<16} first {first:6.1f} ms, paging {per_page:6.1f} ms per page,"
        f" deep {deep_ms:6.1f} ms ({found} rows)"
    )


if __name__ == "__main__":
    main()
