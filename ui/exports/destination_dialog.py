"""Add or change a destination: a folder, an SFTP server or an HTTP API; its password or
shared secret goes to the system keyring, never into the company file."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.accountant.sync_ports import Destination
from ui.common.field_form import FieldForm
from ui.common.labels import label_tr
from ui.exports.exports_models import KINDS

ORDER = ("folder", "sftp", "http")


class DestinationDialog(QDialog):
    """``values()`` gives (name, kind, config, secret or None when unchanged). Save asks the
    owner to store them (``save_requested``); it closes the dialog when that worked and shows
    a problem next to its field when not."""

    save_requested = Signal()

    def __init__(self, existing: Destination | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.existing = existing
        self.setWindowTitle(self.tr("Destination") if existing else self.tr("New destination"))
        self.form = FieldForm()
        self.name = QLineEdit()
        self.form.add_field("NAME", self.tr("Name"), self.name)
        self.kind = QComboBox()
        for kind in ORDER:
            self.kind.addItem(label_tr(KINDS[kind]), kind)
        self.form.add_field("KIND", self.tr("Kind"), self.kind)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._folder_page())
        self.pages.addWidget(self._sftp_page())
        self.pages.addWidget(self._http_page())
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Password or shared secret"))
        self.secret_label = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.pages)
        layout.addWidget(self.secret_label)
        layout.addWidget(self.secret)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if existing is not None:
            self._fill(existing)
        self._kind_changed(self.kind.currentIndex())

    def _folder_page(self) -> QWidget:
        page = QWidget()
        self.folder_form = FieldForm()
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.path, 1)
        line.addWidget(browse)
        self.folder_form.add_field("--path", self.tr("Folder"), row)
        QVBoxLayout(page).addLayout(self.folder_form)
        return page

    def _sftp_page(self) -> QWidget:
        page = QWidget()
        self.sftp_form = FieldForm()
        self.host, self.user, self.remote_dir = QLineEdit(), QLineEdit(), QLineEdit(".")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(22)
        self.key_file = QLineEdit()
        self.key_file.setPlaceholderText(self.tr("empty: log in with the password below"))
        self.sftp_form.add_field("--host", self.tr("Server"), self.host)
        self.sftp_form.add_field("--port", self.tr("Port"), self.port)
        self.sftp_form.add_field("--user", self.tr("User"), self.user)
        self.sftp_form.add_field("--remote-dir", self.tr("Folder on the server"), self.remote_dir)
        self.sftp_form.add_field("--key-file", self.tr("Private key file"), self.key_file)
        QVBoxLayout(page).addLayout(self.sftp_form)
        return page

    def _http_page(self) -> QWidget:
        page = QWidget()
        self.http_form = FieldForm()
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://accountant.example/bundles")
        self.http_form.add_field("--url", self.tr("Receiver URL"), self.url)
        QVBoxLayout(page).addLayout(self.http_form)
        return page

    def _save(self) -> None:
        self.clear_errors()
        self.buttons.setEnabled(False)
        self.save_requested.emit()

    def saved(self) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def refused(self, field: str, message: str) -> None:
        self.buttons.setEnabled(True)
        self.show_error(field, message)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for bundles"))
        if chosen:
            self.path.setText(chosen)

    def _kind_changed(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        kind = ORDER[index]
        self.secret.setVisible(kind != "folder")
        self.secret_label.setVisible(kind != "folder")
        self.secret_label.setText(
            self.tr("Password (or the key's passphrase), kept in the system keyring")
            if kind == "sftp"
            else self.tr("Shared secret for the signature, kept in the system keyring")
        )
        if self.existing is not None:
            self.secret.setPlaceholderText(self.tr("unchanged"))

    def _fill(self, d: Destination) -> None:
        self.name.setText(d.name)
        self.name.setEnabled(False)
        self.kind.setCurrentIndex(ORDER.index(d.kind))
        self.kind.setEnabled(False)
        c = d.config
        self.path.setText(c.get("path", ""))
        self.host.setText(c.get("host", ""))
        self.port.setValue(int(c.get("port", 22)))
        self.user.setText(c.get("user", ""))
        self.remote_dir.setText(c.get("remote_dir", "."))
        self.key_file.setText(c.get("key_file", ""))
        self.url.setText(c.get("url", ""))

    def values(self) -> tuple[str, str, dict[str, Any], str | None]:
        kind = ORDER[self.kind.currentIndex()]
        config: dict[str, Any]
        if kind == "folder":
            config = {"path": self.path.text().strip()}
        elif kind == "sftp":
            config = {
                "host": self.host.text().strip(),
                "port": self.port.value(),
                "user": self.user.text().strip(),
                "remote_dir": self.remote_dir.text().strip() or ".",
                "key_file": self.key_file.text().strip(),
                "auth": "key" if self.key_file.text().strip() else "password",
            }
            if self.existing is not None and self.existing.config.get("host") == config["host"]:
                config["host_key"] = self.existing.config.get("host_key")  # same server
        else:
            config = {"url": self.url.text().strip()}
        return self.name.text().strip(), kind, config, self.secret.text() or None

    def show_error(self, field: str, message: str) -> None:
        """A service's complaint next to the field it names."""
        forms = (self.form, self.folder_form, self.sftp_form, self.http_form)
        if not any(form.show_error(field, message) for form in forms):
            self.form.show_error("NAME", message)

    def clear_errors(self) -> None:
        for form in (self.form, self.folder_form, self.sftp_form, self.http_form):
            form.clear_errors()
