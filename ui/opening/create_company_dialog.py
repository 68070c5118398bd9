"""Create a new company file: the company's data, where to keep the file, its passphrase."""

from __future__ import annotations

from pathlib import Path

from babel import Locale
from babel.numbers import list_currencies
from PySide6.QtCore import QLocale, QStandardPaths, Signal
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
from app.services.company.fields import CompanyInput, company_problems
from app.services.errors import InvalidInput, KeyringUnavailable
from ui.common.messages import describe
from ui.common.problem_texts import problem_text
from ui.common.store_thread import StoreThread
from ui.opening.unlock_dialog import FILE_FILTER, Unlocked

MIN_PASSPHRASE = 8


def create_and_open(path: Path, passphrase: str, data: CompanyInput, remember: bool) -> Unlocked:
    """Runs on the store thread."""
    file_key = bootstrap.create_company(path, passphrase, data)
    session = bootstrap.CompanySession(path, file_key).open()
    warning = None
    if remember:
        try:
            bootstrap.remember_key(file_key)
        except KeyringUnavailable as exc:
            warning = describe(exc)
    return Unlocked(session, warning)


def _country_items() -> list[tuple[str, str]]:
    names = Locale("en").territories
    codes = [c for c in names if isinstance(c, str) and len(c) == 2 and c.isalpha() and c != "EU"]
    return sorted(((str(names[c]), c) for c in codes), key=lambda item: item[0])


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


class CreateCompanyDialog(QDialog):
    created = Signal(object)

    def __init__(self, store: StoreThread, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Invoice Desk — New company"))
        self.setMinimumWidth(600)
        self.errors: dict[str, QLabel] = {}
        self._build()

    def _field(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        error = QLabel()
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.hide()
        self.errors[key] = error
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        form.addRow(label, box)

    def _build(self) -> None:
        form = QFormLayout()
        self.name = QLineEdit()
        self.country = QComboBox()
        for label, code in _country_items():
            self.country.addItem(f"{label} ({code})", code)
        self.country.setPlaceholderText(self.tr("Choose the country…"))
        own = QLocale.system().name().split("_")[-1]
        self.country.setCurrentIndex(self.country.findData(own))
        self.currency = QComboBox()
        for code in sorted(list_currencies()):
            self.currency.addItem(code, code)
        self.currency.setCurrentIndex(max(0, self.currency.findData("EUR")))
        self.vat_id = QLineEdit()
        self.vat_id.setPlaceholderText(self.tr("e.g. DE136695976 (optional)"))
        self.street, self.postcode, self.city = QLineEdit(), QLineEdit(), QLineEdit()
        self.location = QLineEdit(str(default_folder() / "Company.invoicedesk"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_location)
        location_row = QWidget()
        row = QHBoxLayout(location_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.location, 1)
        row.addWidget(browse)
        self.passphrase, self.repeat = QLineEdit(), QLineEdit()
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember on this computer"))
        for key, label, widget in (
            ("--name", self.tr("Company name:"), self.name),
            ("--country", self.tr("Country:"), self.country),
            ("--currency", self.tr("Currency:"), self.currency),
            ("--vat-id", self.tr("VAT ID:"), self.vat_id),
            ("--street", self.tr("Street:"), self.street),
            ("--postcode", self.tr("Postcode:"), self.postcode),
            ("--city", self.tr("City:"), self.city),
            ("--file", self.tr("Company file:"), location_row),
            ("passphrase", self.tr("Passphrase:"), self.passphrase),
            ("repeat", self.tr("Repeat passphrase:"), self.repeat),
        ):
            self._field(form, key, label, widget)
        form.addRow("", self.remember)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.try_create)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>A new company</h2>")))
        layout.addLayout(form)
        layout.addLayout(buttons)

    def _choose_location(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Company file"), self.location.text(), FILE_FILTER
        )
        if name:
            if not name.endswith(bootstrap.SUFFIX):
                name += bootstrap.SUFFIX
            self.location.setText(name)

    def _show_error(self, key: str, text: str) -> None:
        label = self.errors.get(key) or self.errors.get("--" + key.replace("_", "-"))
        if label is None:
            self.status.setText(text)
            return
        label.setText(text)
        label.show()

    def _clear_errors(self) -> None:
        self.status.clear()
        for label in self.errors.values():
            label.hide()

    def collect(self) -> tuple[Path, str, CompanyInput] | None:
        """Validate everything; show each problem next to its field."""
        self._clear_errors()
        ok = True
        data = CompanyInput(
            name=self.name.text(),
            country=str(self.country.currentData() or ""),
            currency=str(self.currency.currentData()),
            vat_id=self.vat_id.text() or None,
            street=self.street.text() or None,
            postcode=self.postcode.text() or None,
            city=self.city.text() or None,
        )
        clean, problems = company_problems(data)
        for problem in problems:
            self._show_error(problem.field, problem_text(problem.problem))
        ok = not problems
        path = Path(self.location.text().strip()).expanduser()
        if not self.location.text().strip():
            self._show_error("--file", self.tr("Choose where to keep the company file."))
            ok = False
        elif path.exists():
            self._show_error("--file", self.tr("A file with this name exists already."))
            ok = False
        elif not path.parent.is_dir():
            self._show_error("--file", self.tr("This folder does not exist."))
            ok = False
        secret = self.passphrase.text()
        if len(secret) < MIN_PASSPHRASE:
            self._show_error(
                "passphrase", self.tr("Use at least {n} characters.").format(n=MIN_PASSPHRASE)
            )
            ok = False
        elif secret != self.repeat.text():
            self._show_error("repeat", self.tr("The two passphrases differ."))
            ok = False
        return (path, secret, clean) if ok and clean is not None else None

    def try_create(self) -> None:
        collected = self.collect()
        if collected is None:
            return
        path, secret, data = collected
        remember = self.remember.isChecked()
        self.create_button.setEnabled(False)
        self.status.setText(self.tr("Creating the encrypted company file…"))
        self.store.submit(
            lambda: create_and_open(path, secret, data, remember), self._created, self._failed
        )

    def _created(self, result: Unlocked) -> None:
        self.accept()  # first: whoever receives the signal may close our parent dialog
        self.created.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        if isinstance(exc, InvalidInput):
            self._show_error(exc.field, problem_text(exc.problem))
        else:
            self.status.setText(describe(exc))
