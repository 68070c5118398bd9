"""The CLI's JSON is a contract (docs/cli.md): the same working session, run through the real
command line, prints exactly the JSON recorded in tests/golden/cli/contract.json.

The golden file was written by the code before the services returned typed values (commit
40128cc), so this test holds the CLI's JSON still while the layers under it change. Values
that differ on every run (moments, file sizes, signatures, paths) are replaced by their kind.
Write it anew, only for a deliberate and documented change of the contract, with
``INVOICE_DESK_WRITE_GOLDEN=1``.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from tests.conftest import SHARED, Result, run_cli

GOLDEN = Path(__file__).parents[2] / "golden" / "cli" / "contract.json"
EXAMPLE = SHARED / "einvoice-examples" / "ubl" / "guide-example1.xml"
MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)?$")
HEX = re.compile(r"^[0-9a-f]{64}$")
VOLATILE = {"size", "bytes", "file_size", "path", "file", "pid", "host", "signature"}


def normalised(value: Any, key: str = "") -> Any:
    """``value`` with what differs between runs replaced by its kind."""
    if isinstance(value, dict):
        return {k: normalised(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [normalised(v, key) for v in value]
    if isinstance(value, str):
        if MOMENT.match(value):
            return "<moment>"
        if HEX.match(value):
            return "<sha256>"
        if key in VOLATILE:
            return f"<{key}>"
    if isinstance(value, int) and not isinstance(value, bool) and key in VOLATILE:
        return f"<{key}>"
    return value


def _draft(tmp_path: Path, name: str, data: dict[str, Any]) -> Path:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _line(description: str, quantity: str, price: str, rate: str) -> dict[str, str]:
    return {
        "description": description,
        "quantity": quantity,
        "unit": "HUR",
        "unit_price": price,
        "tax_category": "S",
        "tax_rate": rate,
    }


def _session(company: Path, passphrase_file: Path, tmp_path: Path) -> dict[str, Any]:
    """A small working day: customers, products, drafts, issue, credit, payment, reports."""
    seen: dict[str, Any] = {}

    def cli(label: str, *args: str | Path) -> Any:
        result: Result = run_cli("--file", company, "--passphrase-file", passphrase_file, *args)
        assert result.code == 0, (label, result.err)
        seen[label] = normalised(result.json())
        return result.json()

    kunde = cli(
        "customer add",
        "customer",
        "add",
        "--name",
        "Kunde AG",
        "--country",
        "DE",
        "--vat-id",
        "DE136695976",
        "--city",
        "Berlin",
        "--payment-terms-days",
        "14",
        "--json",
    )["id"]
    cli("customer show", "customer", "show", str(kunde), "--json")
    cli("customer list", "customer", "list", "--json")
    cli(
        "product add",
        "product",
        "add",
        "--name",
        "Consulting",
        "--price",
        "120",
        "--tax",
        "standard",
        "--json",
    )
    cli("product list", "product", "list", "--json")
    cli("tax-rate list", "tax-rate", "list", "--json")
    cli("series list", "series", "list", "--json")
    cli("settings list", "settings", "list", "--json")
    cli("company show", "company", "show", "--json")
    draft = {
        "customer": str(kunde),
        "currency": "EUR",
        "issue_date": "2026-10-01",
        "lines": [_line("Analysis", "3", "120.00", "19"), _line("Book", "1", "30.00", "7")],
    }
    first = cli(
        "invoice new", "invoice", "new", "--json-file", _draft(tmp_path, "a", draft), "--json"
    )["id"]
    cli("invoice check", "invoice", "check", str(first), "--json")
    number = cli("invoice issue", "invoice", "issue", str(first), "--json")["number"]
    cli("invoice show", "invoice", "show", number, "--json")
    draft["issue_date"] = "2026-10-05"
    second = cli(
        "invoice new 2", "invoice", "new", "--json-file", _draft(tmp_path, "b", draft), "--json"
    )["id"]
    other = cli("invoice issue 2", "invoice", "issue", str(second), "--json")["number"]
    credit = cli("credit-note new", "credit-note", "new", "--for", other, "--json")["id"]
    cli("credit-note issue", "invoice", "issue", str(credit), "--json")
    cli("invoice list", "invoice", "list", "--json")
    cli(
        "payment record",
        "payment",
        "record",
        "--invoice",
        number,
        "--amount",
        "200.00",
        "--date",
        "2026-10-10",
        "--json",
    )
    cli("payment list", "payment", "list", "--json")
    cli("aging", "report", "aging", "--as-of", "2026-11-15", "--json")
    cli(
        "statement",
        "statement",
        "--customer",
        str(kunde),
        "--from",
        "2026-10-01",
        "--to",
        "2026-11-15",
        "--json",
    )
    cli("reminders due", "reminders", "due", "--as-of", "2026-11-15", "--json")
    cli("import einvoice", "import", "einvoice", EXAMPLE, "--json")
    cli("audit verify", "audit", "verify", "--json")
    cli("audit head", "audit", "head", "--json")
    return seen


def test_the_cli_prints_the_json_of_its_contract(
    company: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    seen = _session(company, passphrase_file, tmp_path)
    if os.environ.get("INVOICE_DESK_WRITE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(json.dumps(seen, indent=1, ensure_ascii=False) + "\n", "utf-8")
    expected = json.loads(GOLDEN.read_text("utf-8"))
    assert list(seen) == list(expected)
    for label, value in expected.items():
        assert seen[label] == value, label
