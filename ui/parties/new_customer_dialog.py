"""A new customer without leaving the invoice: the fields an invoice needs, each problem under
its field; the customer is stored on the store thread and handed back to the editor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import bootstrap
from app.domain.parties import Customer
from app.services.changes import Done
from app.services.errors import Rejected
from app.services.parties import customers
from ui.common.field_form import ERROR_STYLE, FieldForm
from ui.common.labels import label_tr
from ui.common.messages import describe
from ui.common.problem_texts import problem_text
from ui.common.store_thread import StoreThread

FIELDS = (
    ("name", QT_TRANSLATE_NOOP("Labels", "Name")),
    ("street", QT_TRANSLATE_NOOP("Labels", "Street")),
    ("postcode", QT_TRANSLATE_NOOP("Labels", "Postcode")),
    ("city", QT_TRANSLATE_NOOP("Labels", "City")),
    ("country", QT_TRANSLATE_NOOP("Labels", "Country (ISO code)")),
    ("vat_id", QT_TRANSLATE_NOOP("Labels", "VAT ID")),
    ("email", QT_TRANSLATE_NOOP("Labels", "Invoice email")),
    ("language", QT_TRANSLATE_NOOP("Labels", "Language of documents")),
)


class NewCustomerDialog(QDialog):
    def __init__(
        self,
        store: StoreThread,
        session: bootstrap.CompanySession,
        created: Callable[[Customer], None],
        country: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New customer"))
        self.store, self.session, self._created = store, session, created
        self.form = FieldForm()
        self.inputs: dict[str, QLineEdit] = {}
        for key, label in FIELDS:
            self.inputs[key] = QLineEdit()
            self.form.add_field(key, label_tr(label), self.inputs[key])
        self.inputs["country"].setText(country)  # most customers are local
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        self.form.clear_errors()
        self.message.clear()
        values: dict[str, Any] = {k: (e.text().strip() or None) for k, e in self.inputs.items()}
        data = customers.CustomerInput(**values)
        context = self.session.context()

        def job() -> Done[Customer]:
            added = customers.add_customer(context, data)
            return Done(customers.get_customer(context, added.value), added.changes)

        self.buttons.setEnabled(False)
        self.store.run(job, self._saved, self._failed, owner=self)

    def _saved(self, saved: Done[Customer]) -> None:
        self._created(saved.value)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, Rejected):
            for found in error.problems:
                message = problem_text(found)
                if not self.form.show_error(found.field.lstrip("-").replace("-", "_"), message):
                    self.message.setText(message)
        else:
            self.message.setText(describe(error))
