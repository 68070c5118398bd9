"""Capture the current screens into docs/screenshots (run under xvfb-run or on a desktop).

xvfb-run -a .venv/bin/python packaging/screenshots.py [de]

The demo company is made and unlocked with the real key stretching (a second or two in all).

With ``de``: only the document list and the invoice editor, in German (files ending "-de").
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def _wait(app: QApplication, condition: object, limit_ms: int = 15_000) -> None:
    waited = 0
    while not condition() and waited < limit_ms:  # type: ignore[operator]
        app.processEvents()
        QTimer.singleShot(20, lambda: None)
        app.processEvents()
        waited += 20
        import time

        time.sleep(0.02)
    if not condition():  # type: ignore[operator]
        raise TimeoutError("the screen did not get to the state to photograph")


def _settle(app: QApplication, ms: int) -> None:
    """Let events run for a while (layout, painting)."""
    import time

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def _save(widget: QWidget, name: str) -> None:
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def main() -> None:
    from ui.gui_main import DEMO_PASSPHRASE
    from ui.opening.create_company_dialog import CreateCompanyDialog
    from ui.shell.application import AppController, configure_application

    german = sys.argv[1:] == ["de"]
    os.environ["INVOICE_DESK_LANGUAGE"] = "de" if german else "en"
    app = QApplication(sys.argv[:1])
    configure_application(app)
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(f"{folder}/settings.ini", QSettings.Format.IniFormat)
        controller = AppController(app, settings)
        demo = Path(folder) / "Demo company.invoicedesk"
        from ui.shell.application import ensure_demo

        ensure_demo(demo)
        controller.start(file=demo)
        dialog = controller.dialog
        assert dialog is not None
        if german:
            dialog.passphrase.setText(DEMO_PASSPHRASE)
            dialog.try_open()
            _wait(app, lambda: controller.window is not None)
            _german(app, controller.window)
            controller.shutdown()
            return
        dialog.hint.setText(f"Demo company: its passphrase is <b>{DEMO_PASSPHRASE}</b>")
        dialog.passphrase.setText("wrong guess")
        dialog.try_open()
        _wait(app, dialog.open_button.isEnabled)
        _save(dialog, "unlock-wrong-passphrase.png")
        create = CreateCompanyDialog(controller.store)
        create.show()
        create.vat_id.setText("DE12345")
        create.try_create()
        _wait(app, lambda: True, 300)
        _save(create, "create-company-validation.png")
        create.close()
        dialog.passphrase.setText(DEMO_PASSPHRASE)
        dialog.try_open()
        _wait(app, lambda: controller.window is not None)
        window = controller.window
        assert window is not None
        window.resize(1000, 640)
        window.show_page(window.company_page)
        _wait(app, lambda: window.company_page.values["name"].text() != "…")
        window.company_page.verify()
        _wait(app, lambda: "intact" in window.company_page.result.text())
        _save(window, "main-window-company.png")
        _pages(app, window)
        controller.shutdown()


def _sorted_by_customer(app: QApplication, window: Any) -> None:
    """The list after a click on the "Customer" header (A to Z), then back to newest first."""
    documents = window.documents_page
    header = documents.table.horizontalHeader()
    header.setSortIndicator(3, Qt.SortOrder.AscendingOrder)
    _wait(app, lambda: documents.model.query.sort == "customer" and len(documents.model.rows) >= 4)
    documents.table.selectRow(0)
    _wait(app, lambda: documents.preview.pages is not None)
    _settle(app, 500)
    _save(window, "main-window-documents-by-customer.png")
    header.setSortIndicator(4, Qt.SortOrder.DescendingOrder)


def _pages(app: QApplication, window: Any) -> None:
    """The documents, dashboard and audit pages of the demo company."""
    window.resize(1200, 760)
    window.show_page(window.documents_page)
    documents = window.documents_page
    _wait(app, lambda: len(documents.model.rows) >= 4)
    documents.table.selectRow(1)  # row 0 is the draft
    _wait(app, lambda: documents.preview.pages is not None)
    _settle(app, 500)  # let the page images be laid out
    _save(window, "main-window-documents.png")
    _sorted_by_customer(app, window)
    window.show_page(window.dashboard_page)
    window.dashboard_page.verify()
    _wait(app, lambda: "intact" in window.dashboard_page.chain.text())
    _save(window, "main-window-dashboard.png")
    window.show_page(window.audit_page)
    audit = window.audit_page
    _wait(app, lambda: len(audit.model.rows) > 5)
    audit.table.selectRow(0)
    audit.table.resizeColumnsToContents()
    audit.verify()
    _wait(app, lambda: "intact" in audit.result.text())
    _save(window, "main-window-audit.png")
    window.show_page(window.customers_page)
    people = window.customers_page
    _wait(app, lambda: len(people.model.rows) >= 2)
    people.table.selectRow(1)
    _wait(app, lambda: len(people.documents.rows) >= 1 and people.balance.text() != "")
    _save(window, "main-window-customers.png")
    window.show_page(window.products_page)
    _wait(app, lambda: len(window.products_page.model.rows) >= 3)
    window.products_page.table.selectRow(0)
    _save(window, "main-window-products.png")
    window.show_report(0)
    _wait(app, lambda: len(window.reports_page.aging.rows) >= 1)
    window.reports_page.aging_view.selectRow(0)
    _save(window, "main-window-reports.png")
    window.show_page(window.settings_page)
    _wait(app, lambda: window.settings_page.loaded)
    _save(window, "main-window-settings.png")
    _reminders(app, window)
    _exports(app, window)
    _editor(app, window)
    _wizard(app, window)
    _dark(app, window)


def _reminders(app: QApplication, window: Any) -> None:
    """The reminder levels in Settings, and the reminders due in Reports."""
    tabs = window.settings_page.findChild(QTabWidget)
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    tabs.setCurrentIndex(titles.index("Payments and reminders"))
    _settle(app, 300)
    _save(window, "main-window-settings-reminders.png")
    tabs.setCurrentIndex(0)
    window.show_report(1)
    _wait(app, lambda: window.reports_page.reminders_count.text() != "")
    _save(window, "main-window-reminders.png")


def _exports(app: QApplication, window: Any) -> None:
    """A bundle of this month delivered to a folder and waiting for an unreachable server."""
    import tempfile
    from datetime import date

    import asyncssh

    from app.services.accountant import bundles, outbox
    from sync.bundle_maker import PeriodBundleMaker

    ctx, made = window.session.context(), []
    nas = tempfile.mkdtemp(prefix="office-nas-")
    key = asyncssh.generate_private_key("ssh-ed25519").export_public_key().decode().split()

    def job() -> None:
        outbox.add_destination(ctx, "Office NAS", "folder", {"path": nas})
        outbox.add_destination(
            ctx,
            "Steuerkanzlei (SFTP)",
            "sftp",
            {
                "host": "sftp.kanzlei.invalid",
                "user": "acme",
                "remote_dir": "inbox",
                "host_key": " ".join(key[:2]),
            },
        )
        today = date.today()
        bundles.create_bundle(ctx, today.replace(day=1), today, PeriodBundleMaker(ctx.clock()))
        made.append(True)

    window.store.submit(job)
    _wait(app, lambda: bool(made))
    page = window.exports_page
    window.show_page(page)
    _wait(app, lambda: len(page.bundles_model.rows) == 1)
    ran: list[object] = []
    window.sync.finished.connect(ran.append)
    page.deliver_now()
    _wait(app, lambda: bool(ran), 60_000)
    _wait(app, lambda: any(j.state == "delivered" for j in page.jobs_model.rows))
    page.table.selectRow(0)
    app.processEvents()
    _save(window, "main-window-exports.png")
    page.tabs.setCurrentIndex(1)
    _wait(app, lambda: len(page.destinations.model.rows) == 2)
    page.destinations.table.selectRow(1)
    _save(window, "main-window-destinations.png")
    page.tabs.setCurrentIndex(0)


def _wizard(app: QApplication, window: Any) -> None:
    """The first-run wizard: the bank page with a refused IBAN, and the sample invoice."""
    from ui.opening.setup_wizard import SetupWizard

    wizard = SetupWizard(window.store, window.session, window)
    wizard.show()
    wizard.bank.inputs["iban"].setText("DE89 3704 0044 0532 0130 01")
    wizard.next()
    _wait(app, wizard.bank.form.errors["iban"].isVisible)
    _save(wizard, "setup-wizard-bank.png")
    wizard.bank.inputs["iban"].clear()
    for page in (wizard.tax, wizard.numbers, wizard.logo, wizard.email, wizard.sample):
        wizard.next()
        _wait(app, lambda page=page: wizard.currentPage() is page)
    _wait(app, lambda: wizard.sample.preview.pages is not None)
    _settle(app, 300)
    _save(wizard, "setup-wizard-sample.png")
    wizard.close()


def _dark(app: QApplication, window: Any) -> None:
    """The documents page and the editor again in the dark scheme."""
    import os

    from ui.common.color_scheme import apply_color_scheme

    os.environ["INVOICE_DESK_COLOR_SCHEME"] = "dark"
    apply_color_scheme(app)
    window.show_page(window.dashboard_page)
    _settle(app, 300)
    _save(window, "main-window-dashboard-dark.png")
    window.show_page(window.documents_page)
    _settle(app, 300)
    _save(window, "main-window-documents-dark.png")
    _editor(app, window, "invoice-editor-dark.png")


def _german(app: QApplication, window: Any) -> None:
    """The document list and the editor in German (the window's second complete language)."""
    window.resize(1200, 760)
    window.show_page(window.documents_page)
    documents = window.documents_page
    _wait(app, lambda: len(documents.model.rows) >= 4)
    documents.table.selectRow(1)
    _wait(app, lambda: documents.preview.pages is not None)
    _settle(app, 500)
    _save(window, "main-window-documents-de.png")
    _editor(app, window, "invoice-editor-de.png")


def _editor(app: QApplication, window: Any, name: str = "invoice-editor.png") -> None:
    """The demo draft in the invoice editor, with its live totals and preview."""
    documents = window.documents_page
    window.show_page(documents)
    documents.open_editor(documents.model.rows[0].id)
    _wait(app, lambda: bool(documents.editors))
    editor = documents.editors[0]
    editor.resize(1280, 760)
    _wait(app, lambda: editor.preview.pages is not None)
    _settle(app, 500)
    _save(editor, name)
    editor.close()


if __name__ == "__main__":
    main()
