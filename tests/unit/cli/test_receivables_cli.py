"""The receivables commands and their JSON, through the real command line."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.conftest import Result, run_cli


@pytest.fixture
def cli(company: Path, passphrase_file: Path):  # type: ignore[no-untyped-def]
    def call(*args: str | Path) -> Result:
        return run_cli("--file", company, "--passphrase-file", passphrase_file, *args)

    return call


def _issue(cli, tmp_path: Path, customer: int, day: str, price: str) -> str:  # type: ignore[no-untyped-def]
    draft = tmp_path / f"{day}-{price}.json"
    draft.write_text(
        json.dumps(
            {
                "customer": str(customer),
                "currency": "EUR",
                "issue_date": day,
                "lines": [
                    {
                        "description": "Service",
                        "quantity": "1",
                        "unit": "C62",
                        "unit_price": price,
                        "tax_category": "S",
                        "tax_rate": "19",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    return cli(
        "invoice", "issue", cli("invoice", "new", "--json-file", draft).out.strip()
    ).out.strip()


def test_payments_aging_statement_reminders(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    customer = cli(
        "customer",
        "add",
        "--name",
        "=cmd|' /C calc'!A0",
        "--country",
        "DE",
        "--payment-terms-days",
        "30",
        "--json",
    ).json()["id"]
    a = _issue(cli, tmp_path, customer, "2026-08-01", "100.00")  # 119.00, due 2026-08-31
    b = _issue(cli, tmp_path, customer, "2026-10-01", "200.00")  # 238.00, due 2026-10-31
    paid = cli(
        "payment",
        "record",
        "--invoice",
        a,
        "--invoice",
        b,
        "--amount-for",
        "19.00",
        "--amount-for",
        "38.00",
        "--amount",
        "57.00",
        "--date",
        "2026-10-05",
        "--method",
        "cash",
        "--reference",
        "R1",
        "--json",
    )
    assert paid.code == 0, paid.err
    assert paid.json()["allocations"] == [
        {"invoice": a, "amount": "19.00"},
        {"invoice": b, "amount": "38.00"},
    ]
    shown = cli("invoice", "show", a, "--json").json()
    assert (shown["amount_due"], shown["payment_status"]) == ("100.00", "partially_paid")
    too_many = cli("payment", "record", "--invoice", a, "--amount", "1.001", "--date", "2026-10-06")
    assert too_many.code == 2 and "more decimals than EUR allows" in too_many.err

    aging = cli(
        "report",
        "aging",
        "--as-of",
        "2026-11-15",
        "--buckets",
        "30,60,90",
        "--json",
        "--csv",
        tmp_path / "aging.csv",
    )
    assert aging.code == 0, aging.err
    report = aging.json()
    assert report["as_of"] == "2026-11-15"
    assert report["buckets"] == ["current", "1-30", "31-60", "61-90", "over 90"]
    row = report["customers"][0]
    assert (row["customer"], row["1-30"], row["61-90"], row["total"]) == (
        customer,
        "200.00",
        "100.00",
        "300.00",
    )
    assert report["total"] == {
        "current": "0.00",
        "1-30": "200.00",
        "31-60": "0.00",
        "61-90": "100.00",
        "over 90": "0.00",
        "total": "300.00",
    }
    rows = list(csv.reader((tmp_path / "aging.csv").open(encoding="utf-8", newline="")))
    assert rows[0][:3] == ["customer_id", "customer", "currency"]
    assert rows[1][1].startswith("'=")  # a formula-looking name is neutralised
    assert rows[-1][-2:] == ["300.00", "300.00"]

    statement = cli(
        "statement",
        "--customer",
        str(customer),
        "--from",
        "2026-10-01",
        "--to",
        "2026-11-15",
        "--json",
    ).json()
    eur = statement["currencies"][0]
    assert (eur["opening_balance"], eur["closing_balance"]) == ("119.00", "300.00")

    assert cli("invoice", "dispute", b, "--note", "wrong hours", "--date", "2026-11-01").code == 0
    due = cli("reminders", "due", "--as-of", "2026-11-15", "--json").json()
    assert [(r["invoice"], r["level"], r["days_overdue"]) for r in due] == [(a, 1, 76)]
    issued = cli("reminders", "issue", "--as-of", "2026-11-15", "--json").json()
    assert [r["invoice"] for r in issued] == [a]
    assert cli("invoice", "dispute", b, "--clear").code == 0

    payment_id = cli("payment", "list", "--json").json()[0]["id"]
    reversed_ = cli("payment", "reverse", str(payment_id), "--reason", "bounced", "--json")
    assert reversed_.code == 0 and reversed_.json()["reverses"] == payment_id
    assert cli("invoice", "show", b, "--json").json()["amount_due"] == "238.00"
    over = cli(
        "payment",
        "record",
        "--customer",
        str(customer),
        "--amount",
        "500.00",
        "--date",
        "2026-11-20",
        "--json",
    ).json()
    assert over["unapplied"] == "143.00"  # 500.00 - 119.00 - 238.00
    refund = cli(
        "refund",
        "record",
        "--customer",
        str(customer),
        "--amount",
        "10.00",
        "--date",
        "2026-11-21",
        "--json",
    )
    assert refund.code == 0, refund.err
    assert cli("writeoff", "--invoice", a, "--reason", "x").code == 2  # nothing (or too much) due
    assert cli("audit", "verify").code == 0
