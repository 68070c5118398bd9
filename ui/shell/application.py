"""The application object: one store thread, the unlock flow, the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import bootstrap
from app.domain.invariants import broken
from app.services.errors import InvalidInput, WrongPassphrase
from resources import resource_path
from ui.common.color_scheme import follow_color_scheme
from ui.common.messages import describe
from ui.common.store_thread import StoreThread
from ui.common.translation import install_translators, ui_language_setting
from ui.gui_main import DEMO_PASSPHRASE
from ui.opening.create_company_dialog import CreateCompanyDialog
from ui.opening.demo_data import fill_demo
from ui.opening.setup_wizard import SetupWizard
from ui.opening.unlock_dialog import UnlockDialog, Unlocked
from ui.shell.main_window import MainWindow

DEMO_COMPANY = bootstrap.CompanyFields(
    name="Demo Trading GmbH",
    country="DE",
    currency="EUR",
    vat_id="DE136695976",
    street="Musterstraße 1",
    postcode="10115",
    city="Berlin",
)


def demo_file() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "Demo company.invoicedesk"


def ensure_demo(path: Path) -> Path:
    """Runs on the store thread: create the demo company file on first run."""
    if not path.exists():
        bootstrap.create_company(path, DEMO_PASSPHRASE, DEMO_COMPANY)
        fill_demo(path, DEMO_PASSPHRASE)
    return path


def configure_application(app: QApplication) -> None:
    app.setOrganizationName("Invoice Desk")
    app.setApplicationName("Invoice Desk")
    app.setApplicationDisplayName("Invoice Desk")
    app.setDesktopFileName("org.invoicedesk.InvoiceDesk")
    app.setWindowIcon(QIcon(str(resource_path("icons/invoice-desk.svg"))))
    install_translators(app, ui_language_setting())
    follow_color_scheme(app)


class AppController(QObject):
    """The flow between the unlock dialog and the main window; owns the store thread."""

    def __init__(self, app: QApplication, settings: QSettings | None = None) -> None:
        super().__init__()
        self.app = app
        self.settings = settings if settings is not None else QSettings()
        self.store = StoreThread()
        self.window: MainWindow | None = None
        self.dialog: UnlockDialog | None = None
        self.wizard: SetupWizard | None = None
        self.reopened: bootstrap.CompanySession | None = None
        app.aboutToQuit.connect(self.shutdown)

    def start(self, file: Path | None = None, demo: bool = False) -> None:
        hint = ""
        if demo and file is None:
            file = demo_file()
            hint = self.tr("Demo company: its passphrase is <b>{p}</b>").format(p=DEMO_PASSPHRASE)
        self.show_unlock(file, hint)
        if demo and file is not None and not file.exists():
            if self.dialog is None:
                raise broken("self.dialog is None")
            self.dialog.set_busy(True, self.tr("Creating the demo company…"))
            self.store.submit(lambda: ensure_demo(file), self._demo_ready, self._demo_failed)

    def _demo_ready(self, path: Path) -> None:
        if self.dialog is not None:
            self.dialog.set_busy(False, "")
            self.dialog.select_file(path)

    def _demo_failed(self, exc: BaseException) -> None:
        if self.dialog is not None:
            self.dialog.set_busy(False, describe(exc))

    def show_unlock(self, file: Path | None = None, hint: str = "") -> UnlockDialog:
        dialog = UnlockDialog(self.store, self.settings, hint)
        dialog.unlocked.connect(self.show_main)
        dialog.create_requested.connect(self.show_create)
        dialog.rejected.connect(self._unlock_cancelled)
        if file is not None and file.exists():
            dialog.select_file(file)
        self.dialog = dialog
        dialog.show()
        return dialog

    def _unlock_cancelled(self) -> None:
        if self.window is None:
            self.app.quit()

    def show_create(self) -> None:
        create = CreateCompanyDialog(self.store, self.dialog)
        create.created.connect(self._created)
        create.open()

    def _created(self, result: Unlocked) -> None:
        if self.dialog is not None:
            self.dialog.unlocked.disconnect(self.show_main)
            self.dialog.accept()
        self.show_main(result)
        if self.window is None:
            raise broken("self.window is None")
        self.wizard = SetupWizard(self.store, result.session, self.window)
        self.wizard.setWindowModality(Qt.WindowModality.NonModal)
        self.wizard.finished.connect(self._setup_finished)
        self.wizard.show()

    def _setup_finished(self, _code: int) -> None:
        if self.window is not None:
            self.window.refresh_all()

    def show_main(self, result: Unlocked) -> MainWindow:
        window = MainWindow(self.store, result.session, self.settings)
        window.lock_requested.connect(self.lock)
        window.open_requested.connect(self.lock)
        window.new_company_requested.connect(self._new_from_window)
        window.passphrase_change_requested.connect(self.change_passphrase)
        if result.warning:
            window.statusBar().showMessage(result.warning, 15_000)
        self.window = window
        self.dialog = None
        window.show()
        return window

    def change_passphrase(self, current: str, new: str) -> None:
        """Check the current passphrase, close the file, re-encrypt it, open it again under the
        new key and show a new window; a wrong current passphrase changes nothing."""
        window = self.window
        if window is None:
            return
        session, path = window.session, window.session.path
        old_key = session.file_key
        window.sync.stop()

        def job() -> bootstrap.CompanySession:
            try:
                typed = bootstrap.key_from_passphrase(path, current)
            except WrongPassphrase:
                typed = None
            if typed is None or typed.key != old_key.key:
                raise InvalidInput.of("passphrase.wrong_current", "current")
            session.close()
            try:
                new_key = bootstrap.change_passphrase(path, old_key, new)
            except BaseException:
                self.reopened = bootstrap.CompanySession(path, old_key).open()
                raise
            return bootstrap.CompanySession(path, new_key).open()

        def done(reopened: bootstrap.CompanySession) -> None:
            self._replace_window(reopened, self.tr("The passphrase was changed."))

        def failed(error: BaseException) -> None:
            reopened = self.reopened
            if reopened is not None:  # the change failed after the file was closed
                self.reopened = None
                self._replace_window(reopened, describe(error))
            elif self.window is not None:
                self.window.sync.resume()
                self.window.settings_page.status.setText(describe(error))

        self.store.submit(job, done, failed)

    def _replace_window(self, session: bootstrap.CompanySession, message: str) -> None:
        old, self.window = self.window, None
        if old is not None:
            old.stop_background()
            old.save_layout()
            old.hide()
            old.deleteLater()
        self.show_main(Unlocked(session)).statusBar().showMessage(message, 15_000)

    def _new_from_window(self) -> None:
        self.lock()
        self.show_create()

    def lock(self) -> None:
        """Close the session (the key leaves memory) and ask for the passphrase again."""
        window, self.window = self.window, None
        if window is None:
            return
        path = window.session.path
        window.stop_background()
        window.save_layout()
        self.store.submit(window.session.close)
        window.hide()
        window.deleteLater()
        self.show_unlock(path)

    def shutdown(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
        if self.window is not None:
            self.window.stop_background()
            self.window.save_layout()
            self.store.submit(self.window.session.close)
            self.window = None
        self.store.stop()


def run_application(argv: list[str], file: Path | None, demo: bool) -> int:
    app = QApplication(argv)
    configure_application(app)
    controller = AppController(app)
    controller.start(file=file, demo=demo)
    return app.exec()
