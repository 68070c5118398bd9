"""The documents page: the stored PDF shown beside the list, printed page by page."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter

from app.services.documents import drafts, issuing, stored_files
from tests.unit.services.builders import add_customer, invoice_json
from ui.documents.documents_page import DocumentsPage


def test_preview_and_print_the_stored_pdf(
    qtbot: Any, qtmodeltester: Any, store: Any, session: Any, tmp_path: Path
) -> None:
    ctx = session.context()
    customer = add_customer(ctx, language="en")
    lines = [
        {**invoice_json(customer)["lines"][0], "description": f"Service {i}", "quantity": "1"}
        for i in range(60)
    ]
    number = issuing.issue_document(
        ctx, drafts.create_draft(ctx, invoice_json(customer, lines=lines))
    ).number
    drafts.create_draft(ctx, invoice_json(customer))
    page = DocumentsPage(store, session)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    qtbot.waitUntil(lambda: len(page.model.rows) == 2, timeout=10_000)
    qtmodeltester.check(page.model)

    page.table.selectRow(1)  # the draft is on top, the issued invoice under it
    qtbot.waitUntil(lambda: page.preview.pages is not None, timeout=10_000)
    stored = stored_files.document_pdf(ctx, number).data
    assert page.pdf == stored and page.preview_label.text() == f"{number}.pdf"
    assert page.preview.pages.count >= 2 and len(page.preview.labels) == page.preview.pages.count
    assert page.print_button.isEnabled() and page.open_button.isEnabled()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printed = page.print_current(printer)
    assert printed == page.preview.pages.count
    assert len(PdfReader(io.BytesIO((tmp_path / "printed.pdf").read_bytes())).pages) == printed

    # drafts come first in the list; the issued invoice second
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.pdf_name.startswith("draft-"), timeout=10_000)
    assert page.preview.pages is not None and page.preview.pages.count == 1

    page.search.setText(number)
    qtbot.waitUntil(lambda: [r.number for r in page.model.rows] == [number], timeout=10_000)
    page.search.setText("")
    page.filter.setCurrentIndex(page.filter.findData("draft"))
    qtbot.waitUntil(lambda: [r.number for r in page.model.rows] == [None], timeout=10_000)


def test_the_list_loads_page_by_page_as_it_scrolls(qtbot: Any, store: Any, session: Any) -> None:
    ctx = session.context()
    customer = add_customer(ctx)
    drafts.create_drafts(ctx, [invoice_json(customer) for _ in range(450)])
    from ui.documents.document_list_model import DocumentListModel

    page = DocumentsPage(store, session)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: len(page.model.rows) == 200, timeout=10_000)
    assert page.model.canFetchMore()
    page.model.fetchMore()
    qtbot.waitUntil(lambda: len(page.model.rows) == 400, timeout=10_000)
    page.model.fetchMore()
    qtbot.waitUntil(lambda: len(page.model.rows) == 450, timeout=10_000)
    assert not page.model.canFetchMore()
    assert len({r.id for r in page.model.rows}) == 450
    assert isinstance(page.model, DocumentListModel)


def test_narrow_the_list_by_customer_and_issue_dates(qtbot: Any, store: Any, session: Any) -> None:
    from PySide6.QtCore import QDate

    ctx = session.context()
    first = add_customer(ctx, name="Erste GmbH")
    second = add_customer(ctx, name="Zweite KG")
    for customer, day in ((first, "2026-10-01"), (first, "2026-11-20"), (second, "2026-11-21")):
        draft = drafts.create_draft(ctx, invoice_json(customer, issue_date=day))
        issuing.issue_document(ctx, draft)
    page = DocumentsPage(store, session)
    qtbot.addWidget(page)
    qtbot.waitUntil(
        lambda: len(page.model.rows) == 3 and page.customer.count() == 3, timeout=10_000
    )
    page.customer.setCurrentIndex(page.customer.findData(first))
    qtbot.waitUntil(lambda: len(page.model.rows) == 2, timeout=10_000)
    assert {r.customer_name for r in page.model.rows} == {"Erste GmbH"}
    page.start.setDate(QDate(2026, 11, 1))
    qtbot.waitUntil(lambda: len(page.model.rows) == 1, timeout=10_000)
    assert page.model.rows[0].issue_date == date(2026, 11, 20)
    page.customer.setCurrentIndex(0)  # all customers again, still from 1 November
    qtbot.waitUntil(lambda: len(page.model.rows) == 2, timeout=10_000)
    page.end.setDate(QDate(2026, 11, 20))
    qtbot.waitUntil(lambda: len(page.model.rows) == 1, timeout=10_000)


def test_a_click_on_a_column_header_sorts_the_whole_list_in_the_database(
    qtbot: Any, qtmodeltester: Any, store: Any, session: Any
) -> None:
    ctx = session.context()
    names = ("Zeta AG", "ärzte GmbH", "Müller KG", "bauer")
    customers = [add_customer(ctx, name=name) for name in names]
    drafts.create_drafts(ctx, [invoice_json(customers[n % 4]) for n in range(230)])
    page = DocumentsPage(store, session)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitUntil(lambda: len(page.model.rows) == 200, timeout=10_000)
    assert page.model.rows[0].id == 230  # newest first until asked otherwise

    header = page.table.horizontalHeader()
    customer_column = 3
    point = QPoint(header.sectionViewportPosition(customer_column) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert header.sortIndicatorSection() == customer_column
    ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert (page.model.query.sort, page.model.query.ascending) == ("customer", ascending)
    qtbot.waitUntil(lambda: len(page.model.rows) == 200, timeout=10_000)
    page.model.fetchMore()  # the second page continues the same order
    qtbot.waitUntil(lambda: len(page.model.rows) == 230, timeout=10_000)
    qtmodeltester.check(page.model)
    shown = [r.customer_name for r in page.model.rows]
    order = ["ärzte GmbH", "bauer", "Müller KG", "Zeta AG"]
    assert list(dict.fromkeys(shown)) == (order if ascending else order[::-1])
    ids = [r.id for r in page.model.rows]
    assert len(set(ids)) == 230

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)  # other way
    assert page.model.query.ascending is not ascending
    qtbot.waitUntil(
        lambda: (
            len(page.model.rows) == 200
            and page.model.rows[0].customer_name == (order[-1] if ascending else order[0])
        ),
        timeout=10_000,
    )
    page.search.setText("müller")  # a search keeps the order
    qtbot.waitUntil(
        lambda: {r.customer_name for r in page.model.rows} == {"Müller KG"}, timeout=10_000
    )
    assert page.model.query.sort == "customer"


def test_dates_and_totals_are_shown_the_way_the_window_language_writes_them(
    qtbot: Any, store: Any, session: Any
) -> None:
    from PySide6.QtCore import QLocale

    ctx = session.context()
    customer = add_customer(ctx, payment_terms_days=14)
    for _ in range(2):
        issuing.issue_document(ctx, drafts.create_draft(ctx, invoice_json(customer)))
    drafts.create_draft(ctx, invoice_json(customer, issue_date=None))
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        page = DocumentsPage(store, session)
    finally:
        QLocale.setDefault(QLocale.c())
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: len(page.model.rows) == 3, timeout=10_000)

    def cells(row: int) -> list[str]:
        model = page.model
        return [model.data(model.index(row, column)) for column in (4, 5, 7)]

    assert cells(0) == ["", "", "1.130,50"]  # the draft: no date yet, its provisional total
    assert cells(1) == ["24.11.2026", "08.12.2026", "1.130,50"]
    assert page.model.rows[1].tax_inclusive == Decimal("1130.50")  # the row itself keeps its value
    page.table.selectAll()  # the sum counts the issued documents, not the draft
    assert page.selection_sum.text().endswith(": 2.261,00\xa0€")
