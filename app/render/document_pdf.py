"""Invoice, credit note and debit note as PDF (reportlab canvas, fonts embedded).

Everything printed comes from the document as issued (or, for a draft, as it would be issued,
with a DRAFT mark and no number). docs/documents.md maps each mandatory content of art. 226 of
the VAT Directive to where it is printed here.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from decimal import Decimal

from babel import Locale
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas

from app.domain.documents import DocumentType, IssuedDocument, PartySnapshot
from app.domain.money import round_money
from app.domain.tax import TaxCategory
from app.render.epc_qr import draw_matrix, epc_matrix
from app.render.fonts import BOLD, REGULAR, register_fonts
from app.render.labels import labels_for
from app.render.lines_table import (
    COLUMNS,
    FORWARD_HEIGHT,
    HEADER_HEIGHT,
    LEADING,
    SIZE,
    Row,
    column_widths,
    paginate,
    rows,
)
from app.render.page import PAGES, Page
from app.render.text_ops import Align, draw_text
from app.services.formatting import LOCALES, Formatter

GREY = HexColor("#555555")
BLACK = HexColor("#000000")
WHITE = HexColor("#ffffff")
RULE = HexColor("#dddddd")
WORDED = (TaxCategory.REVERSE_CHARGE, TaxCategory.INTRA_COMMUNITY, TaxCategory.EXPORT)


@dataclass(frozen=True)
class Layout:
    """The company's template choices (settings ``document.*``)."""

    paper: str = "a4"
    accent: str = "#1f4e79"
    footer: str | None = None
    window: str = "left"  # the envelope window on the left (DIN 5008, US) or on the right
    logo: bytes | None = None  # PNG or JPEG, printed at the top right of the first page


def _address_lines(party: PartySnapshot, language: str = "en") -> list[str]:
    """Name and postal address; the country by its name in the document's language."""
    a = party.address
    city = " ".join(v for v in (a.postcode, a.city) if v)
    country = Locale.parse(LOCALES.get(language, "en_GB")).territories.get(a.country, a.country)
    return [
        v for v in (party.name, a.street, a.additional_street, city, a.subdivision, country) if v
    ]


class _Document:
    def __init__(self, doc: IssuedDocument, layout: Layout, draft: bool) -> None:
        register_fonts()
        self.doc, self.layout, self.draft = doc, layout, draft
        page = PAGES.get(layout.paper, PAGES["a4"])
        if layout.window == "right":  # e.g. French envelopes: the address on the right
            page = replace(page, window_x=page.right - page.window_width)
        self.page: Page = page
        self.language, self.t = labels_for(doc.buyer.language)
        language = self.language
        self.fmt = Formatter(language)
        self.accent = HexColor(layout.accent)
        self.buffer = io.BytesIO()
        self.pdf = Canvas(
            self.buffer,
            pagesize=(self.page.width, self.page.height),
            initialFontName=REGULAR,
            initialFontSize=SIZE,
            pageCompression=1,
            invariant=1,
        )
        title = self.t[doc.type.value]
        self.pdf.setTitle(f"{title} {'' if draft else doc.number}".strip())
        self.pdf.setAuthor(doc.seller.name)
        self.pdf.setCreator("Invoice Desk")
        self.width = self.page.right - self.page.left
        # The fill colour last set in the page stream, so text() sets it only when it changes
        # (a page holds about 80 strings); None after anything that resets it.
        self._fill: HexColor | None = None

    # -- text helpers -------------------------------------------------------------------------
    def text(
        self,
        x: float,
        y: float,
        value: str,
        *,
        bold: bool = False,
        size: float = SIZE,
        right: bool = False,
        centre: bool = False,
        color: HexColor | None = None,
    ) -> None:
        fill = color or BLACK
        if fill is not self._fill:
            self.pdf.setFillColor(fill)
            self._fill = fill
        align: Align = "right" if right else "centre" if centre else "left"
        draw_text(
            self.pdf, x, y, value, font_name=BOLD if bold else REGULAR, size=size, align=align
        )

    def paragraph(self, x: float, y: float, value: str, width: float, size: float = SIZE) -> float:
        """Wrapped text from top line ``y`` down; returns the y under it."""
        for line in simpleSplit(value, REGULAR, size, width):
            self.text(x, y, line, size=size)
            y -= size * 1.3
        return y

    # -- page parts ---------------------------------------------------------------------------
    def logo(self) -> None:
        """At most 45 x 20 mm at the top right, keeping its proportions."""
        if not self.layout.logo:
            return
        image = ImageReader(io.BytesIO(self.layout.logo))
        width, height = image.getSize()
        scale = min(45 * mm / width, 20 * mm / height)
        p = self.page
        self.pdf.drawImage(
            image,
            p.right - width * scale,
            p.y(12 * mm) - height * scale,
            width * scale,
            height * scale,
            mask="auto",
        )

    def letterhead(self) -> None:
        self.logo()
        p, seller = self.page, self.doc.seller
        self.text(p.left, p.y(18 * mm), seller.name, bold=True, size=14, color=self.accent)
        detail = " · ".join(_address_lines(seller, self.language)[1:])
        self.text(p.left, p.y(24 * mm), detail, size=8, color=GREY)
        top = p.y(p.window_top)
        back = f"{seller.name} · {detail}"
        self.text(p.window_x, top - 10, back[:95], size=6.5, color=GREY)
        y = top - 17.7 * mm + 2
        for line in _address_lines(self.doc.buyer, self.language):
            self.text(p.window_x, y, line, size=10)
            y -= 12.5

    def info_block(self) -> None:
        p, t, d, doc = self.page, self.t, self.doc.draft, self.doc
        x_label = p.left if self.layout.window == "right" else p.right - 78 * mm
        x_value = x_label + 78 * mm
        y = p.y(p.window_top + 6 * mm)
        self.text(x_label, y + 14, t[doc.type.value], bold=True, size=16, color=self.accent)
        items = [(t["number"], t["draft_number"] if self.draft else doc.number)]
        items.append((t["issue_date"], self.fmt.day(d.issue_date)))
        if d.delivery_date:
            items.append((t["delivery_date"], self.fmt.day(d.delivery_date)))
        if d.period_start or d.period_end:
            period = f"{self.fmt.day(d.period_start)} – {self.fmt.day(d.period_end)}"
            items.append((t["period"], period))
        if d.due_date and doc.type is not DocumentType.CREDIT_NOTE:
            items.append((t["due_date"], self.fmt.day(d.due_date)))
        if doc.corrects_number:
            items.append((t["corrects"], doc.corrects_number))
        for key, value in (
            ("buyer_reference", d.buyer_reference),
            ("purchase_order", d.purchase_order),
            ("customer_vat", doc.buyer.vat_id),
            ("our_vat", doc.seller.vat_id),
        ):
            if value:
                items.append((t[key], value))
        for label, value in items:
            y -= 12
            self.text(x_label, y, label, size=8, color=GREY)
            self.text(x_value, y, value, size=8.5, right=True)

    def footer(self, number: int, pages: int) -> None:
        p, seller = self.page, self.doc.seller
        top = p.footer_height - 6 * mm
        self.pdf.setStrokeColor(self.accent)
        self.pdf.line(p.left, top + 8, p.right, top + 8)
        third = self.width / 3
        blocks = [
            _address_lines(seller, self.language),
            [
                v
                for v in (
                    seller.vat_id,
                    seller.legal_id,
                    seller.legal_info,
                    seller.email,
                    seller.phone,
                )
                if v
            ],
            [],
        ]
        payment = self.doc.payment
        if payment is not None:
            blocks[2] = [self.t["bank"] + (f": {payment.bank_name}" if payment.bank_name else "")]
            blocks[2] += [f"IBAN {payment.iban}"] + ([f"BIC {payment.bic}"] if payment.bic else [])
        for index, block in enumerate(blocks):
            y = top
            for line in block[:6]:
                for part in simpleSplit(line, REGULAR, 6.5, third - 8)[:2]:
                    self.text(p.left + index * third, y, part, size=6.5, color=GREY)
                    y -= 8
        if self.layout.footer:
            self.text(p.left, 8 * mm, self.layout.footer[:150], size=6.5, color=GREY)
        self.text(
            p.right,
            8 * mm,
            self.t["page"].format(page=number, pages=pages),
            size=7,
            right=True,
            color=GREY,
        )

    def watermark(self) -> None:
        self.pdf.saveState()
        self.pdf.setFillColor(HexColor("#e4e4e4"))
        self.pdf.translate(self.page.width / 2, self.page.height / 2)
        self.pdf.rotate(45)
        draw_text(self.pdf, 0, -30, self.t["draft"], font_name=BOLD, size=90, align="centre")
        self.pdf.restoreState()

    # -- the lines ----------------------------------------------------------------------------
    def table_header(self, y: float) -> float:
        x = self.page.left
        self.pdf.setFillColor(self.accent)
        self._fill = self.accent
        self.pdf.rect(x, y - HEADER_HEIGHT + 4, self.width, HEADER_HEIGHT - 2, stroke=0, fill=1)
        for (key, _, right), width in zip(COLUMNS, column_widths(self.width), strict=True):
            tx = x + width - 3 if right else x + 3
            self.text(tx, y - 9, self.t[key], bold=True, size=8, right=right, color=WHITE)
            x += width
        return y - HEADER_HEIGHT

    def forward(self, y: float, key: str, amount: Decimal) -> float:
        self.text(self.page.left + 3, y - 10, self.t[key], size=8, color=GREY)
        self.text(self.page.right - 3, y - 10, self.fmt.amount(amount), size=8, right=True)
        return y - FORWARD_HEIGHT

    def row(self, y: float, row: Row) -> float:
        x = self.page.left
        for (key, _, right), width, cell in zip(
            COLUMNS, column_widths(self.width), row.cells, strict=True
        ):
            if key == "description":
                line_y = y - LEADING + 2
                for part in row.description:
                    self.text(x + 3, line_y, part)
                    line_y -= LEADING
            else:
                self.text(x + width - 3 if right else x + 3, y - LEADING + 2, cell, right=right)
            x += width
        self.pdf.setStrokeColor(RULE)
        self.pdf.line(self.page.left, y - row.height + 1, self.page.right, y - row.height + 1)
        return y - row.height

    # -- totals, payment, notes ----------------------------------------------------------------
    def totals_lines(self) -> list[tuple[str, str, bool]]:
        t, fmt, totals, doc = self.t, self.fmt, self.doc.totals, self.doc
        out = [(t["lines_total"], fmt.amount(totals.line_total), False)]
        for key, items, amounts in (
            ("allowance", doc.draft.allowances, totals.document_allowances),
            ("charge", doc.draft.charges, totals.document_charges),
        ):
            for item, amount in zip(items, amounts, strict=True):
                label = t[key] + (f": {item.reason}" if item.reason else "")
                sign = "-" if key == "allowance" else ""
                out.append((label, sign + fmt.amount(amount), False))
        if doc.draft.allowances or doc.draft.charges:
            out.append((t["net_total"], fmt.amount(totals.tax_exclusive), False))
        for b in totals.vat_breakdown:
            base = fmt.amount(b.taxable)
            if (
                b.category
                in (TaxCategory.STANDARD, TaxCategory.CANARY_IGIC, TaxCategory.CEUTA_MELILLA_IPSI)
                or b.tax
            ):
                label = t["vat_on"].format(rate=fmt.percent(b.rate), base=base)
            else:
                label = t["not_taxed_on"].format(category=t[b.category.value], base=base)
            out.append((label, fmt.amount(b.tax), False))
        currency = doc.draft.currency
        out.append((t["total"], fmt.money(totals.tax_inclusive, currency), True))
        if totals.prepaid:
            out.append((t["prepaid"], "-" + fmt.amount(totals.prepaid), False))
        if totals.rounding:
            out.append((t["rounding"], fmt.amount(totals.rounding), False))
        key = "refund" if doc.type is DocumentType.CREDIT_NOTE else "payable"
        out.append((t[key], fmt.money(totals.payable, currency), True))
        return out

    def notes(self) -> list[str]:
        t, doc = self.t, self.doc
        out = []
        for b in doc.totals.vat_breakdown:
            if b.category in WORDED:
                out.append(t[f"wording_{b.category.value}"])
            if b.exemption_reason or b.exemption_code:
                prefix = (
                    t.get(f"wording_{b.category.value}", "") if b.category not in WORDED else ""
                )
                reason = " ".join(v for v in (b.exemption_reason, b.exemption_code) if v)
                out.append(f"{prefix}: {reason}" if prefix else reason)
        rate = doc.draft.exchange_rate
        if doc.totals.tax_total_accounting is not None and rate is not None:
            out.append(
                t["accounting"].format(
                    currency=doc.totals.accounting_currency,
                    total=self.fmt.amount(
                        round_money(
                            doc.totals.tax_inclusive * rate.rate,
                            doc.totals.accounting_currency or doc.draft.currency,
                        )
                    ),
                    amount=self.fmt.amount(doc.totals.tax_total_accounting),
                    rate=self.fmt.number(rate.rate),
                    source=rate.source,
                    date=self.fmt.day(rate.date),
                )
            )
        if doc.draft.payment_terms:
            out.append(doc.draft.payment_terms)
        if doc.draft.note:
            out.append(doc.draft.note)
        return out

    def payment_text(self) -> str | None:
        doc, t = self.doc, self.t
        if (
            self.draft
            or doc.type is DocumentType.CREDIT_NOTE
            or doc.payment is None
            or doc.totals.payable <= 0
        ):
            return None
        amount = self.fmt.money(doc.totals.payable, doc.draft.currency)
        reference = doc.number
        text = (
            t["pay_by"].format(
                amount=amount, date=self.fmt.day(doc.draft.due_date), reference=reference
            )
            if doc.draft.due_date
            else t["pay_now"].format(amount=amount, reference=reference)
        )
        if (
            doc.draft.discount_percent
            and doc.draft.discount_days is not None
            and doc.draft.issue_date
        ):
            from datetime import timedelta

            until = doc.draft.issue_date + timedelta(days=doc.draft.discount_days)
            text += " " + t["discount"].format(
                percent=self.fmt.number(doc.draft.discount_percent), date=self.fmt.day(until)
            )
        return text

    def tail_height(self) -> float:
        notes = sum(len(simpleSplit(n, REGULAR, 8, self.width)) for n in self.notes())
        payment = 42 * mm if self.payment_text() else 0
        return len(self.totals_lines()) * 13 + 16 + notes * 10.4 + payment

    def tail(self, y: float) -> None:
        p = self.page
        y -= 8
        for label, value, bold in self.totals_lines():
            y -= 13
            self.text(p.right - 75 * mm, y, label, bold=bold, size=8.5)
            self.text(p.right - 3, y, value, bold=bold, size=8.5, right=True)
        y -= 14
        for note in self.notes():
            y = self.paragraph(p.left, y, note, self.width, size=8)
        text = self.payment_text()
        payment = self.doc.payment
        if text is None or payment is None:
            return
        y -= 6
        qr_size = 32 * mm
        y_text = self.paragraph(p.left, y, text, self.width - qr_size - 10 * mm, size=8.5)
        if self.doc.draft.currency == "EUR":
            matrix = epc_matrix(
                name=self.doc.seller.name,
                iban=payment.iban,
                bic=payment.bic,
                amount=self.doc.totals.payable,
                reference=self.doc.number,
            )
            if matrix is None:  # an amount or text a transfer code cannot carry
                return
            draw_matrix(self.pdf, matrix, p.right - qr_size, y - qr_size + 8, qr_size)
            self.text(
                p.right - qr_size / 2,
                y - qr_size + 4,
                self.t["scan_to_pay"],
                size=6.5,
                centre=True,
                color=GREY,
            )
        del y_text

    # -- the whole document -------------------------------------------------------------------
    def render(self) -> bytes:
        p = self.page
        all_rows = rows(self.doc, self.fmt, self.width)
        bottom = p.footer_height + 4 * mm
        pages = paginate(
            all_rows,
            first=p.y(p.body_top) - bottom,
            other=p.y(20 * mm) - bottom,
            tail=self.tail_height(),
        )
        carried = Decimal(0)
        for number, page_rows in enumerate(pages, 1):
            if self.draft:  # under everything else, so the content stays readable
                self.watermark()
            if number == 1:
                self.letterhead()
                self.info_block()
                y = self.table_header(p.y(p.body_top))
            else:
                title = f"{self.t[self.doc.type.value]} {'' if self.draft else self.doc.number}"
                self.text(p.left, p.y(14 * mm), title, bold=True, size=9, color=self.accent)
                y = self.table_header(p.y(20 * mm))
                y = self.forward(y, "brought_forward", carried)
            for row in page_rows:
                y = self.row(y, row)
                carried += row.net
            if number < len(pages):
                self.forward(y, "carried_forward", carried)
                self.footer(number, len(pages))
                self.pdf.showPage()
                self._fill = None  # a new page starts from the initial state
            else:
                self.tail(y)
                self.footer(number, len(pages))
        self.pdf.save()
        return self.buffer.getvalue()


def document_pdf(
    doc: IssuedDocument, layout: Layout | None = None, *, draft: bool = False
) -> bytes:
    """The PDF of an issued document, or of a draft (DRAFT mark, no number)."""
    return _Document(doc, layout or Layout(), draft).render()
