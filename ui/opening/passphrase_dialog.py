"""Change the passphrase from the window: the current one (checked), the new one twice."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.common.field_form import ERROR_STYLE, FieldForm
from ui.opening.create_company_dialog import MIN_PASSPHRASE


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.form = FieldForm()
        self.current, self.new, self.repeat = QLineEdit(), QLineEdit(), QLineEdit()
        for key, label, edit in (
            ("current", self.tr("Current passphrase"), self.current),
            ("new", self.tr("New passphrase"), self.new),
            ("repeat", self.tr("Repeat the new passphrase"), self.repeat),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.form.add_field(key, label, edit)
        note = QLabel(
            self.tr(
                "The file is re-encrypted under the new passphrase (a crash leaves the old or "
                "the new file, never a mixture); the window opens again when it is done."
            )
        )
        note.setWordWrap(True)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def values(self) -> tuple[str, str] | None:
        """(current, new) when both are typed and the new one is long enough and repeated."""
        self.form.clear_errors()
        if not self.current.text():
            self.form.show_error("current", self.tr("Type the current passphrase."))
            return None
        if len(self.new.text()) < MIN_PASSPHRASE:
            text = self.tr("Use at least {n} characters.").format(n=MIN_PASSPHRASE)
            self.form.show_error("new", text)
            return None
        if self.new.text() != self.repeat.text():
            self.form.show_error("repeat", self.tr("The two passphrases differ."))
            return None
        return self.current.text(), self.new.text()
