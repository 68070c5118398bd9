"""The aging report over the bench dataset (encrypted file), as a user runs it.

    .venv/bin/python -m bench.dataset --out /tmp/bench-100k.invoicedesk    # once
    .venv/bin/python -m bench.aging --file /tmp/bench-100k.invoicedesk [--rounds 5]

Two reports: as of the day of the last entry (the usual "today": read from the balances the
database keeps), and as of a past date (recomputed from the whole ledger). For each, the time
of the first report after opening the file (cold caches) and of later ones.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time
from datetime import date
from pathlib import Path
from typing import Any

from app import bootstrap
from app.services.receivables.receivables_reports import aging_report
from app.store.sqlcipher import connect
from bench.dataset import PASSPHRASE


def _measure(ctx: Any, as_of: date, rounds: int) -> None:
    started = time.perf_counter()
    report = aging_report(ctx, as_of, (30, 60, 90))
    first = (time.perf_counter() - started) * 1000
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        aging_report(ctx, as_of, (30, 60, 90))
        samples.append((time.perf_counter() - started) * 1000)
    open_docs = sum(len(numbers) for row in report.customers for _, numbers in row.documents)
    print(
        f"aging as of {as_of}: {open_docs} open documents, {len(report.customers)} rows,"
        f" total due {report.total} {report.currency}"
    )
    print(
        f"  first report: {first:7.1f} ms; later: median {statistics.median(samples):7.1f} ms,"
        f" max {max(samples):7.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--file", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--past", type=date.fromisoformat, default=date(2025, 6, 30))
    args = parser.parse_args()
    key = bootstrap.key_from_passphrase(args.file, PASSPHRASE)
    with bootstrap.CompanySession(args.file, key, readonly=True) as session:
        ctx = session.context()
        with contextlib.closing(connect(args.file, key, readonly=True)) as conn:
            last = date.fromisoformat(
                conn.execute("SELECT max(entry_date) FROM ledger_entry").fetchone()[0]
            )
        _measure(ctx, last, args.rounds)
        _measure(ctx, args.past, args.rounds)


if __name__ == "__main__":
    main()
