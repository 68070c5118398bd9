"""The period's journal, invoice list, payments and beancount ledger from a real company file:
every transaction balances, formulas stay text, bean-check accepts the ledger."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.services.accountant.period import period_data
from app.services.errors import InvalidInput
from sync.exporters.beancount import ledger
from sync.exporters.csv_files import invoice_list_csv, journal_csv, payments_csv, safe_cell
from sync.exporters.datev import DatevSettings, buchungsstapel
from sync.exporters.datev_columns import COLUMNS

NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


def _rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_every_transaction_of_the_journal_balances(ctx: Any, month: Any) -> None:
    name, data = journal_csv(period_data(ctx, *NOVEMBER))
    assert name == "journal.csv"
    rows = _rows(data)
    sums: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for row in rows:
        sums[row["transaction"]][0] += Decimal(row["debit"])
        sums[row["transaction"]][1] += Decimal(row["credit"])
        assert Decimal(row["debit"]) >= 0 and Decimal(row["credit"]) >= 0
    assert sums and all(debit == credit for debit, credit in sums.values()), sums
    first = [r for r in rows if r["transaction"] == f"document:{month['first']}"]
    # 950.00 at 19 % and 25.00 at 7 %: receivable 1,157.25, revenue and VAT per rate
    assert {r["account"]: (r["debit"], r["credit"]) for r in first} == {
        "receivables": ("1157.25", "0"),
        "revenue:S:19": ("0", "950.00"),
        "vat:S:19": ("0", "180.50"),
        "revenue:S:7": ("0", "25.00"),
        "vat:S:7": ("0", "1.75"),
    }
    kinds = {r["description"].split(" ")[0] for r in rows}
    assert {"Invoice", "Credit", "Payment", "Reversal", "Refund", "Writeoff", "Fee"} <= kinds
    assert f"document:{month['old']}" not in sums  # issued in September: not this period


def test_invoice_list_and_payments_keep_formulas_as_text(ctx: Any, month: Any) -> None:
    data = period_data(ctx, *NOVEMBER)
    invoices = _rows(invoice_list_csv(data)[1])
    assert [r["number"] for r in invoices if r["type"] == "invoice"] == [
        month["first"],
        month["second"],
    ]
    evil = next(r for r in invoices if r["number"] == month["second"])
    assert evil["customer"] == """'=HYPERLINK("http://x","pay")"""
    assert evil["total"] == "1130.50" and evil["vat"] == "180.50"
    credit = next(r for r in invoices if r["type"] == "credit_note")
    assert (credit["corrects"], credit["total"]) == (month["first"], "26.75")
    moves = _rows(payments_csv(data)[1])
    assert [m["kind"] for m in moves].count("payment") == 2
    assert any(m["kind"] == "reversal" and m["reverses"] for m in moves)
    assert all(not m["customer"].startswith("=") for m in moves)
    assert safe_cell("-12") == "'-12" and safe_cell(Decimal("-12.50")) == "-12.50"
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)" and safe_cell("Müller") == "Müller"


def test_bean_check_accepts_the_ledger_and_refuses_it_unbalanced(
    ctx: Any, month: Any, tmp_path: Path
) -> None:
    beside = Path(sys.executable).parent / "bean-check"  # installed with the dev extras
    checker = str(beside) if beside.exists() else shutil.which("bean-check")
    assert checker, "bean-check is missing: pip install -e .[dev]"
    name, data = ledger(period_data(ctx, *NOVEMBER))
    assert name == "ledger.beancount"
    path = tmp_path / name
    path.write_bytes(data)
    result = subprocess.run([checker, str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    text = data.decode("utf-8")
    assert "Income:Sales:S-19" in text and "Liabilities:VAT:S-7" in text
    broken = text.replace("1157.25 EUR", "1157.26 EUR", 1)
    assert broken != text
    path.write_text(broken, "utf-8")
    result = subprocess.run([checker, str(path)], capture_output=True, text=True, check=False)
    assert result.returncode != 0 and "balance" in (result.stdout + result.stderr).lower()


GOLDEN = Path(__file__).parents[2] / "golden" / "datev"
CREATED = datetime(2026, 12, 1, 9, 30, 15, 123000)


def test_datev_buchungsstapel_follows_the_format_and_matches_its_golden_file(
    ctx: Any, month: Any
) -> None:
    data = period_data(ctx, *NOVEMBER)
    name, raw = buchungsstapel(data, DatevSettings(advisor=1001, client=7), CREATED)
    assert name == "EXTF_Buchungsstapel_20261101_20261130.csv"
    text = raw.decode("cp1252")  # the default encoding: every character is cp1252
    assert raw.count(b"\r\n") == text.count("\n") and text.endswith("\r\n")
    lines = text.split("\r\n")[:-1]
    head = lines[0].split(";")
    assert len(head) == 31
    assert head[:6] == ['"EXTF"', "700", "21", '"Buchungsstapel"', "13", "20261201093015123"]
    assert (head[10], head[11], head[12], head[13]) == ("1001", "7", "20260101", "4")
    assert (head[14], head[15], head[21], head[26]) == ("20261101", "20261130", '"EUR"', '"03"')
    assert lines[1].split(";") == [c[0] for c in COLUMNS] and len(COLUMNS) == 125
    rows = [line.split(";") for line in lines[2:]]
    assert rows and all(len(r) == 125 for r in rows)
    for row in rows:
        assert re.fullmatch(r"\d{1,7},\d\d", row[0]), row[0]  # decimal comma, no sign
        assert row[1] in ('"S"', '"H"') and re.fullmatch(r"\d{4}", row[9])
        assert row[6].isdigit() and row[7].isdigit()
    invoice = [r for r in rows if r[10] == f'"{month["first"]}"']
    # 950.00 + 19 % on 8400 and 25.00 + 7 % on 8300, from debtor 10001, on 3 November
    assert sorted((r[0], r[1], r[6], r[7], r[9]) for r in invoice) == [
        ("1130,50", '"S"', "10001", "8400", "0311"),
        ("26,75", '"S"', "10001", "8300", "0311"),
    ]
    payments = [r for r in rows if r[7] == "1200"]
    assert {r[1] for r in payments} == {'"H"', '"S"'}  # payments in, the bounced one back out
    golden = GOLDEN / name
    if os.environ.get("INVOICE_DESK_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(raw)
    assert golden.exists(), f"{golden} is missing: run with INVOICE_DESK_UPDATE_GOLDEN=1"
    assert raw == golden.read_bytes()


def test_datev_in_utf8_skr04_and_a_rate_without_an_account(ctx: Any, month: Any) -> None:
    data = period_data(ctx, *NOVEMBER)
    settings = DatevSettings(advisor=1001, client=7, chart="SKR04", encoding="utf-8")
    raw = buchungsstapel(data, settings, CREATED)[1]
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert ';"04";' in text.splitlines()[0] and ";4400;" in text and ";1800;" in text
    unmapped = DatevSettings(advisor=1001, client=7, accounts={"revenue:S:7": ""})
    with pytest.raises(InvalidInput, match="no DATEV account for 'revenue:S:7'"):
        buchungsstapel(data, unmapped, CREATED)
