"""The settings that are tables or records: the company's details, the tax table, the number
series. Each shows what is stored and adds or changes through the services; a refused value
is shown under its field."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import bootstrap
from app.domain.documents import DocumentType
from app.services.clock import today
from app.services.company import company_details, series, tax_table
from app.services.company.series import SeriesRow
from app.services.documents import editing
from app.services.ports import CompanyDetails
from ui.common.field_form import FieldForm
from ui.common.labels import label_tr
from ui.common.messages import describe
from ui.common.problem_texts import problem_text, problems_of
from ui.common.store_thread import StoreThread

COMPANY_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("Labels", "Name")),
    ("street", QT_TRANSLATE_NOOP("Labels", "Street")),
    ("postcode", QT_TRANSLATE_NOOP("Labels", "Postcode")),
    ("city", QT_TRANSLATE_NOOP("Labels", "City")),
    ("vat_id", QT_TRANSLATE_NOOP("Labels", "VAT ID")),
    ("legal_id", QT_TRANSLATE_NOOP("Labels", "Registration (e.g. HRB 12345)")),
    ("legal_info", QT_TRANSLATE_NOOP("Labels", "Legal information (court, directors)")),
    ("email", QT_TRANSLATE_NOOP("Labels", "Email")),
    ("phone", QT_TRANSLATE_NOOP("Labels", "Phone")),
    ("contact_name", QT_TRANSLATE_NOOP("Labels", "Contact person")),
    ("iban", QT_TRANSLATE_NOOP("Labels", "IBAN")),
    ("bic", QT_TRANSLATE_NOOP("Labels", "BIC")),
    ("bank_name", QT_TRANSLATE_NOOP("Labels", "Bank")),
    ("electronic_address", QT_TRANSLATE_NOOP("Labels", "Electronic address (Peppol)")),
)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
    table.resizeColumnsToContents()


def _date(edit: QDateEdit) -> date:
    return date.fromisoformat(edit.date().toString(Qt.DateFormat.ISODate))


class _Tab(QWidget):
    def __init__(self, store: StoreThread, session: bootstrap.CompanySession) -> None:
        super().__init__()
        self.store, self.session = store, session
        self.form = FieldForm()
        self.status = QLabel()
        self.status.setWordWrap(True)

    def submit(self, job: Any, done_text: str) -> None:
        self.form.clear_errors()
        self.status.clear()

        def done(_result: Any) -> None:
            self.status.setText(done_text)
            self.refresh()  # the settings page leaves its own changes to its tables

        self.store.run(job, done, self.refused, owner=self)

    def refused(self, error: BaseException) -> None:
        problems = [(found.field, problem_text(found)) for found in problems_of(error)]
        if not problems:
            self.status.setText(describe(error))
        for field, message in problems:
            if not self.form.show_error(field.lstrip("-").replace("-", "_"), message):
                self.status.setText(message)

    def refresh(self) -> None:
        raise NotImplementedError


class CompanyTab(_Tab):
    """The company's details as printed on every document and written into e-invoices."""

    def __init__(self, store: StoreThread, session: bootstrap.CompanySession) -> None:
        super().__init__(store, session)
        self.inputs: dict[str, QLineEdit] = {}
        for key, label in COMPANY_FIELDS:
            self.inputs[key] = QLineEdit()
            self.form.add_field(key, label_tr(label), self.inputs[key])
        self.stored: dict[str, str] = {}
        save = QPushButton(self.tr("Save the company's details"))
        save.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(save)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def refresh(self) -> None:
        context = self.session.context()
        self.store.submit(
            lambda: company_details.show_company(context), self._show, self.refused, owner=self
        )

    def _show(self, details: CompanyDetails) -> None:
        self.stored = {k: str(getattr(details, k) or "") for k in self.inputs}
        for key, edit in self.inputs.items():
            edit.setText(self.stored[key])

    def save(self) -> None:
        changes: dict[str, str | None] = {
            k: e.text().strip()
            for k, e in self.inputs.items()
            if e.text().strip() != self.stored[k]
        }
        if not changes:
            self.status.setText(self.tr("Nothing has changed."))
            return
        context = self.session.context()
        self.submit(lambda: company_details.edit_company(context, changes), self.tr("Saved."))


class TaxRatesTab(_Tab):
    """The tax table; a changed rate is a new version from a date, never an edit."""

    def __init__(self, store: StoreThread, session: bootstrap.CompanySession) -> None:
        super().__init__(store, session)
        headers = [
            QT_TRANSLATE_NOOP("Labels", "Name"),
            QT_TRANSLATE_NOOP("Labels", "Category"),
            QT_TRANSLATE_NOOP("Labels", "Rate"),
            QT_TRANSLATE_NOOP("Labels", "Valid from"),
            QT_TRANSLATE_NOOP("Labels", "Valid to"),
            QT_TRANSLATE_NOOP("Labels", "Exemption"),
        ]
        self.table = _table([label_tr(h) for h in headers])
        self.name, self.rate = QLineEdit(), QLineEdit()
        self.category = QComboBox()
        for code, text in (
            ("S", "S standard"),
            ("AA", "AA reduced"),
            ("Z", "Z zero rated"),
            ("E", "E exempt"),
            ("AE", "AE reverse charge"),
            ("K", "K intra-community"),
            ("G", "G export"),
            ("O", "O not subject"),
        ):
            self.category.addItem(text, code)
        day = today(session.context())
        self.valid_from = QDateEdit(QDate(day.year, day.month, day.day))
        self.valid_from.setCalendarPopup(True)
        self.reason, self.code = QLineEdit(), QLineEdit()
        for key, label, widget in (
            ("name", self.tr("Name"), self.name),
            ("category", self.tr("Category"), self.category),
            ("rate", self.tr("Rate (%)"), self.rate),
            ("valid_from", self.tr("Valid from"), self.valid_from),
            ("exemption_reason", self.tr("Exemption reason"), self.reason),
            ("exemption_code", self.tr("Exemption code (VATEX)"), self.code),
        ):
            self.form.add_field(key, label, widget)
        add = QPushButton(self.tr("Add the rate (or its new version)"))
        add.clicked.connect(self.add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(self.status, 1)
        layout.addLayout(row)

    def refresh(self) -> None:
        context = self.session.context()
        self.store.submit(lambda: editing.tax_rates(context), self._show, self.refused, owner=self)

    def _show(self, rates: list[Any]) -> None:
        _fill(
            self.table,
            [
                (
                    r.name,
                    r.category.value,
                    "" if r.rate is None else f"{r.rate} %",
                    r.valid_from.isoformat(),
                    r.valid_to.isoformat() if r.valid_to else "",
                    r.exemption_code or r.exemption_reason or "",
                )
                for r in rates
            ],
        )

    def add(self) -> None:
        context = self.session.context()
        values: dict[str, Any] = {  # keyword arguments of add_tax_rate
            "name": self.name.text(),
            "category": str(self.category.currentData()),
            "rate": self.rate.text().strip().replace(",", ".") or None,
            "valid_from": _date(self.valid_from),
            "exemption_reason": self.reason.text().strip() or None,
            "exemption_code": self.code.text().strip() or None,
        }
        self.submit(lambda: tax_table.add_tax_rate(context, **values), self.tr("Rate added."))


class SeriesTab(_Tab):
    """Number series: a new one (its own prefix), optionally the default of its type."""

    def __init__(self, store: StoreThread, session: bootstrap.CompanySession) -> None:
        super().__init__(store, session)
        headers = [
            QT_TRANSLATE_NOOP("Labels", "Name"),
            QT_TRANSLATE_NOOP("Labels", "Type"),
            QT_TRANSLATE_NOOP("Labels", "Pattern"),
            QT_TRANSLATE_NOOP("Labels", "Starts again each year"),
            QT_TRANSLATE_NOOP("Labels", "Last numbers"),
        ]
        self.table = _table([label_tr(h) for h in headers])
        self.name, self.pattern = QLineEdit(), QLineEdit()
        self.pattern.setPlaceholderText("RE-{year}-{seq:05}")
        self.kind = QComboBox()
        for kind in DocumentType:
            self.kind.addItem(kind.value.replace("_", " "), kind.value)
        self.yearly = QCheckBox(self.tr("Start again at 1 each year"))
        self.default = QCheckBox(self.tr("Use it for new documents of its type"))
        self.default.setChecked(True)
        for key, label, widget in (
            ("name", self.tr("Name"), self.name),
            ("type", self.tr("Type"), self.kind),
            ("pattern", self.tr("Pattern"), self.pattern),
        ):
            self.form.add_field(key, label, widget)
        self.form.addRow("", self.yearly)
        self.form.addRow("", self.default)
        add = QPushButton(self.tr("Add the series"))
        add.clicked.connect(self.add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(self.status, 1)
        layout.addLayout(row)

    def refresh(self) -> None:
        context = self.session.context()
        self.store.submit(lambda: series.list_series(context), self._show, self.refused, owner=self)

    def _show(self, rows: list[SeriesRow]) -> None:
        _fill(
            self.table,
            [
                (
                    r.name,
                    r.type.value,
                    r.pattern,
                    "yes" if r.reset_yearly else "",
                    ", ".join(f"{p}: {n}" for p, n in r.last_numbers),
                )
                for r in rows
            ],
        )

    def add(self) -> None:
        context = self.session.context()
        name, pattern = self.name.text().strip(), self.pattern.text().strip()
        kind = DocumentType(self.kind.currentData())
        yearly, default = self.yearly.isChecked(), self.default.isChecked()
        self.submit(
            lambda: series.add_series(
                context, name, kind, pattern, reset_yearly=yearly, make_default=default
            ),
            self.tr("Series added."),
        )
