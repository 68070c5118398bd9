"""Golden files: the exact UBL and CII bytes of the program's own invoices in the situations
that matter (several VAT rates, reverse charge, intra-Community, export, exempt with reason,
foreign currency, price base quantity, credit note). A change in the writers shows up here as
a diff to review.

    INVOICE_DESK_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/unit/einvoice/test_golden.py

rewrites the files after an intended change; review them with git diff before committing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from app.domain.einvoice_formats import EInvoiceFormat
from app.services.company import company_details
from app.services.documents import corrections, issuing
from tests.conftest import REPO, run_cli
from tests.unit.einvoice.test_ubl import CASES, _issue
from tests.unit.services.builders import add_customer

GOLDEN = REPO / "tests" / "golden" / "einvoice"
UPDATE = os.environ.get("INVOICE_DESK_UPDATE_GOLDEN") == "1"


def _slug(case: str) -> str:
    return "-".join(case.replace(",", "").split())


def _company(ctx: Any) -> int:
    company_details.edit_company(
        ctx, {"iban": "DE89 3704 0044 0532 0130 00", "bic": "COBADEFFXXX", "phone": "+49 30 1"}
    )
    return add_customer(ctx, vat_id="FR40303265045", country="FR", city="Paris")


def _documents(ctx: Any, case: str) -> Any:
    customer = _company(ctx)
    if case != "credit note":
        return _issue(ctx, customer, CASES[case])
    invoice = _issue(ctx, customer, CASES["two rates, allowances, charge"])
    credit = corrections.new_credit_note(ctx, invoice.number).value
    number = issuing.issue_document(ctx, credit).number
    with ctx.uow() as uow:
        return uow.documents.find(number).issued


@pytest.mark.parametrize("case", [*CASES, "credit note"])
def test_writers_match_the_golden_files(ctx: Any, case: str) -> None:
    from app.einvoice.adapter import write_einvoice

    doc = _documents(ctx, case)
    for fmt in (EInvoiceFormat.UBL, EInvoiceFormat.CII):
        xml = write_einvoice(doc, fmt)
        golden = GOLDEN / f"{_slug(case)}.{fmt.value}.xml"
        if UPDATE:
            golden.write_bytes(xml)
        assert golden.exists(), f"{golden} is missing: run with INVOICE_DESK_UPDATE_GOLDEN=1"
        assert xml == golden.read_bytes(), f"{golden.name} differs from what the writer makes"


@pytest.mark.parametrize(
    ("name", "old", "new", "rule"),
    [
        (
            "two-rates-allowances-charge.ubl.xml",
            b'<cbc:PayableAmount currencyID="EUR">',
            b'<cbc:PayableAmount currencyID="EUR">1',
            "BR-CO-16",
        ),
        (
            "reverse-charge.ubl.xml",
            b"<cbc:RegistrationName>Kunde AG</cbc:RegistrationName>",
            b"",
            "BR-07",
        ),
        (
            "two-rates-allowances-charge.cii.xml",
            b"<ram:DuePayableAmount>",
            b"<ram:DuePayableAmount>1",
            "BR-CO-16",
        ),
        ("reverse-charge.cii.xml", b"<ram:Name>Kunde AG</ram:Name>", b"", "BR-07"),
    ],
)
def test_a_mutated_golden_file_fails_einvoice_validate_with_its_rule(
    tmp_path: Path, name: str, old: bytes, new: bytes, rule: str
) -> None:
    original = (GOLDEN / name).read_bytes()
    assert old in original
    mutated = tmp_path / name
    mutated.write_bytes(original.replace(old, new, 1))
    clean = run_cli("einvoice", "validate", GOLDEN / name)
    assert clean.code == 0, clean.out
    result = run_cli("einvoice", "validate", mutated, "--json")
    assert result.code == 2
    assert rule in {f["rule"] for f in result.json()["failed_rules"] if f["fatal"]}
