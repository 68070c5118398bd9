"""A small business's first day, through the window only: create the company, add a customer
and a product, draft an invoice with two VAT rates, issue it, record a partial payment, see it
in the aging report, credit the rest, verify the audit chain."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QMessageBox

from ui.editor.line_grid import DESCRIPTION, PRICE, QUANTITY, TAX
from ui.editor.window import InvoiceEditor
from ui.opening.create_company_dialog import CreateCompanyDialog
from ui.receivables.payment_dialog import PaymentDialog
from ui.shell.application import AppController


def _create_company(qtbot: Any, controller: AppController, folder: Path) -> None:
    controller.start()  # the first start: the open-or-create dialog
    assert controller.dialog is not None
    controller.show_create()
    dialog = controller.dialog.findChild(CreateCompanyDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.name.setText("Bäckerei Sonnenschein GmbH")
    dialog.country.setCurrentIndex(dialog.country.findData("DE"))
    dialog.currency.setCurrentIndex(dialog.currency.findData("EUR"))
    dialog.vat_id.setText("DE136695976")
    dialog.street.setText("Marktplatz 3")
    dialog.postcode.setText("79098")
    dialog.city.setText("Freiburg")
    dialog.location.setText(str(folder / "baeckerei.invoicedesk"))
    dialog.passphrase.setText("guter Sauerteig 2026")
    dialog.repeat.setText("guter Sauerteig 2026")
    dialog.try_create()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)


def _add_customer(qtbot: Any, window: Any) -> None:
    page = window.customers_page
    window.show_page(page)
    page.new_customer()
    for key, value in {
        "name": "Café Müller",
        "street": "Bertoldstraße 12",
        "postcode": "79098",
        "city": "Freiburg",
        "country": "DE",
        "email": "kasse@cafe-mueller.example",
        "payment_terms_days": "14",
    }.items():
        page.inputs[key].setText(value)
    page.save()
    qtbot.waitUntil(lambda: len(page.model.rows) == 1, timeout=10_000)


def _add_product(qtbot: Any, window: Any) -> None:
    page = window.products_page
    window.show_page(page)
    qtbot.waitUntil(lambda: page.tax.count() > 0, timeout=10_000)
    page.new_product()
    page.name.setText("Catering day")
    page.unit.setCurrentIndex(page.unit.findData("DAY"))
    page.price.setText("450.00")
    page.tax.setCurrentText("standard")
    page.save()
    qtbot.waitUntil(lambda: len(page.model.rows) == 1, timeout=10_000)


def _draft_and_issue(qtbot: Any, window: Any) -> str:
    documents = window.documents_page
    window.show_page(documents)
    documents.open_editor(None)
    qtbot.waitUntil(lambda: bool(documents.editors), timeout=10_000)
    editor: InvoiceEditor = documents.editors[0]  # closes itself once issued
    index = editor.customer.findText("Café Müller (Freiburg)")
    editor.customer.setCurrentIndex(index)
    editor.customer.activated.emit(index)
    model = editor.model
    model.setData(model.index(0, DESCRIPTION), "Catering day")  # the product fills the line
    model.setData(model.index(0, QUANTITY), "2")
    editor.add_line()
    model.setData(model.index(1, DESCRIPTION), "Sourdough loaves")
    model.setData(model.index(1, QUANTITY), "40")
    model.setData(model.index(1, PRICE), "4.50")
    model.setData(model.index(1, TAX), "reduced")
    totals = editor.evaluation.totals
    assert editor.evaluation.problems == {}, editor.evaluation.problems
    assert totals is not None
    # 900.00 at 19 % (171.00) + 180.00 at 7 % (12.60) = 1,263.60
    assert totals.tax_inclusive == Decimal("1263.60")
    with qtbot.waitSignal(editor.issued, timeout=30_000) as issued:
        editor.issue()
    return str(issued.args[0])


def test_the_first_day_of_a_small_business(
    qtbot: Any, qapp: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller = AppController(qapp, settings)
    try:
        _create_company(qtbot, controller, tmp_path)
        window = controller.window
        assert window is not None
        _add_customer(qtbot, window)
        _add_product(qtbot, window)
        number = _draft_and_issue(qtbot, window)
        documents = window.documents_page
        qtbot.waitUntil(
            lambda: any(r.number == number for r in documents.model.rows), timeout=10_000
        )
        row = next(r for r in documents.model.rows if r.number == number)

        # a partial payment of 500.00 against the invoice
        documents.document_actions.record_payment(row)
        dialog = documents.last_dialog
        assert isinstance(dialog, PaymentDialog)
        qtbot.waitUntil(lambda: len(dialog.model.rows) == 1, timeout=10_000)
        dialog.amount.setText("500")
        with qtbot.waitSignal(dialog.recorded, timeout=10_000):
            dialog.record()

        # the aging report shows what is still open
        reports = window.reports_page
        window.show_report(0)
        today = reports.as_of.date()
        reports.as_of.setDate(QDate(today.year(), today.month(), today.day()))
        reports.refresh_aging()
        qtbot.waitUntil(lambda: len(reports.aging.rows) == 1, timeout=10_000)
        assert reports.aging.rows[0].name == "Café Müller"
        assert str(reports.aging.rows[0].balance) == "763.60"

        # credit the rest of the invoice: the full credit note, reduced in the editor
        documents.document_actions.credit_note(row)
        qtbot.waitUntil(lambda: len(documents.editors) == 1, timeout=10_000)
        credit = documents.editors[0]
        credit.table.setCurrentIndex(credit.model.index(0, 0))
        credit.remove_line()  # keep only the bread: 180.00 + 7 % = 192.60
        assert credit.evaluation.totals is not None
        assert credit.evaluation.totals.tax_inclusive == Decimal("192.60")
        with qtbot.waitSignal(credit.issued, timeout=30_000):
            credit.issue()
        reports.refresh_aging()
        qtbot.waitUntil(
            lambda: reports.aging.rows and str(reports.aging.rows[0].balance) == "571.00",
            timeout=10_000,
        )

        # and the chain of everything done today holds
        dashboard = window.dashboard_page
        window.show_page(dashboard)
        dashboard.verify()
        qtbot.waitUntil(lambda: "intact" in dashboard.chain.text(), timeout=15_000)
    finally:
        controller.shutdown()
