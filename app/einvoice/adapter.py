"""The e-invoicing port of the use cases: write a format, list the rules it fails."""

from __future__ import annotations

from app.domain.documents import IssuedDocument
from app.domain.einvoice_formats import EInvoiceFormat
from app.einvoice.cii import cii_bytes
from app.einvoice.rule_advice import advice_for
from app.einvoice.ubl import ubl_bytes
from app.einvoice.validation import VALIDATOR, Syntax
from app.services.ports import RuleFailure


def write_einvoice(issued: IssuedDocument, fmt: EInvoiceFormat) -> bytes:
    """The XML of an issued document in a format (never "none")."""
    if fmt is EInvoiceFormat.NONE:
        raise ValueError("the format 'none' has no XML")
    if fmt is EInvoiceFormat.FACTURX:
        return cii_bytes(issued, EInvoiceFormat.CII)
    if fmt.syntax == "cii":
        return cii_bytes(issued, fmt)
    return ubl_bytes(issued, fmt)


def rule_failures(xml: bytes) -> list[RuleFailure]:
    """Every fatal failure: XSD errors first, then the rules, each with plain advice."""
    errors, failures = VALIDATOR.validate(xml)
    found = [_failure("XSD", e) for e in errors]
    found += [_failure(f.rule, f.text) for f in failures if f.fatal]
    return found


def _failure(rule: str, text: str) -> RuleFailure:
    field, advice = advice_for(rule)
    return RuleFailure(rule=rule, field=field, advice=advice, text=text)


def warm_up(fmt: EInvoiceFormat) -> None:
    """Compile the validation artefacts of a format before the first issue needs them."""
    if fmt is EInvoiceFormat.NONE:
        return
    VALIDATOR.warm_up(Syntax.CII if fmt.syntax == "cii" else Syntax.UBL_INVOICE)


class EInvoiceWriter:
    """Implements app.services.ports.EInvoicing."""

    def write(self, issued: IssuedDocument, fmt: EInvoiceFormat) -> bytes:
        return write_einvoice(issued, fmt)

    def failures(self, xml: bytes, fmt: EInvoiceFormat) -> list[RuleFailure]:
        return rule_failures(xml)
