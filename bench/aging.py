"""The aging report over the bench dataset (encrypted file), as a user runs it.

    .venv/bin/python -m bench.dataset --out /tmp/bench-100k.invoicedesk    # once
    .venv/bin/python -m bench.aging --file /tmp/bench-100k.invoicedesk [--rounds 5]

Prints the time of the first report after opening the file (cold caches) and of later ones.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date
from pathlib import Path

from app import bootstrap
from app.services.receivables_reports import aging_report
from bench.dataset import PASSPHRASE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--file", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 12, 31))
    args = parser.parse_args()
    key = bootstrap.key_from_passphrase(args.file, PASSPHRASE)
    with bootstrap.CompanySession(args.file, key, readonly=True) as session:
        ctx = session.context()
        started = time.perf_counter()
        report = aging_report(ctx, args.as_of, (30, 60, 90))
        first = (time.perf_counter() - started) * 1000
        samples = []
        for _ in range(args.rounds):
            started = time.perf_counter()
            aging_report(ctx, args.as_of, (30, 60, 90))
            samples.append((time.perf_counter() - started) * 1000)
    print(
        f"aging as of {args.as_of}: {len(report['customers'])} customer rows,"
        f" total due {report['total']['total']} {report['currency']}"
    )
    print(f"  first report after open: {first:8.1f} ms")
    print(
        f"  later reports: median {statistics.median(samples):8.1f} ms, max {max(samples):8.1f} ms"
    )


if __name__ == "__main__":
    main()
