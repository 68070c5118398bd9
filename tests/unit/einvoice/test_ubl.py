"""Our own issued documents written as UBL pass the XSD and the official CEN EN 16931 rules."""

from __future__ import annotations

from typing import Any

import pytest
from lxml import etree

from app.einvoice.cii import cii_bytes
from app.einvoice.ubl import ubl_bytes
from app.einvoice.validation import VALIDATOR, Syntax
from app.services.documents import corrections, drafts, issuing
from tests.unit.services.builders import add_customer, invoice_json

LINE = {
    "description": "Consulting",
    "quantity": "10",
    "unit": "HUR",
    "unit_price": "95.00",
    "tax_category": "S",
    "tax_rate": "19",
}
CASES: dict[str, dict[str, Any]] = {
    "two rates, allowances, charge": {
        "lines": [
            LINE,
            {
                "description": "Book",
                "quantity": "2",
                "unit": "C62",
                "unit_price": "12.50",
                "tax_category": "S",
                "tax_rate": "7",
                "allowances": [{"amount": "2.00", "reason": "Discount"}],
            },
        ],
        "allowances": [
            {"amount": "10.00", "tax_category": "S", "tax_rate": "19", "reason": "Loyalty"}
        ],
        "charges": [{"percent": "5", "tax_category": "S", "tax_rate": "19", "reason": "Shipping"}],
        "buyer_reference": "PO-123",
        "prepaid": "100.00",
    },
    "reverse charge": {
        "lines": [
            {
                **LINE,
                "tax_category": "AE",
                "tax_rate": "0",
                "exemption_reason": "Reverse charge",
                "exemption_code": "VATEX-EU-AE",
            }
        ]
    },
    "intra-community supply": {
        "delivery_date": "2026-11-20",
        "lines": [
            {
                **LINE,
                "tax_category": "K",
                "tax_rate": "0",
                "exemption_code": "VATEX-EU-IC",
                "exemption_reason": "Intra-Community supply",
            }
        ],
    },
    "export": {
        "lines": [
            {
                **LINE,
                "tax_category": "G",
                "tax_rate": "0",
                "exemption_code": "VATEX-EU-G",
                "exemption_reason": "Export",
            }
        ]
    },
    "exempt with reason": {
        "lines": [
            {
                **LINE,
                "tax_category": "E",
                "tax_rate": "0",
                "exemption_reason": "Art. 132 (1) (i) Directive 2006/112/EC",
            }
        ]
    },
    "foreign currency": {
        "currency": "USD",
        "exchange_rate": {"rate": "0.9231", "date": "2026-11-24", "source": "ECB"},
        "lines": [LINE],
    },
    "price base quantity": {
        "lines": [
            {
                "description": "Power",
                "quantity": "132",
                "unit": "KWT",
                "unit_price": "15.24",
                "price_base_quantity": "12",
                "tax_category": "S",
                "tax_rate": "21",
            }
        ]
    },
}


def _issue(ctx: Any, customer: int, extra: dict[str, Any]) -> Any:
    data = invoice_json(customer, due_date="2026-12-24", **extra)
    number = issuing.issue_document(ctx, drafts.create_draft(ctx, data)).number
    with ctx.uow() as uow:
        return uow.documents.find(number).issued


@pytest.mark.parametrize("syntax", ["ubl", "cii"])
@pytest.mark.parametrize("case", list(CASES))
def test_invoices_pass_the_official_rules(ctx: Any, case: str, syntax: str) -> None:
    customer = add_customer(ctx, vat_id="FR40303265045", country="FR", city="Paris")
    doc = _issue(ctx, customer, CASES[case])
    xml = ubl_bytes(doc) if syntax == "ubl" else cii_bytes(doc)
    errors, failures = VALIDATOR.validate(
        xml, Syntax.UBL_INVOICE if syntax == "ubl" else Syntax.CII
    )
    assert errors == []
    assert [(f.rule, f.text) for f in failures if f.fatal] == []


def test_credit_note_refers_to_its_invoice_and_passes(ctx: Any) -> None:
    customer = add_customer(ctx)
    invoice = _issue(ctx, customer, CASES["two rates, allowances, charge"])
    credit_id = corrections.new_credit_note(ctx, invoice.number).value
    number = issuing.issue_document(ctx, credit_id).number
    with ctx.uow() as uow:
        credit = uow.documents.find(number).issued
    xml = ubl_bytes(credit)
    errors, failures = VALIDATOR.validate(xml, Syntax.UBL_CREDIT_NOTE)
    assert errors == [] and [f for f in failures if f.fatal] == []
    root = etree.fromstring(xml)
    ns = {
        "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
        "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    }
    assert (
        root.findtext("cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID", namespaces=ns)
        == invoice.number
    )
    assert root.findtext("cbc:CreditNoteTypeCode", namespaces=ns) == "381"


def test_a_wrong_total_or_a_missing_buyer_fails_with_the_rule_id(ctx: Any) -> None:
    customer = add_customer(ctx)
    xml = ubl_bytes(_issue(ctx, customer, {"lines": [LINE]}))
    wrong_total = xml.replace(b">1130.50</cbc:PayableAmount>", b">1130.51</cbc:PayableAmount>")
    assert wrong_total != xml
    rules = {f.rule for f in VALIDATOR.validate(wrong_total)[1] if f.fatal}
    assert "BR-CO-16" in rules
    root = etree.fromstring(xml)
    buyer = root.find(
        "{urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}AccountingCustomerParty"
    )
    name = buyer.find(
        ".//{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}RegistrationName"
    )
    name.getparent().remove(name)
    rules = {f.rule for f in VALIDATOR.validate(etree.tostring(root))[1] if f.fatal}
    assert "BR-07" in rules


def test_credit_note_as_cii_passes(ctx: Any) -> None:
    customer = add_customer(ctx)
    invoice = _issue(ctx, customer, CASES["two rates, allowances, charge"])
    number = issuing.issue_document(
        ctx, corrections.new_credit_note(ctx, invoice.number).value
    ).number
    with ctx.uow() as uow:
        credit = uow.documents.find(number).issued
    xml = cii_bytes(credit)
    errors, failures = VALIDATOR.validate(xml, Syntax.CII)
    assert errors == [] and [f.rule for f in failures if f.fatal] == []
    assert b"<ram:TypeCode>381</ram:TypeCode>" in xml
    assert f"<ram:IssuerAssignedID>{invoice.number}</ram:IssuerAssignedID>".encode() in xml
