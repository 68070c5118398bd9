"""The rendering port of the use cases: a document's PDF, and Factur-X around it."""

from __future__ import annotations

from datetime import date

from facturx import generate_from_binary

from app.domain.documents import IssuedDocument, PartySnapshot
from app.render.document_pdf import Layout, document_pdf
from app.render.labels import labels_for
from app.render.pdfa import with_output_intent
from app.render.report_pdf import report_pdf
from app.render.reports import aging_report, reminder_report, statement_report
from app.services.company.company_settings import CompanySettings
from app.services.receivables.receivables_results import AgingReport, Reminder, Statement


def layout_from(settings: CompanySettings) -> Layout:
    found = settings.layout
    return Layout(
        paper=found.paper,
        accent=found.accent,
        footer=found.footer,
        window=found.window,
        logo=None if found.logo is None else found.logo.data,
    )


def facturx_pdf(pdf: bytes, cii: bytes, issued: IssuedDocument) -> bytes:
    """The PDF with an sRGB output intent and the CII XML embedded as factur-x.xml, with
    PDF/A-3 metadata (factur-x library).

    The XML was checked with the official rules already; factur-x's own schematron check is
    never used (it needs a Saxon server and passes silently without one)."""
    language, labels = labels_for(issued.buyer.language)
    metadata = {
        "author": issued.seller.name,
        "keywords": "Factur-X, EN 16931",
        "title": f"{labels[issued.type.value]} {issued.number}",
        "subject": f"{labels[issued.type.value]} {issued.number} — {issued.buyer.name}",
    }
    return bytes(
        generate_from_binary(
            with_output_intent(pdf),
            cii,
            flavor="factur-x",
            level="en16931",
            check_xsd=False,
            check_schematron=False,
            pdf_metadata=metadata,
            lang=language,
        )
    )


class PdfRenderer:
    """Implements app.services.ports.Renderer."""

    def document(self, issued: IssuedDocument, settings: CompanySettings, *, draft: bool) -> bytes:
        return document_pdf(issued, layout_from(settings), draft=draft)

    def facturx(self, pdf: bytes, cii: bytes, issued: IssuedDocument) -> bytes:
        return facturx_pdf(pdf, cii, issued)

    def statement(
        self,
        data: Statement,
        customer: PartySnapshot,
        seller: PartySnapshot,
        settings: CompanySettings,
    ) -> bytes:
        return report_pdf(statement_report(data, customer), seller, layout_from(settings))

    def reminder(
        self,
        items: list[Reminder],
        customer: PartySnapshot,
        seller: PartySnapshot,
        dates: tuple[date, date],
        settings: CompanySettings,
    ) -> bytes:
        report = reminder_report(items, customer, as_of=dates[0], pay_by=dates[1])
        return report_pdf(report, seller, layout_from(settings))

    def aging(self, data: AgingReport, seller: PartySnapshot, settings: CompanySettings) -> bytes:
        return report_pdf(aging_report(data), seller, layout_from(settings), wide=True)
