"""The scripting contract, through the real command line: JSON in, JSON out, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

CONTRACT_DRAFT = {
    "customer": None,
    "currency": "EUR",
    "issue_date": "2026-11-24",
    "due_date": "2026-12-24",
    "buyer_reference": "PO-123",
    "lines": [
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
            "price_base_quantity": "1",
            "tax_category": "S",
            "tax_rate": "7",
            "allowances": [{"amount": "2.00", "reason": "Discount"}],
            "charges": [],
        },
    ],
    "allowances": [{"amount": "10.00", "tax_category": "S", "tax_rate": "19", "reason": "Loyalty"}],
    "charges": [{"percent": "5", "tax_category": "S", "tax_rate": "19", "reason": "Shipping"}],
    "exchange_rate": {"rate": "1.0832", "date": "2026-11-24", "source": "ECB"},
    "prepaid": "0.00",
    "note": "Thank you",
}


@pytest.fixture
def cli(company: Path, passphrase_file: Path):  # type: ignore[no-untyped-def]
    def call(*args: str | Path, **kw: object):  # type: ignore[no-untyped-def]
        return run_cli("--file", company, "--passphrase-file", passphrase_file, *args, **kw)  # type: ignore[arg-type]

    return call


def _write(tmp_path: Path, name: str, data: object) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_walk_through_customer_draft_issue_credit_verify(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    added = cli(
        "customer",
        "add",
        "--name",
        "Kunde AG",
        "--country",
        "DE",
        "--vat-id",
        "DE136695976",
        "--city",
        "Köln",
        "--email",
        "ap@kunde.example",
        "--language",
        "de",
        "--json",
    )
    assert added.code == 0, added.err
    customer = added.json()["id"]
    draft = _write(tmp_path, "draft.json", {**CONTRACT_DRAFT, "customer": str(customer)})
    new = cli("invoice", "new", "--json-file", draft, "--json")
    assert new.code == 0, new.err
    draft_id = new.json()["id"]

    issued = cli("invoice", "issue", str(draft_id), "--json")
    assert issued.code == 0, issued.err
    assert issued.json() == {"id": draft_id, "number": "INV-2026-00001"}
    plain = cli("invoice", "issue", str(draft_id))
    assert plain.out.strip() == "INV-2026-00001"

    shown = cli("invoice", "show", "INV-2026-00001", "--json").json()
    assert {
        k: shown[k]
        for k in ("id", "number", "type", "status", "currency", "issue_date", "due_date")
    } == {
        "id": draft_id,
        "number": "INV-2026-00001",
        "type": "invoice",
        "status": "issued",
        "currency": "EUR",
        "issue_date": "2026-11-24",
        "due_date": "2026-12-24",
    }
    totals = shown["totals"]
    assert {
        k: totals[k]
        for k in (
            "line_total",
            "allowance_total",
            "charge_total",
            "tax_exclusive",
            "tax_total",
            "tax_inclusive",
            "prepaid",
            "rounding",
            "payable",
        )
    } == {
        "line_total": "973.00",
        "allowance_total": "10.00",
        "charge_total": "48.65",
        "tax_exclusive": "1011.65",
        "tax_total": "189.45",
        "tax_inclusive": "1201.10",
        "prepaid": "0.00",
        "rounding": "0.00",
        "payable": "1201.10",
    }
    assert [
        {k: b[k] for k in ("category", "rate", "taxable", "tax")} for b in totals["vat_breakdown"]
    ] == [
        {"category": "S", "rate": "7", "taxable": "23.00", "tax": "1.61"},
        {"category": "S", "rate": "19", "taxable": "988.65", "tax": "187.84"},
    ]

    credit = cli("credit-note", "new", "--for", "INV-2026-00001", "--json")
    assert credit.code == 0, credit.err
    credit_number = cli("invoice", "issue", str(credit.json()["id"])).out.strip()
    assert credit_number == "CN-2026-00001"
    credit_shown = cli("invoice", "show", credit_number, "--json").json()
    assert credit_shown["type"] == "credit_note" and credit_shown["corrects"] == "INV-2026-00001"
    assert credit_shown["totals"]["tax_inclusive"] == "1201.10"
    again = cli("credit-note", "new", "--for", "INV-2026-00001")
    assert again.code == 2 and "exceeds what is left to credit" in again.err

    listed = cli("invoice", "list", "--status", "issued", "--json").json()
    assert [d["number"] for d in listed] == ["INV-2026-00001", "CN-2026-00001"]
    by_number = cli("invoice", "list", "--sort", "number", "--json").json()
    assert [d["number"] for d in by_number] == ["INV-2026-00001", "CN-2026-00001"]
    up = cli("invoice", "list", "--sort", "number", "--ascending", "--json").json()
    assert [d["number"] for d in up] == ["CN-2026-00001", "INV-2026-00001"]
    wrong = cli("invoice", "list", "--sort", "amount")
    assert wrong.code == 1 and "invalid choice: 'amount'" in wrong.err  # a usage error
    assert cli("audit", "verify").code == 0
    head = cli("audit", "head", "--json").json()
    assert head["seq"] == 5 and len(head["hash"]) == 64
    verify = cli("verify", "--json").json()
    assert verify["ok"]
    assert [c["name"] for c in verify["checks"]][-2:] == ["audit_chain", "receivable_balances"]

    for fmt in ("ubl", "cii"):
        out = tmp_path / f"INV-2026-00001.{fmt}.xml"
        assert cli("einvoice", "INV-2026-00001", "--format", fmt, "--out", out).code == 0
        checked = run_cli("einvoice", "validate", out, "--json")
        assert checked.code == 0, checked.out
        assert checked.json()["valid"] is True
    assert cli("einvoice", str(draft_id + 99), "--format", "ubl").code == 2


def test_partial_credit_and_debit_note(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    customer = cli(
        "customer", "add", "--name", "B", "--country", "FR", "--vat-id", "FR40303265045", "--json"
    ).json()["id"]
    draft = _write(tmp_path, "d.json", {**CONTRACT_DRAFT, "customer": str(customer)})
    number = cli(
        "invoice", "issue", cli("invoice", "new", "--json-file", draft).out.strip()
    ).out.strip()
    partial = _write(
        tmp_path,
        "p.json",
        {
            "lines": [
                {
                    "description": "Consulting (hours not worked)",
                    "quantity": "2",
                    "unit": "HUR",
                    "unit_price": "95.00",
                    "tax_category": "S",
                    "tax_rate": "19",
                    "corrects_line": 1,
                }
            ]
        },
    )
    credit_id = cli("credit-note", "new", "--for", number, "--json-file", partial).out.strip()
    assert cli("invoice", "show", credit_id, "--json").json()["totals"]["tax_inclusive"] == "226.10"
    too_many = _write(
        tmp_path,
        "t.json",
        {
            "lines": [
                {
                    "description": "x",
                    "quantity": "11",
                    "unit": "HUR",
                    "unit_price": "95.00",
                    "tax_category": "S",
                    "tax_rate": "19",
                    "corrects_line": 1,
                }
            ]
        },
    )
    refused = cli("credit-note", "new", "--for", number, "--json-file", too_many)
    assert refused.code == 2 and "lines[0].quantity: credits 11 of line 1" in refused.err
    extra = _write(
        tmp_path,
        "e.json",
        {
            "lines": [
                {
                    "description": "Travel",
                    "quantity": "1",
                    "unit": "C62",
                    "unit_price": "80.00",
                    "tax_category": "S",
                    "tax_rate": "19",
                }
            ]
        },
    )
    debit_id = cli("debit-note", "new", "--for", number, "--json-file", extra).out.strip()
    assert cli("invoice", "issue", debit_id).out.strip() == "DN-2026-00001"


def test_bad_input_exit_codes_and_nothing_written(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    floats = _write(tmp_path, "f.json", {**CONTRACT_DRAFT, "customer": "1", "prepaid": 0.5})
    result = cli("invoice", "new", "--json-file", floats)
    assert result.code == 2 and "prepaid: give the number as a string" in result.err
    broken = tmp_path / "broken.json"
    broken.write_text('{"currency": "EUR",', encoding="utf-8")
    result = cli("invoice", "new", "--json-file", broken)
    assert result.code == 2 and "not valid JSON (line 1" in result.err
    bom = tmp_path / "bom.json"
    customer = cli("customer", "add", "--name", "C", "--country", "DE", "--json").json()["id"]
    bom.write_bytes(
        b"\xef\xbb\xbf" + json.dumps({**CONTRACT_DRAFT, "customer": str(customer)}).encode()
    )
    assert cli("invoice", "new", "--json-file", bom).code == 0
    assert cli("invoice", "show", "INV-2099-1").code == 2
    assert cli("customer", "add", "--name", "D", "--country", "DE", "--vat-id", "DE1").code == 2
    assert cli("invoice", "list", "--json").json()[0]["status"] == "draft"
    draft_id = cli("invoice", "list", "--json").json()[0]["id"]
    assert cli("invoice", "delete", str(draft_id)).code == 0
    assert cli("invoice", "list", "--json").json() == []


def test_draft_from_standard_input_and_check(cli, company: Path, passphrase_file: Path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    from tests.conftest import REPO

    customer = cli("customer", "add", "--name", "E", "--country", "DE", "--json").json()["id"]
    data = json.dumps({"customer": str(customer), "currency": "EUR", "lines": []})
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "ui.launcher",
            "--file",
            str(company),
            "--passphrase-file",
            str(passphrase_file),
            "invoice",
            "new",
            "--json-file",
            "-",
        ],
        input=data,
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    check = cli("invoice", "check", proc.stdout.strip(), "--json")
    assert check.code == 2
    assert check.json() == [{"field": "lines", "message": "the document has no lines"}]


def test_company_details_and_the_einvoice_frozen_at_issue(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = cli("company", "edit", "--iban", "DE00 1234", "--email", "nobody")
    assert bad.code == 2 and "--iban" in bad.err and "--email" in bad.err
    edited = cli(
        "company", "edit", "--iban", "DE89 3704 0044 0532 0130 00", "--phone", "+49 30 1", "--json"
    )
    assert edited.code == 0, edited.err
    assert edited.json()["iban"] == "DE89370400440532013000"
    assert cli("company", "show", "--json").json()["phone"] == "+49 30 1"

    customer = cli(
        "customer", "add", "--name", "Stadt Köln", "--country", "DE", "--city", "Köln",
        "--einvoice-format", "xrechnung-cii", "--json",
    ).json()["id"]  # fmt: skip
    assert cli("customer", "add", "--name", "X", "--country", "DE",
               "--einvoice-format", "pdf-only").code == 2  # fmt: skip
    draft = _write(tmp_path, "d.json", {**CONTRACT_DRAFT, "customer": str(customer)})
    draft_id = cli("invoice", "new", "--json-file", draft).out.strip()
    refused = cli("invoice", "issue", draft_id)
    assert refused.code == 2
    for rule in ("BR-DE-5", "BR-DE-9", "PEPPOL-EN16931-R010"):
        assert f"rule {rule}:" in refused.err, refused.err
    cli("settings", "set", "einvoice.format", "cii")
    assert cli("customer", "edit", str(customer), "--einvoice-format", "none").code == 0
    number = cli("invoice", "issue", draft_id).out.strip()
    files = cli("invoice", "show", number, "--json").json()["files"]
    assert [f["kind"] for f in files] == ["pdf"]
    no_xml = cli("einvoice", number)
    assert no_xml.code == 2 and "without an e-invoice" in no_xml.err
    written = cli("einvoice", number, "--format", "cii", "--out", tmp_path / "x.xml")
    assert written.code == 0, written.err
    assert run_cli("einvoice", "validate", tmp_path / "x.xml").code == 0
