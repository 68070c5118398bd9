"""The e-invoice is written, checked and frozen at issue; the gate; formats per customer."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from lxml import etree
from sqlalchemy import text

from app.domain.einvoice_formats import EInvoiceFormat
from app.einvoice.validation import VALIDATOR
from app.services.audit_log import verify_audit
from app.services.company import company_details, settings
from app.services.documents import drafts, issuing, queries, stored_files
from app.services.errors import Rejected
from tests.unit.services.builders import add_customer, invoice_json

CBC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}"
RAM = "{urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100}"
LEITWEG = "991-01234-56"


def _issue(ctx: Any, customer: int, **kw: Any) -> str:
    draft_id = drafts.create_draft(ctx, invoice_json(customer, **kw))
    return str(issuing.issue_document(ctx, draft_id).number)


def _issue_entry(ctx: Any, number: str) -> dict[str, Any]:
    with ctx.uow() as uow:
        entries = [e for e in uow.audit.entries() if e.action == "document.issue"]
    return next(e.payload for e in entries if e.payload["number"] == number)


def _valid(xml: bytes) -> bool:
    errors, failures = VALIDATOR.validate(xml)
    return not errors and not [f for f in failures if f.fatal]


def _xrechnung_ready(ctx: Any) -> None:
    company_details.edit_company(
        ctx,
        {
            "iban": "DE89 3704 0044 0532 0130 00",
            "bic": "COBADEFFXXX",
            "contact_name": "Anna Muster",
            "phone": "+49 30 123456",
            "email": "billing@acme.example",
            "electronic_address": "billing@acme.example",
            "electronic_address_scheme": "EM",
        },
    )


def test_issue_freezes_the_xml_and_pins_its_hash(ctx: Any) -> None:
    number = _issue(ctx, add_customer(ctx))
    stored = stored_files.einvoice(ctx, number)
    assert stored.format == "ubl" and _valid(stored.data)
    assert etree.fromstring(stored.data).findtext(f"{CBC}ID") == number
    pinned = _issue_entry(ctx, number)["files"]
    assert pinned[0] == {
        "kind": "einvoice",
        "format": "ubl",
        "sha256": hashlib.sha256(stored.data).hexdigest(),
    }
    assert [f["kind"] for f in pinned] == ["einvoice", "pdf"]
    shown = queries.show_document(ctx, number).files
    assert shown[0].sha256 == pinned[0]["sha256"] and shown[0].size == len(stored.data)
    # later requests return the stored bytes, even after the company's details change
    company_details.edit_company(ctx, {"name": "Renamed GmbH"})
    assert stored_files.einvoice(ctx, number).data == stored.data
    assert stored_files.einvoice(ctx, number, EInvoiceFormat.UBL).data == stored.data
    assert verify_audit(ctx).ok


def test_another_format_is_written_from_the_frozen_snapshot(ctx: Any) -> None:
    number = _issue(ctx, add_customer(ctx))
    company_details.edit_company(ctx, {"name": "Renamed GmbH"})
    cii = stored_files.einvoice(ctx, number, EInvoiceFormat.CII)
    assert cii.format == "cii" and _valid(cii.data)
    assert b"Acme M\xc3\xbcller GmbH" in cii.data and b"Renamed" not in cii.data


NOT_SUBJECT = [
    {
        "description": "Membership fee",
        "quantity": "1",
        "unit": "C62",
        "unit_price": "50.00",
        "tax_category": "O",
        "exemption_reason": "Not subject to VAT",
    }
]


def test_a_failed_rule_stops_the_issue_names_the_field_and_consumes_no_number(ctx: Any) -> None:
    # Our own checks know nothing against a seller without any identifier selling outside
    # the scope of VAT; EN 16931 does (BR-CO-26), so the gate catches it.
    customer = add_customer(ctx, vat_id=None)
    company_details.edit_company(ctx, {"vat_id": ""})
    draft_id = drafts.create_draft(ctx, invoice_json(customer, lines=NOT_SUBJECT))
    with pytest.raises(Rejected) as caught:
        issuing.issue_document(ctx, draft_id)
    fields = {p.field for p in caught.value.problems}
    messages = " ".join(p.message for p in caught.value.problems)
    assert "seller.vat_id" in fields
    assert "BR-CO-26" in messages and "company edit" in messages
    assert queries.show_document(ctx, str(draft_id)).status == "draft"
    company_details.edit_company(ctx, {"legal_id": "HRB 12345"})
    assert issuing.issue_document(ctx, draft_id).number == "INV-2026-00001"


def test_the_gate_can_be_switched_off_and_the_switch_is_audited(ctx: Any) -> None:
    customer = add_customer(ctx, vat_id=None)
    company_details.edit_company(ctx, {"vat_id": ""})
    settings.set_setting(ctx, "einvoice.validate", "off")
    number = _issue(ctx, customer, lines=NOT_SUBJECT)
    xml = stored_files.einvoice(ctx, number).data
    assert not _valid(xml)  # stored as written; nobody claimed it valid
    with ctx.uow() as uow:
        changes = [e.payload for e in uow.audit.entries() if e.action == "setting.change"]
    assert {"key": "einvoice.validate", "value": "off", "version": 1} in changes
    assert verify_audit(ctx).ok


def test_no_einvoice_when_the_format_is_none(ctx: Any) -> None:
    settings.set_setting(ctx, "einvoice.format", "none")
    number = _issue(ctx, add_customer(ctx))
    assert [f.kind for f in queries.show_document(ctx, number).files] == ["pdf"]
    assert [f["kind"] for f in _issue_entry(ctx, number)["files"]] == ["pdf"]
    assert _valid(stored_files.einvoice(ctx, number, EInvoiceFormat.UBL).data)


@pytest.mark.parametrize("fmt", ["xrechnung-ubl", "xrechnung-cii"])
def test_a_public_body_gets_xrechnung_with_its_leitweg_id(ctx: Any, fmt: str) -> None:
    _xrechnung_ready(ctx)
    authority = add_customer(
        ctx,
        name="Stadt Köln",
        postcode="50667",
        einvoice_format=fmt,
        buyer_reference=LEITWEG,
        electronic_address=LEITWEG,
        electronic_address_scheme="0204",
    )
    other = add_customer(ctx, name="Other AG")
    number = _issue(ctx, authority)
    stored = stored_files.einvoice(ctx, number)
    assert stored.format == fmt and _valid(stored.data)
    assert LEITWEG.encode() in stored.data and b"xrechnung_3.0" in stored.data
    assert b"DE89370400440532013000" in stored.data and b"COBADEFFXXX" in stored.data
    assert stored_files.einvoice(ctx, _issue(ctx, other)).format == "ubl"


def test_xrechnung_without_a_leitweg_id_or_contact_is_refused_with_its_rules(ctx: Any) -> None:
    authority = add_customer(ctx, name="Stadt Köln", einvoice_format="xrechnung-ubl")
    draft_id = drafts.create_draft(ctx, invoice_json(authority))
    with pytest.raises(Rejected) as caught:
        issuing.issue_document(ctx, draft_id)
    rules = " ".join(p.message for p in caught.value.problems)
    for rule in ("BR-DE-1", "BR-DE-2", "BR-DE-9", "BR-DE-15", "PEPPOL-EN16931-R010"):
        assert f"rule {rule}:" in rules
    assert "buyer_reference" in {p.field for p in caught.value.problems}


def test_payment_means_carry_the_iban_and_the_number_as_reference(ctx: Any) -> None:
    _xrechnung_ready(ctx)
    number = _issue(ctx, add_customer(ctx))
    root = etree.fromstring(stored_files.einvoice(ctx, number).data)
    cac = CBC.replace("CommonBasic", "CommonAggregate")
    means = root.find(f"{cac}PaymentMeans")
    assert means is not None
    assert means.findtext(f"{CBC}PaymentMeansCode") == "58"
    assert means.findtext(f"{CBC}PaymentID") == number
    assert means.findtext(f"{cac}PayeeFinancialAccount/{CBC}ID") == "DE89370400440532013000"
    cii = etree.fromstring(stored_files.einvoice(ctx, number, EInvoiceFormat.CII).data)
    assert cii.findtext(f".//{RAM}PaymentReference") == number
    assert cii.findtext(f".//{RAM}IBANID") == "DE89370400440532013000"


def test_a_rewritten_frozen_file_is_caught(ctx: Any, session: Any) -> None:
    number = _issue(ctx, add_customer(ctx))
    engine = session._file.require_engine()
    with pytest.raises(Exception, match="cannot be changed"), engine.begin() as conn:
        conn.execute(text("UPDATE document_file SET data = x'00'"))
    with pytest.raises(Exception, match="cannot be deleted"), engine.begin() as conn:
        conn.execute(text("DELETE FROM document_file"))
    with engine.begin() as conn:  # someone with the key drops the trigger first
        conn.execute(text("DROP TRIGGER document_file_no_update"))
        conn.execute(text("UPDATE document_file SET data = replace(data, 'Kunde', 'Other')"))
    result = verify_audit(ctx)
    assert result.ok is False and result.first_break is not None
    assert "the einvoice file of document 1 does not match its hash" in result.first_break.reason
    assert number == "INV-2026-00001"
