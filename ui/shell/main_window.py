"""The main window frame: menus, navigation, status bar, and the pages of the program."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)

from app import __version__, bootstrap
from app.services.changes import EVERYTHING
from app.services.company import settings as company_settings
from app.services.company.company_settings import CompanySettings
from ui.common.store_thread import StoreThread
from ui.documents.documents_page import DocumentsPage
from ui.exports.exports_page import ExportsPage
from ui.exports.sync_driver import SyncDriver
from ui.overview.audit_page import AuditPage
from ui.overview.dashboard_page import DashboardPage
from ui.parties.customers_page import CustomersPage
from ui.parties.products_page import ProductsPage
from ui.receivables.reports_page import ReportsPage
from ui.settings.company_page import CompanyPage
from ui.settings.settings_page import SettingsPage
from ui.shell.idle import IdleWatcher
from ui.shell.memory import freeze_long_lived_objects


class MainWindow(QMainWindow):
    """Owns the open session; closing or locking hands it back to the store thread to close."""

    lock_requested = Signal()
    passphrase_change_requested = Signal(str, str)  # current, new
    new_company_requested = Signal()
    open_requested = Signal()

    def __init__(
        self, store: StoreThread, session: bootstrap.CompanySession, settings: QSettings
    ) -> None:
        super().__init__()
        self.store = store
        self.session = session
        self.settings = settings
        self._closing_for: str | None = None
        self.setWindowTitle(f"{session.path.stem} — Invoice Desk")
        self.resize(1100, 720)
        self.pages = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self._build_pages(store, session)
        self.navigation.setMaximumWidth(self._navigation_width())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        # the navigation's width (it cannot grow wider): no empty band beside it
        self.splitter.setSizes([self.navigation.maximumWidth(), 1100])
        self.setCentralWidget(self.splitter)
        self._build_menus()
        self._build_status_bar()
        self.navigation.currentRowChanged.connect(self._page_shown)
        self._restore_layout()
        remembered = str(settings.value("main_window/page", 0))
        start = int(remembered) if remembered.isdigit() else 0
        start = start if start < self.pages.count() else 0
        self.navigation.setCurrentRow(start)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.auto_lock)
        freeze_long_lived_objects()  # the window and all it needs live as long as the program
        self.sync.start_schedule()
        self.settings_page.changed.connect(self._settings_changed)
        self.settings_page.passphrase_change_requested.connect(self._change_passphrase)
        context = session.context()
        store.submit(
            lambda: company_settings.current_settings(context).as_json(),
            self._settings_changed,
            lambda _error: None,  # the settings page shows the error
            owner=self,
        )

    def _build_pages(self, store: StoreThread, session: bootstrap.CompanySession) -> None:
        self.dashboard_page = DashboardPage(store, session, autoload=False)
        self.add_page(self.tr("Dashboard"), self.dashboard_page)
        self.company_page = CompanyPage(store, session, autoload=False)
        self.add_page(self.tr("Company"), self.company_page)
        self.customers_page = CustomersPage(store, session, autoload=False)
        self.add_page(self.tr("Customers"), self.customers_page)
        self.products_page = ProductsPage(store, session, autoload=False)
        self.add_page(self.tr("Products"), self.products_page)
        self.documents_page = DocumentsPage(store, session, autoload=False)
        self.add_page(self.tr("Documents"), self.documents_page)
        self.reports_page = ReportsPage(store, session)
        self.add_page(self.tr("Reports"), self.reports_page)
        self.reports_page.open_document.connect(self.show_document)
        self.sync = SyncDriver(store, session, self)
        self.exports_page = ExportsPage(store, session, self.sync, autoload=False)
        self.add_page(self.tr("Exports"), self.exports_page)
        self.settings_page = SettingsPage(store, session, autoload=False)
        self.add_page(self.tr("Settings"), self.settings_page)
        self.audit_page = AuditPage(store, session, autoload=False)
        self.add_page(self.tr("Audit log"), self.audit_page)

    def _navigation_width(self) -> int:
        """Wide enough for the longest page name in the window's language, and no wider: the
        room is the document list's."""
        text = self.navigation.sizeHintForColumn(0)
        return text + 2 * self.navigation.frameWidth() + 3 * self.fontMetrics().averageCharWidth()

    def add_page(self, title: str, page: QWidget) -> None:
        self.pages.addWidget(page)
        self.navigation.addItem(title)

    def _page_shown(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        self.settings.setValue("main_window/page", row)

    def refresh_all(self) -> None:
        """Show every page afresh (after the setup wizard changed the company); each page
        follows the store's "what changed" broadcast and loads itself when first shown."""
        self.store.announce(EVERYTHING)

    def show_page(self, page: QWidget) -> None:
        self.navigation.setCurrentRow(self.pages.indexOf(page))

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def _menu(self, title: str, entries: list[Any]) -> None:
        """A menu from (text, shortcut, slot) entries; None is a separator."""
        menu = self.menuBar().addMenu(title)
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            text, shortcut, slot = entry
            action = self._action(text, shortcut)
            action.triggered.connect(slot)
            menu.addAction(action)

    def _build_menus(self) -> None:
        key, std = QKeySequence, QKeySequence.StandardKey
        docs = self.documents_page
        self._menu(self.tr("&File"), [
            (self.tr("&New company…"), key("Ctrl+Shift+N"), self.new_company_requested),
            (self.tr("&Open company…"), std.Open, self.open_requested),
            None,
            (self.tr("&Back up…"), None, self.company_page.backup),
            None,
            (self.tr("&Lock"), key("Ctrl+L"), self.lock_now),
            (self.tr("&Quit"), std.Quit, self.close),
        ])  # fmt: skip
        self._menu(self.tr("&Edit"), [
            (self.tr("&Find documents"), std.Find, self.find_documents),
        ])  # fmt: skip
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        full = self._action(self.tr("&Full screen"), std.FullScreen)
        full.setCheckable(True)
        full.toggled.connect(lambda on: self.showFullScreen() if on else self.showNormal())
        view_menu.addAction(full)
        self._menu(self.tr("&Invoice"), [
            (self.tr("&New invoice"), std.New, lambda: docs.open_editor(None)),
            (self.tr("&Edit draft"), key("Ctrl+E"), docs.edit_current),
            (self.tr("&Print…"), std.Print, docs.print_clicked),
            (self.tr("&Open PDF"), None, docs.open_current),
            None,
            (self.tr("&Send unsent documents…"), None, docs.document_actions.send_unsent_clicked),
            (self.tr("&Import e-invoice…"), None, docs.document_actions.import_clicked),
        ])  # fmt: skip
        self._menu(self.tr("&Reports"), [
            (self.tr("&Aging of receivables"), None, lambda: self.show_report(0)),
            (self.tr("&Reminders due"), None, lambda: self.show_report(1)),
            None,
            (self.tr("Accountant's &bundles"), None, lambda: self.show_page(self.exports_page)),
            (self.tr("Make a &bundle…"), None, self._make_bundle),
            (self.tr("&Deliver bundles now"), None, self._deliver_now),
        ])  # fmt: skip
        self._menu(self.tr("&Help"), [
            (self.tr("&About Invoice Desk"), None, self._about),
            (self.tr("About &Qt"), None, QApplication.aboutQt),
        ])  # fmt: skip

    def _build_status_bar(self) -> None:
        self.file_label = QLabel(str(self.session.path))
        self.state_label = QLabel(self.tr("Unlocked"))
        self.busy_label = QLabel()
        self.statusBar().addWidget(self.file_label, 1)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.state_label)
        self.store.busy_changed.connect(self._show_busy)
        if self.session.migrated_from is not None:
            self.statusBar().showMessage(
                self.tr(
                    "The file was upgraded from schema {old}; a verified backup is at {path}"
                ).format(old=self.session.migrated_from, path=self.session.automatic_backup),
                15_000,
            )

    @Slot(bool)
    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    def show_report(self, tab: int) -> None:
        self.show_page(self.reports_page)
        self.reports_page.tabs.setCurrentIndex(tab)
        if tab == 0:
            self.reports_page.refresh_aging()
        else:
            self.reports_page.refresh_reminders()

    def show_document(self, number: str) -> None:
        """The Documents page, searched for one document (from a report's drill-down)."""
        self.show_page(self.documents_page)
        self.documents_page.search.setText(number)

    def _settings_changed(self, current: dict[str, Any]) -> None:
        self.idle.set_minutes(CompanySettings(current).auto_lock_minutes)

    def _change_passphrase(self, current: str, new: str) -> None:
        self._save_open_drafts()
        self.passphrase_change_requested.emit(current, new)

    def _save_open_drafts(self) -> None:
        for editor in list(self.documents_page.editors):
            if editor.presenter.unsaved:
                editor.save()  # queued before anything else on the one store thread

    def auto_lock(self) -> None:
        """Nobody worked for the set minutes: lock (open drafts are kept)."""
        self.lock_now()

    def lock_now(self) -> None:
        """Save the drafts open in editors, then hand the session back to be closed."""
        self._save_open_drafts()
        self.lock_requested.emit()

    def find_documents(self) -> None:
        self.show_page(self.documents_page)
        self.documents_page.search.setFocus()
        self.documents_page.search.selectAll()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Invoice Desk"),
            self.tr(
                "<h3>Invoice Desk {version}</h3><p>Desktop invoicing for small businesses."
                "</p><p>Company data stays in one encrypted file on this computer.</p>"
            ).format(version=__version__),
        )

    def _restore_layout(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = self.settings.value("main_window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        for name, table in self._tables().items():
            state = self.settings.value(f"tables/{name}")
            if isinstance(state, QByteArray) and table.horizontalHeader().restoreState(state):
                table.setProperty("columns_restored", True)

    def _tables(self) -> dict[str, QTableView]:
        """The main table of each page, by a stable name (for its column widths and order)."""
        tables = {}
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            table = getattr(page, "table", None)
            if isinstance(table, QTableView):
                tables[type(page).__name__] = table
        return tables

    def save_layout(self) -> None:
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.setValue("main_window/splitter", self.splitter.saveState())
        for name, table in self._tables().items():
            self.settings.setValue(f"tables/{name}", table.horizontalHeader().saveState())

    def _deliver_now(self) -> None:
        self.show_page(self.exports_page)
        self.exports_page.deliver_now()

    def _make_bundle(self) -> None:
        self.show_page(self.exports_page)
        self.exports_page.make_bundle()

    def stop_background(self) -> None:
        """Before the session closes: no auto-lock, no new deliveries, the one under way
        finished (an unfinished one would simply go again next time)."""
        self.idle.stop()
        self.sync.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_background()
        self.save_layout()
        super().closeEvent(event)
