"""Settings: every company setting on a tab of its kind, with its explanation; a change is
saved as a new version from today on (in the audit chain) and each refused value says why
under its field. Security: auto-lock minutes, forgetting the remembered key."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import bootstrap
from app.services.changes import NOTHING, Done, Kind
from app.services.company import settings as company_settings
from app.services.company.settings import SettingInfo
from app.services.errors import InvalidInput
from ui.common.field_form import FieldForm
from ui.common.labels import label_tr
from ui.common.messages import describe
from ui.common.ops import follow_changes
from ui.common.problem_texts import problem_text
from ui.common.store_thread import StoreThread
from ui.opening.passphrase_dialog import PassphraseDialog
from ui.receivables.levels_editor import LevelsEditor
from ui.settings.setting_texts import description
from ui.settings.settings_tables import CompanyTab, SeriesTab, TaxRatesTab

TABS = (
    ("document", QT_TRANSLATE_NOOP("Labels", "Documents")),
    ("einvoice", QT_TRANSLATE_NOOP("Labels", "E-invoicing")),
    ("email", QT_TRANSLATE_NOOP("Labels", "Email")),
    ("payments", QT_TRANSLATE_NOOP("Labels", "Payments and reminders")),
    ("dunning", QT_TRANSLATE_NOOP("Labels", "Payments and reminders")),
    ("tax", QT_TRANSLATE_NOOP("Labels", "Tax")),
    ("security", QT_TRANSLATE_NOOP("Labels", "Security")),
    ("backup", QT_TRANSLATE_NOOP("Labels", "Backups")),
    ("sync", QT_TRANSLATE_NOOP("Labels", "Exports")),
    ("datev", QT_TRANSLATE_NOOP("Labels", "DATEV")),
)
Editor = QComboBox | QSpinBox | QLineEdit | QPlainTextEdit | LevelsEditor


def shown(value: Any) -> str:
    """A stored value as the field shows it (lists and objects as JSON)."""
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, indent=1, ensure_ascii=False)
    return str(value)


def save_settings(context: Any, changes: dict[str, str]) -> Done[dict[str, str]]:
    """Store each change (store thread); the value is the refused ones with the reason."""
    refused, done = {}, NOTHING
    for key, value in changes.items():
        try:
            done |= company_settings.set_setting(context, key, value).changes
        except InvalidInput as exc:
            refused[key] = problem_text(exc.problem)
    return Done(refused, done)


class SettingsPage(QWidget):
    changed = Signal(dict)  # the settings as they are after a save
    passphrase_change_requested = Signal(str, str)  # current, new: the window does the rest

    def __init__(
        self,
        store: StoreThread,
        session: bootstrap.CompanySession,
        parent: QWidget | None = None,
        *,
        autoload: bool = True,
    ) -> None:
        super().__init__(parent)
        self.store, self.session = store, session
        self.editors: dict[str, Editor] = {}
        self.forms: dict[str, FieldForm] = {}
        self.values: dict[str, str] = {}
        self.loaded = False
        self.tabs = QTabWidget()
        self.company_tab = CompanyTab(store, session)
        self.tax_tab = TaxRatesTab(store, session)
        self.series_tab = SeriesTab(store, session)
        for tab, title in (
            (self.company_tab, self.tr("Company")),
            (self.tax_tab, self.tr("Tax rates")),
            (self.series_tab, self.tr("Number series")),
        ):
            self.tabs.addTab(tab, title)
        pages: dict[str, QVBoxLayout] = {}
        order = [prefix for prefix, _title in TABS]
        infos = sorted(
            company_settings.setting_infos(),
            key=lambda i: order.index(i.key.split(".")[0]) if i.key.split(".")[0] in order else 99,
        )
        for info in infos:
            title = str(dict(TABS).get(info.key.split(".")[0], "Other"))
            if title not in pages:
                pages[title] = self._tab(label_tr(title))
                self.forms[title] = FieldForm()
                self.forms[title].setRowWrapPolicy(FieldForm.RowWrapPolicy.WrapLongRows)
                pages[title].addLayout(self.forms[title])
            self.editors[info.key] = self._editor(info)
            self.editors[info.key].setToolTip(info.key)
            text = description(info.key, info.description)
            label = text[:1].upper() + text[1:]
            self.forms[title].add_field(info.key, label, self.editors[info.key])
        self._security_extras(pages["Security"])
        password = QPushButton(self.tr("Set the SMTP password…"))
        password.clicked.connect(self.ask_smtp_password)
        pages["Email"].addWidget(password)
        for layout in pages.values():
            layout.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row)
        self.follower = follow_changes(
            self, store, (Kind.SETTINGS,), self.refresh, stale=not autoload, ignore_own=True
        )
        if autoload:
            self.refresh()

    def _tab(self, title: str) -> QVBoxLayout:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.tabs.addTab(scroll, title)
        return layout

    def _editor(self, info: SettingInfo) -> Editor:
        if info.key == "dunning.levels":
            return LevelsEditor()
        if info.kind == "choice":
            combo = QComboBox()
            combo.addItems(list(info.choices))
            return combo
        if info.kind == "whole":
            spin = QSpinBox()
            spin.setRange(info.low, info.high)
            return spin
        if info.kind == "multiline":
            text = QPlainTextEdit()
            text.setMaximumHeight(110)
            text.setTabChangesFocus(True)
            return text
        return QLineEdit()

    def _security_extras(self, layout: QVBoxLayout) -> None:
        change = QPushButton(self.tr("Change the passphrase…"))
        change.clicked.connect(self.ask_new_passphrase)
        layout.addWidget(change)
        forget = QPushButton(self.tr("Forget the passphrase remembered on this computer"))
        forget.clicked.connect(self.forget_key)
        layout.addWidget(forget)

    def ask_new_passphrase(self) -> None:
        dialog = PassphraseDialog(self)
        dialog.buttons.accepted.connect(lambda: self._passphrase_typed(dialog))
        dialog.open()

    def _passphrase_typed(self, dialog: PassphraseDialog) -> None:
        values = dialog.values()
        if values is not None:
            dialog.accept()
            self.passphrase_change_requested.emit(*values)

    # -- values -------------------------------------------------------------------------------
    def refresh(self) -> None:
        for tab in (self.company_tab, self.tax_tab, self.series_tab):
            tab.refresh()
        context = self.session.context()
        self.store.submit(
            lambda: company_settings.current_settings(context).as_json(),
            self._loaded,
            self._failed,
            owner=self,
        )

    def _loaded(self, current: dict[str, Any]) -> None:
        self._show(current, self.editors.keys())
        self.loaded = True

    def _show(self, current: dict[str, Any], keys: Any) -> None:
        """Show the stored values; what a field shows for an unset one counts as unchanged."""
        for key in keys:
            self._set(self.editors[key], shown(current.get(key)))
            self.values[key] = self.value(self.editors[key])

    @staticmethod
    def _set(editor: Editor, text: str) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(text)
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(text) if text.isdigit() else editor.minimum())
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(text)
        else:
            editor.setText(text)

    @staticmethod
    def value(editor: Editor) -> str:
        if isinstance(editor, QComboBox):
            return editor.currentText()
        if isinstance(editor, QSpinBox):
            return str(editor.value())
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        return editor.text()

    def changes(self) -> dict[str, str]:
        return {
            key: self.value(editor)
            for key, editor in self.editors.items()
            if self.value(editor) != self.values.get(key, "")
        }

    def save(self) -> None:
        for form in self.forms.values():
            form.clear_errors()
        changes = self.changes()
        if not changes:
            self.status.setText(self.tr("Nothing has changed."))
            return
        context = self.session.context()
        self.status.setText(self.tr("Saving…"))

        def job() -> Done[tuple[dict[str, str], dict[str, Any]]]:
            saved = save_settings(context, changes)
            current = company_settings.current_settings(context).as_json()
            return Done((saved.value, current), saved.changes)

        self.store.run(
            job, lambda result: self._saved(changes, *result.value), self._failed, owner=self
        )

    def _saved(
        self, changes: dict[str, str], refused: dict[str, str], current: dict[str, Any]
    ) -> None:
        for key, message in refused.items():
            for form in self.forms.values():
                form.show_error(key, message)
        saved = len(changes) - len(refused)
        self._show(current, changes.keys() - refused.keys())
        self.status.setText(
            self.tr("%n setting(s) saved.", "", saved)
            + (
                " " + self.tr("%n refused: see the fields marked in red.", "", len(refused))
                if refused
                else ""
            )
        )
        self.changed.emit(current)

    def ask_smtp_password(self) -> None:
        password, ok = QInputDialog.getText(
            self,
            self.tr("SMTP password"),
            self.tr("Password of the SMTP user (kept in the system keyring):"),
            QLineEdit.EchoMode.Password,
        )
        if ok and password:
            self.set_smtp_password(password)

    def set_smtp_password(self, password: str) -> None:
        context = self.session.context()

        def job() -> str:
            return bootstrap.remember_smtp_password(
                company_settings.current_settings(context), password
            )

        self.store.submit(
            job,
            lambda where: self.status.setText(
                self.tr("Password kept in the keyring ({0}).").format(where)
            ),
            self._failed,
            owner=self,
        )

    def forget_key(self) -> None:
        path = self.session.path
        self.store.submit(
            lambda: bootstrap.forget_key(path),
            lambda forgotten: self.status.setText(
                self.tr("The remembered passphrase was removed from the keyring.")
                if forgotten
                else self.tr("No passphrase was remembered for this file.")
            ),
            self._failed,
            owner=self,
        )

    def _failed(self, error: BaseException) -> None:
        self.status.setText(describe(error))
