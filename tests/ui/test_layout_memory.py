"""The window remembers its size, splitters, column widths and last page (QSettings), and
nothing else: no business data, no secrets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.services.documents import drafts
from tests.unit.services.builders import add_customer, invoice_json
from ui.shell.main_window import MainWindow

ALLOWED = ("main_window/", "tables/", "recent_files")


def test_column_widths_and_the_last_page_come_back_and_nothing_else_is_kept(
    qtbot: Any, store: Any, session: Any, settings: Any
) -> None:
    first = MainWindow(store, session, settings)
    qtbot.addWidget(first)
    first.show_page(first.customers_page)
    first.documents_page.table.setColumnWidth(1, 333)
    first.close()  # saves the layout
    second = MainWindow(store, session, settings)
    qtbot.addWidget(second)
    assert second.documents_page.table.columnWidth(1) == 333
    assert second.pages.currentWidget() is second.customers_page
    assert second.documents_page.table.property("columns_restored") is True
    keys = settings.allKeys()
    assert keys and all(key.startswith(ALLOWED) for key in keys), keys


def test_the_order_of_the_document_list_comes_back(
    qtbot: Any, store: Any, session: Any, settings: Any
) -> None:
    ctx = session.context()
    for name in ("Alpha GmbH", "Zeta AG"):  # newest first would show Zeta first
        drafts.create_draft(ctx, invoice_json(add_customer(ctx, name=name)))
    first = MainWindow(store, session, settings)
    qtbot.addWidget(first)
    first.documents_page.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.AscendingOrder)
    first.close()
    second = MainWindow(store, session, settings)
    qtbot.addWidget(second)
    header = second.documents_page.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        3,
        Qt.SortOrder.AscendingOrder,
    )
    second.show()  # a page loads when it is shown
    second.show_page(second.documents_page)
    model = second.documents_page.model
    qtbot.waitUntil(lambda: len(model.rows) == 2, timeout=10_000)
    assert (model.query.sort, model.query.ascending) == ("customer", True)
    assert [r.customer_name for r in model.rows] == ["Alpha GmbH", "Zeta AG"]
