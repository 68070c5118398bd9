"""Letters and lists that are not invoices: customer statement, reminder letter, aging report.

One small page machine: letterhead and address window on the first page, a title block, a
table that flows over pages with its header repeated, paragraphs, the footer on every page.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from app.domain.documents import PartySnapshot
from app.render.document_pdf import GREY, Layout, _address_lines
from app.render.fonts import BOLD, REGULAR, register_fonts
from app.render.page import PAGES, Page
from app.render.text_ops import draw_text

ROW = 13.0
BLACK = HexColor("#000000")


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    widths: tuple[float, ...]  # shares of the table width
    right: tuple[bool, ...]  # right-aligned columns
    rows: tuple[tuple[str, ...], ...]
    bold_rows: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Report:
    title: str
    info: tuple[tuple[str, str], ...]  # label, value pairs beside the address
    before: tuple[str, ...]  # paragraphs above the table
    table: Table
    after: tuple[str, ...]  # paragraphs below it
    recipient: PartySnapshot | None  # None: an internal list, no address window
    page_label: str  # e.g. "Page {page} of {pages}"
    language: str = "en"


class _Pdf:
    def __init__(self, report: Report, seller: PartySnapshot, layout: Layout, wide: bool) -> None:
        register_fonts()
        base = PAGES.get(layout.paper, PAGES["a4"])
        size = landscape((base.width, base.height)) if wide else (base.width, base.height)
        self.page = Page(
            **{
                **base.__dict__,
                "width": size[0],
                "height": size[1],
                "right": size[0] - (base.width - base.right),
            }
        )
        self.report, self.seller, self.layout = report, seller, layout
        self.language = report.language
        self.accent = HexColor(layout.accent)
        self.buffer = io.BytesIO()
        self.pdf = Canvas(
            self.buffer, pagesize=size, initialFontName=REGULAR, pageCompression=1, invariant=1
        )
        self.pdf.setTitle(report.title)
        self.pdf.setAuthor(seller.name)
        self.width = self.page.right - self.page.left

    def text(
        self,
        x: float,
        y: float,
        value: str,
        *,
        size: float = 8.5,
        bold: bool = False,
        right: bool = False,
        color: HexColor = BLACK,
    ) -> None:
        self.pdf.setFillColor(color)
        font = BOLD if bold else REGULAR
        draw_text(
            self.pdf, x, y, value, font_name=font, size=size, align="right" if right else "left"
        )

    def paragraph(self, y: float, value: str) -> float:
        for line in simpleSplit(value, REGULAR, 8.5, self.width):
            self.text(self.page.left, y, line)
            y -= 11.5
        return y - 4

    def head(self) -> float:
        p, r = self.page, self.report
        self.text(p.left, p.y(18 * mm), self.seller.name, bold=True, size=14, color=self.accent)
        self.text(
            p.left,
            p.y(24 * mm),
            " · ".join(_address_lines(self.seller, self.language)[1:]),
            size=8,
            color=GREY,
        )
        top = p.y(p.window_top)
        if r.recipient is not None:
            y = top - 17.7 * mm + 2
            for line in _address_lines(r.recipient, self.language):
                self.text(p.window_x, y, line, size=10)
                y -= 12.5
        x = p.right - 78 * mm if r.recipient is not None else p.left
        self.text(x, top + 14, r.title, bold=True, size=16, color=self.accent)
        y = top
        for label, value in r.info:
            y -= 12
            self.text(x, y, label, size=8, color=GREY)
            self.text(
                (x + 30 * mm if label else x) if r.recipient is None else p.right,
                y,
                value,
                size=8.5,
                right=r.recipient is not None,
            )
        start = p.y(p.body_top) if r.recipient is not None else y - 14
        for paragraph in r.before:
            start = self.paragraph(start, paragraph)
        return start

    def table_header(self, y: float) -> float:
        t, x = self.report.table, self.page.left
        self.pdf.setFillColor(self.accent)
        self.pdf.rect(x, y - 14, self.width, 16, stroke=0, fill=1)
        for header, share, right in zip(t.headers, t.widths, t.right, strict=True):
            width = share * self.width
            self.text(
                x + width - 3 if right else x + 3,
                y - 9,
                header,
                size=8,
                bold=True,
                right=right,
                color=HexColor("#ffffff"),
            )
            x += width
        return y - 18

    def row(self, y: float, index: int, cells: tuple[str, ...]) -> float:
        t, x = self.report.table, self.page.left
        for cell, share, right in zip(cells, t.widths, t.right, strict=True):
            width = share * self.width
            value = (
                cell
                if self.pdf.stringWidth(cell, REGULAR, 8.5) < width - 6
                else (simpleSplit(cell, REGULAR, 8.5, width - 6) or [""])[0]
            )
            self.text(
                x + width - 3 if right else x + 3,
                y - 9,
                value,
                right=right,
                bold=index in t.bold_rows,
            )
            x += width
        return y - ROW

    def footer(self, number: int, pages: int) -> None:
        p = self.page
        self.pdf.setStrokeColor(self.accent)
        self.pdf.line(p.left, 14 * mm, p.right, 14 * mm)
        who = " · ".join(
            v for v in (self.seller.name, self.seller.vat_id, self.seller.legal_id) if v
        )
        self.text(p.left, 9 * mm, who, size=6.5, color=GREY)
        self.text(
            p.right,
            9 * mm,
            self.report.page_label.format(page=number, pages=pages),
            size=7,
            right=True,
            color=GREY,
        )

    def render(self) -> bytes:
        p, rows = self.page, self.report.table.rows
        bottom = 22 * mm
        after = sum(
            len(simpleSplit(a, REGULAR, 8.5, self.width)) * 11.5 + 4 for a in self.report.after
        )
        # first pass: how many pages (rows per page depend on where the table starts)
        first_top = self.head_top()
        per_first = max(1, int((first_top - 18 - bottom) // ROW))
        per_other = max(1, int((p.y(20 * mm) - 18 - bottom) // ROW))
        rest = max(0, len(rows) - per_first)
        pages = 1 + -(-rest // per_other)
        last_rows = len(rows) - per_first - (pages - 2) * per_other if pages > 1 else len(rows)
        last_top = first_top if pages == 1 else p.y(20 * mm)
        if last_top - 18 - last_rows * ROW - after < bottom:
            pages += 1
        index, number = 0, 1
        y = self.table_header(self.head())
        while True:
            capacity = per_first if number == 1 else per_other
            for _ in range(capacity):
                if index >= len(rows):
                    break
                y = self.row(y, index, rows[index])
                index += 1
            if index >= len(rows) and y - after >= bottom:
                y -= 8
                for paragraph in self.report.after:
                    y = self.paragraph(y, paragraph)
                self.footer(number, max(pages, number))
                break
            self.footer(number, max(pages, number + 1))
            self.pdf.showPage()
            number += 1
            self.text(p.left, p.y(14 * mm), self.report.title, bold=True, size=9, color=self.accent)
            y = self.table_header(p.y(20 * mm)) if index < len(rows) else p.y(20 * mm)
        self.pdf.save()
        return self.buffer.getvalue()

    def head_top(self) -> float:
        """Where the table will start on page one (the same arithmetic as ``head``)."""
        p, r = self.page, self.report
        if r.recipient is not None:
            y = p.y(p.body_top)
        else:
            y = p.y(p.window_top) - 12 * len(r.info) - 14
        return y - sum(len(simpleSplit(b, REGULAR, 8.5, self.width)) * 11.5 + 4 for b in r.before)


def report_pdf(
    report: Report, seller: PartySnapshot, layout: Layout, *, wide: bool = False
) -> bytes:
    """A statement, reminder letter or list as PDF (``wide``: landscape)."""
    return _Pdf(report, seller, layout, wide).render()
