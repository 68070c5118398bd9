"""Open a company file: pick it, type the passphrase (or use the remembered key), unlock."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import bootstrap
from app.services.errors import InvalidInput, KeyringUnavailable
from ui.common.messages import describe
from ui.common.store_thread import StoreThread
from ui.shell.recent_files import add_recent_file, recent_files

FILE_FILTER = "Invoice Desk company files (*.invoicedesk);;All files (*)"


@dataclass
class Unlocked:
    session: bootstrap.CompanySession
    warning: str | None = None


def open_with_passphrase(path: Path, passphrase: str, remember: bool) -> Unlocked:
    """Runs on the store thread: stretch, open (migrating if needed), maybe remember."""
    if passphrase:
        file_key = bootstrap.key_from_passphrase(path, passphrase)
    else:
        remembered = bootstrap.remembered_key(path)
        if remembered is None:
            raise InvalidInput.of("passphrase.type", "passphrase")
        file_key = remembered
    session = bootstrap.CompanySession(path, file_key).open()
    warning = None
    if remember and passphrase:
        try:
            bootstrap.remember_key(file_key)
        except KeyringUnavailable as exc:
            warning = describe(exc)
    return Unlocked(session, warning)


def has_remembered_key(path: Path) -> bool:
    try:
        return bootstrap.remembered_key(path) is not None
    except Exception:  # a missing or damaged file is reported when the user clicks Open
        return False


class UnlockDialog(QDialog):
    """Emits ``unlocked`` with an open session; the caller owns it afterwards."""

    unlocked = Signal(object)
    create_requested = Signal()

    def __init__(
        self, store: StoreThread, settings: QSettings, hint: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.setWindowTitle(self.tr("Invoice Desk — Open company"))
        self.setMinimumWidth(560)
        self._build(hint)
        self._fill_recent()

    def _build(self, hint: str) -> None:
        title = QLabel(self.tr("<h2>Open a company file</h2>"))
        self.file_combo = QComboBox()
        self.file_combo.setAccessibleName(self.tr("Company file"))
        self.file_combo.currentIndexChanged.connect(self._file_changed)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_combo, 1)
        file_row.addWidget(browse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.remember = QCheckBox(self.tr("Remember on this computer"))
        self.remember.setToolTip(
            self.tr("Keeps the unlocked key in the system keyring, never the passphrase itself.")
        )
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("Company file:"), file_row)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow("", self.remember)
        self.create_button = QPushButton(self.tr("Create new company…"))
        self.create_button.clicked.connect(self.create_requested)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.try_open)
        quit_button = QPushButton(self.tr("Quit"))
        quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        for widget in (title, self.hint):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def _fill_recent(self) -> None:
        self.file_combo.clear()
        for path in recent_files(self.settings):
            if path.exists():
                self.file_combo.addItem(path.name + "  —  " + str(path.parent), str(path))

    def select_file(self, path: Path) -> None:
        value = str(path.resolve())
        index = self.file_combo.findData(value)
        if index < 0:
            self.file_combo.insertItem(0, path.name + "  —  " + str(path.parent), value)
            index = 0
        self.file_combo.setCurrentIndex(index)

    def selected_file(self) -> Path | None:
        data = self.file_combo.currentData()
        return Path(data) if data else None

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open company file"), "", FILE_FILTER)
        if name:
            self.select_file(Path(name))

    def _file_changed(self) -> None:
        self.status.clear()
        path = self.selected_file()
        if path is not None:
            self.store.submit(lambda: has_remembered_key(path), self._show_remembered)

    def _show_remembered(self, remembered: bool) -> None:
        if remembered:
            self.status.setText(
                self.tr("This computer remembers the key of this file: click Open.")
            )

    def set_busy(self, busy: bool, text: str = "") -> None:
        for widget in (self.file_combo, self.passphrase, self.open_button, self.create_button):
            widget.setEnabled(not busy)
        if text:
            self.status.setText(text)

    def try_open(self) -> None:
        path = self.selected_file()
        if path is None:
            self.status.setText(self.tr("Choose a company file first (Browse…)."))
            return
        secret, remember = self.passphrase.text(), self.remember.isChecked()
        self.set_busy(True, self.tr("Unlocking…"))
        self.store.submit(
            lambda: open_with_passphrase(path, secret, remember), self._opened, self._failed
        )

    def _opened(self, result: Unlocked) -> None:
        self.set_busy(False, result.warning or "")
        self.passphrase.clear()
        add_recent_file(self.settings, result.session.path)
        self.unlocked.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.status.setText(describe(exc))
        self.passphrase.selectAll()
        self.passphrase.setFocus()
