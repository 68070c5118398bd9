"""The files frozen with a document at issue: the e-invoice XML and the PDF.

The format is the customer's choice if it has one, else the company's default. With the gate
on (the default) the XML must pass the XSD and the official rules, or the issue stops naming
each failed rule and the field to fix; a company outside the EU may switch the gate off
(``einvoice.validate off``, recorded in the audit chain like every setting).
"""

from __future__ import annotations

from app.domain.documents import IssuedDocument
from app.domain.einvoice_formats import EInvoiceFormat
from app.domain.parties import Customer
from app.domain.problems import problem
from app.services.company.company_settings import CompanySettings
from app.services.errors import Rejected
from app.services.ports import Context, FrozenFile

XML = "application/xml"
PDF = "application/pdf"


def chosen_format(settings: CompanySettings, customer: Customer | None) -> EInvoiceFormat:
    """The customer's format if set, else the company's default."""
    if customer is not None and customer.einvoice_format:
        return EInvoiceFormat(customer.einvoice_format)
    return settings.einvoice_format


def einvoice_file(
    ctx: Context, issued: IssuedDocument, fmt: EInvoiceFormat, *, gate: bool
) -> FrozenFile | None:
    """The XML to freeze with ``issued``; Rejected when the gate is on and a rule fails."""
    if fmt is EInvoiceFormat.NONE:
        return None
    if ctx.einvoicing is None:
        raise RuntimeError("no e-invoice writer is wired into this context")
    xml = ctx.einvoicing.write(issued, fmt)
    if gate:
        failures = ctx.einvoicing.failures(xml, fmt)
        if failures:
            raise Rejected(
                [
                    problem(
                        "einvoice.rule",
                        f.field,
                        format=fmt.value,
                        rule=f.rule,
                        advice=f.advice,
                        text=f.text,
                    )
                    for f in failures
                ]
            )
    return FrozenFile(kind="einvoice", format=fmt.value, media_type=XML, data=xml)


def files_payload(files: list[FrozenFile]) -> list[dict[str, str]]:
    """What the audit entry of the issue pins about each frozen file."""
    return [{"kind": f.kind, "format": f.format, "sha256": f.sha256} for f in files]


def pdf_file(
    ctx: Context, issued: IssuedDocument, settings: CompanySettings, xml: FrozenFile | None
) -> FrozenFile:
    """The PDF rendered once at issue; for Factur-X, the PDF/A-3 with the CII embedded."""
    if ctx.renderer is None:
        raise RuntimeError("no renderer is wired into this context")
    pdf = ctx.renderer.document(issued, settings, draft=False)
    if xml is not None and xml.format == EInvoiceFormat.FACTURX.value:
        return FrozenFile(
            kind="pdf",
            format="facturx",
            media_type=PDF,
            data=ctx.renderer.facturx(pdf, xml.data, issued),
        )
    return FrozenFile(kind="pdf", format="pdf", media_type=PDF, data=pdf)


def frozen_files(
    ctx: Context, issued: IssuedDocument, settings: CompanySettings, customer: Customer | None
) -> list[FrozenFile]:
    """Every file to freeze with ``issued``: its e-invoice (unless "none") and its PDF."""
    xml = einvoice_file(
        ctx, issued, chosen_format(settings, customer), gate=settings.einvoice_validate
    )
    return [f for f in (xml, pdf_file(ctx, issued, settings, xml)) if f is not None]
