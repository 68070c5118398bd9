"""A deterministic, realistic company file for benchmarks (encrypted, like a real one).

    .venv/bin/python -m bench.dataset --out /tmp/bench-100k.invoicedesk [--invoices 100000]

300 customers; invoices spread over five years (2022-2026), one to five lines at 19 % and 7 %;
about one in five paid in two or three parts, a few left open, some overdue, some bounced and
reversed; one in 25 credited (full credit note). Passphrase: ``bench``. The same seed gives
the same company. It takes a few minutes; the benchmarks reuse the file.
"""

from __future__ import annotations

import argparse
import random
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from app import bootstrap
from app.domain.documents import IssuedDocument
from app.domain.receivables import Entry, EntryKind
from app.services.documents import corrections, drafts, issuing
from app.services.parties import customers
from app.services.ports import StoredDocument
from app.services.receivables.payments import append_entry

PASSPHRASE = "bench"
START = date(2022, 1, 3)
DAYS = 5 * 365
BATCH = 500


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2022, 1, 3, 9, 0).astimezone()

    def __call__(self) -> datetime:
        return self.now


def _issued(stored: StoredDocument) -> IssuedDocument:
    assert stored.issued is not None, "the batch was just issued"
    return stored.issued


def _lines(rng: random.Random) -> list[dict[str, str]]:
    return [
        {
            "description": rng.choice(["Consulting", "Support", "Licence", "Training", "Book"]),
            "quantity": str(rng.randint(1, 20)),
            "unit": rng.choice(["HUR", "C62", "DAY"]),
            "unit_price": f"{rng.randint(500, 20000) / 100:.2f}",
            "tax_category": "S",
            "tax_rate": rng.choice(["19", "19", "19", "7"]),
        }
        for _ in range(rng.randint(1, 5))
    ]


def _money(ctx: Any, rng: random.Random, batch: list[tuple[int, int, date, Decimal]]) -> int:
    """Payments for a batch of issued invoices (document id, customer, issue date, total)."""
    count = 0
    with ctx.uow() as uow:
        for document_id, customer, issued, total in batch:
            roll = rng.random()
            if roll < 0.05:
                continue  # left open
            parts = 1 if roll < 0.8 else rng.randint(2, 3)
            day = issued + timedelta(days=rng.randint(3, 45))
            left = total
            for part in range(parts):
                amount = left if part == parts - 1 else (left / 2).quantize(Decimal("0.01"))
                payment = append_entry(
                    uow,
                    ctx,
                    Entry(
                        id=0,
                        kind=EntryKind.PAYMENT,
                        date=day,
                        customer_id=customer,
                        currency="EUR",
                        amount=amount,
                        method="bank_transfer",
                        reference=f"SEPA-{document_id}-{part}",
                    ),
                )
                append_entry(
                    uow,
                    ctx,
                    Entry(
                        id=0,
                        kind=EntryKind.ALLOCATION,
                        date=day,
                        customer_id=customer,
                        currency="EUR",
                        amount=amount,
                        document_id=document_id,
                        payment_id=payment.id,
                    ),
                )
                count += 2
                if rng.random() < 0.01:
                    append_entry(
                        uow,
                        ctx,
                        Entry(
                            id=0,
                            kind=EntryKind.REVERSAL,
                            date=day + timedelta(days=5),
                            customer_id=customer,
                            currency="EUR",
                            amount=amount,
                            reverses_id=payment.id,
                            note="returned direct debit",
                        ),
                    )
                    count += 1
                left -= amount
                day += timedelta(days=rng.randint(5, 30))
        uow.commit()
    return count


def build(path: Path, invoices: int, seed: int) -> None:
    rng = random.Random(seed)
    key = bootstrap.create_company(
        path,
        PASSPHRASE,
        bootstrap.CompanyFields(
            name="Bench Handels GmbH",
            country="DE",
            currency="EUR",
            vat_id="DE136695976",
            street="Benchstraße 1",
            postcode="10115",
            city="Berlin",
        ),
    )
    clock = Clock()
    with bootstrap.CompanySession(path, key) as session:
        ctx = replace(session.context(), clock=clock)
        people = [
            customers.add_customer(
                ctx,
                customers.CustomerInput(
                    name=f"Customer {n:03} GmbH", country="DE", city="Köln", payment_terms_days=30
                ),
            ).value
            for n in range(300)
        ]
        days = sorted(rng.randrange(DAYS) for _ in range(invoices))
        entries = 0
        started = time.perf_counter()
        for offset in range(0, invoices, BATCH):
            chunk = days[offset : offset + BATCH]
            items: list[dict[str, Any]] = [
                {
                    "customer": str(rng.choice(people)),
                    "currency": "EUR",
                    "issue_date": (START + timedelta(days=d)).isoformat(),
                    "lines": _lines(rng),
                }
                for d in chunk
            ]
            clock.now = datetime.combine(
                START + timedelta(days=chunk[-1]), datetime.min.time()
            ).astimezone()
            ids = drafts.create_drafts(ctx, items)
            issued = issuing.issue_batch(ctx, ids)
            with ctx.uow() as uow:
                totals = [
                    (
                        doc_id,
                        int(item["customer"]),
                        date.fromisoformat(item["issue_date"]),
                        _issued(uow.documents.get(doc_id)).totals.payable,
                    )
                    for doc_id, item in zip(ids, items, strict=True)
                ]
            credited = [r.number for r in issued if rng.random() < 0.04]
            for number in credited:
                issuing.issue_document(ctx, corrections.new_credit_note(ctx, number).value)
            entries += _money(ctx, rng, totals)
            done = offset + len(chunk)
            if done % 10_000 == 0 or done == invoices:
                rate = done / (time.perf_counter() - started)
                print(
                    f"{done} invoices, {entries} ledger entries ({rate:.0f} invoices/s)", flush=True
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1124)
    args = parser.parse_args()
    if args.out.exists():
        raise SystemExit(f"{args.out} exists; the benchmarks reuse it (delete it to rebuild)")
    build(args.out, args.invoices, args.seed)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.0f} MB), passphrase {PASSPHRASE!r}")


if __name__ == "__main__":
    main()
