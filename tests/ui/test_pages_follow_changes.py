"""One "what changed" broadcast: after an issue from the editor and a payment from the dialog,
every page shows it without a manual refresh — the visible one at once, the others when shown.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QMessageBox

from app.services.changes import Changes, Kind
from app.services.clock import today
from tests.unit.services.builders import add_customer
from ui.common.ops import follow_changes
from ui.receivables.payment_dialog import PaymentDialog
from ui.shell.main_window import MainWindow


def _show(qtbot: Any, window: MainWindow, page: Any) -> None:
    window.show_page(page)
    qtbot.waitUntil(page.isVisible, timeout=5_000)


def _aging_total(window: MainWindow) -> Decimal:
    report = window.reports_page.aging.report
    if report is None or not report.customers:
        return Decimal(0)
    return sum((c.balance for c in report.customers), Decimal(0))


def test_every_page_shows_an_issue_and_a_payment_without_a_refresh(
    qtbot: Any, store: Any, session: Any, settings: Any, monkeypatch: Any
) -> None:
    customer = add_customer(session.context(), name="Kunde AG")
    window = MainWindow(store, session, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    documents, dashboard = window.documents_page, window.dashboard_page
    # every page has been looked at once, before anything happens
    for page in (window.customers_page, window.reports_page, dashboard, documents):
        _show(qtbot, window, page)
    qtbot.waitUntil(lambda: dashboard.data is not None, timeout=10_000)
    assert dashboard.data.open_total == 0
    qtbot.waitUntil(lambda: not store.busy, timeout=10_000)
    assert documents.model.rows == []

    # issue from the editor: one transaction, and the document list (visible) shows it
    documents.open_editor(None)
    qtbot.waitUntil(lambda: bool(documents.editors), timeout=10_000)
    editor = documents.editors[0]
    index = editor.customer.findData(customer)
    editor.customer.setCurrentIndex(index)
    editor.customer.activated.emit(index)
    editor.model.setData(editor.model.index(0, 0), "Consulting")
    editor.model.setData(editor.model.index(0, 1), "1")
    editor.model.setData(editor.model.index(0, 3), "100.00")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(editor.issued, timeout=20_000) as issued:
        editor.issue()
    number = issued.args[0]
    qtbot.waitUntil(lambda: [r.number for r in documents.model.rows] == [number], timeout=10_000)
    # the pages not visible were told too, and show it when the user goes there
    _show(qtbot, window, dashboard)
    qtbot.waitUntil(lambda: dashboard.data.open_total == Decimal("119.00"))
    _show(qtbot, window, window.reports_page)
    qtbot.waitUntil(lambda: _aging_total(window) == Decimal("119.00"), timeout=10_000)
    customers_page = window.customers_page
    _show(qtbot, window, customers_page)
    customers_page.table.selectRow(0)
    qtbot.waitUntil(lambda: "119" in customers_page.balance.text(), timeout=10_000)

    # a payment from the dialog, opened from the customer's page: this page (visible) updates
    dialog = PaymentDialog(
        store,
        session,
        customer,
        "Kunde AG",
        invoice=number,
        today=today(session.context()),
        parent=customers_page,
    )
    qtbot.addWidget(dialog)
    dialog.amount.setText("119.00")
    with qtbot.waitSignal(dialog.recorded, timeout=20_000):
        dialog.record()
    qtbot.waitUntil(lambda: "nothing open" in customers_page.balance.text(), timeout=10_000)
    _show(qtbot, window, window.reports_page)
    qtbot.waitUntil(lambda: _aging_total(window) == 0, timeout=10_000)
    _show(qtbot, window, dashboard)
    qtbot.waitUntil(lambda: dashboard.data.open_total == 0, timeout=10_000)


def test_a_hidden_page_queries_once_when_shown_not_at_every_change(
    qtbot: Any, store: Any, session: Any, settings: Any
) -> None:
    window = MainWindow(store, session, settings)
    qtbot.addWidget(window)
    window.show()
    _show(qtbot, window, window.dashboard_page)
    page = window.products_page
    calls: list[int] = []
    follow_changes(page, store, (Kind.PRODUCTS,), lambda: calls.append(1), stale=False)
    for _ in range(3):
        store.announce(Changes.of(Kind.PRODUCTS))
    store.announce(Changes.of(Kind.AUDIT))  # not what the page shows
    assert calls == []
    _show(qtbot, window, page)
    assert calls == [1]
    store.announce(Changes.of(Kind.AUDIT))
    store.announce(Changes.of(Kind.PRODUCTS, Kind.AUDIT))
    assert calls == [1, 1]
