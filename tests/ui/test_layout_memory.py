"""The window remembers its size, splitters, column widths and last page (QSettings), and
nothing else: no business data, no secrets."""

from __future__ import annotations

from typing import Any

from ui.main_window import MainWindow

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
