"""Customers: a searchable list, the form to add or change one (each problem shown under its
field), and the selected customer's balance, documents and statement."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import bootstrap
from app.domain.einvoice_formats import EInvoiceFormat
from app.domain.parties import Customer
from app.services.changes import Done, Kind
from app.services.clock import today
from app.services.errors import Rejected
from app.services.files import write_atomically
from app.services.formatting import Formatter
from app.services.parties import customers
from app.services.ports import DocumentQuery
from app.services.receivables.receivables_reports import aging_report
from app.services.receivables.receivables_results import AgingLine
from app.services.receivables.report_pdfs import statement_pdf
from ui.common.field_form import FieldForm
from ui.common.labels import label_tr
from ui.common.messages import describe
from ui.common.ops import follow_changes
from ui.common.problem_texts import problem_text
from ui.common.store_thread import StoreThread
from ui.common.table_model import ReadOnlyTableModel
from ui.common.translation import ui_language
from ui.documents.document_list_model import CUSTOMER_COLUMN, DocumentListModel, ShownPage
from ui.receivables.customer_payments import CustomerPayments

Index = QModelIndex | QPersistentModelIndex
FIELDS = (
    ("name", QT_TRANSLATE_NOOP("Labels", "Name")),
    ("street", QT_TRANSLATE_NOOP("Labels", "Street")),
    ("postcode", QT_TRANSLATE_NOOP("Labels", "Postcode")),
    ("city", QT_TRANSLATE_NOOP("Labels", "City")),
    ("country", QT_TRANSLATE_NOOP("Labels", "Country (ISO code)")),
    ("vat_id", QT_TRANSLATE_NOOP("Labels", "VAT ID")),
    ("email", QT_TRANSLATE_NOOP("Labels", "Invoice email")),
    ("language", QT_TRANSLATE_NOOP("Labels", "Language of documents")),
    ("payment_terms_days", QT_TRANSLATE_NOOP("Labels", "Payment terms (days)")),
    ("buyer_reference", QT_TRANSLATE_NOOP("Labels", "Buyer reference / Leitweg-ID")),
)


class CustomersModel(ReadOnlyTableModel):
    def __init__(self) -> None:
        super().__init__(())
        self.headers = (self.tr("Name"), self.tr("City"), self.tr("Country"), self.tr("VAT ID"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        c = self.rows[index.row()]
        return (c.name, c.address.city or "", c.address.country, c.vat_id or "")[index.column()]


def _values(customer: Customer) -> dict[str, str]:
    a = customer.address
    return {
        "name": customer.name,
        "street": a.street or "",
        "postcode": a.postcode or "",
        "city": a.city or "",
        "country": a.country,
        "vat_id": customer.vat_id or "",
        "email": customer.email or "",
        "language": customer.language or "",
        "payment_terms_days": ""
        if customer.payment_terms_days is None
        else str(customer.payment_terms_days),
        "buyer_reference": customer.buyer_reference or "",
    }


class CustomersPage(QWidget):
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
        self.current: int | None = None
        self.fmt = Formatter(ui_language())  # dates and amounts the window's way
        self.model = CustomersModel()
        self.documents = DocumentListModel(self._fetch_documents, self.fmt, page_size=100)
        splitter = QSplitter()
        splitter.addWidget(self._list_side())
        splitter.addWidget(self._detail_side())
        splitter.setSizes([420, 620])
        QVBoxLayout(self).addWidget(splitter)
        self.follower = follow_changes(
            self, store, (Kind.PARTIES,), self.refresh, stale=not autoload
        )
        self.money_follower = follow_changes(
            self, store, (Kind.DOCUMENTS, Kind.RECEIVABLES), self.requery_money, stale=False
        )
        if autoload:
            self.refresh()

    # -- building -----------------------------------------------------------------------------
    def _list_side(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, VAT ID, email, city"))
        self.search.setAccessibleName(self.tr("Search customers"))
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(150)
        self._typing.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Customers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name gets the rest
        header.setResizeContentsPrecision(40)  # measured on the rows in view, not all of them
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        new = QPushButton(self.tr("&New customer"))
        new.clicked.connect(self.new_customer)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(new)
        return side

    def _detail_side(self) -> QWidget:
        form = self.form = FieldForm()
        self.inputs: dict[str, QLineEdit] = {}
        for key, label in FIELDS:
            self.inputs[key] = QLineEdit()
            form.add_field(key, label_tr(label), self.inputs[key])
        self.einvoice = QComboBox()
        self.einvoice.addItem(self.tr("Company default"), "")
        for fmt in EInvoiceFormat:
            self.einvoice.addItem(fmt.value, fmt.value)
        form.addRow(self.tr("E-invoice format:"), self.einvoice)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.balance = QLabel()
        self.statement_button = QPushButton(self.tr("S&tatement PDF…"))
        self.statement_button.clicked.connect(self.save_statement)
        docs = QTableView()
        docs.setModel(self.documents)
        docs.setAccessibleName(self.tr("Documents of the customer"))
        docs.verticalHeader().setVisible(False)
        docs.setWordWrap(False)
        docs.setColumnHidden(CUSTOMER_COLUMN, True)  # every row is this customer's
        docs.horizontalHeader().setResizeContentsPrecision(40)  # fitted to the rows in view
        self.documents.loaded.connect(self._fit_document_columns)
        self.documents_view = docs
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.addLayout(form)
        layout.addLayout(row)
        money = QHBoxLayout()
        money.addWidget(self.balance, 1)
        money.addWidget(self.statement_button)
        layout.addLayout(money)
        layout.addWidget(docs, 1)
        self.payments = CustomerPayments(self.store, self.session)
        layout.addWidget(self.payments, 1)
        self._enable()
        return side

    def _enable(self) -> None:
        self.statement_button.setEnabled(self.current is not None)

    # -- loading ------------------------------------------------------------------------------
    def requery_money(self) -> None:
        """After a change of documents or money: the chosen customer's documents and balance
        (the form being edited stays as it is)."""
        self._show_money(self.current)

    def refresh(self) -> None:
        context, text = self.session.context(), self.search.text() or None
        self.store.submit(
            lambda: customers.list_customers(context, text),
            self.model.set_rows,
            self._failed,
            owner=self,
        )

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        customer = self.model.rows[current.row()]
        self.current = customer.id
        for key, value in _values(customer).items():
            self.inputs[key].setText(value)
        self.einvoice.setCurrentIndex(
            max(0, self.einvoice.findData(customer.einvoice_format or ""))
        )
        self._clear_errors()
        self._enable()
        self.payments.show_customer(customer.id)
        self._show_money(customer.id)

    def _fit_document_columns(self) -> None:
        """Fitted to each customer's first page, not to every later one: a width the user
        dragged stays while the list scrolls."""
        if len(self.documents.rows) <= self.documents.query.limit:
            self.documents_view.resizeColumnsToContents()

    def _show_money(self, customer_id: int | None) -> None:
        """The customer's documents and balance (after a selection, a reversal, a refund)."""
        if customer_id is None:
            return
        self.documents.set_query(customer_id=customer_id)
        context = self.session.context()

        def balance() -> list[AgingLine]:
            report = aging_report(context, today(context), (30, 60, 90))
            return [c for c in report.customers if c.customer_id == customer_id]

        self.store.submit(balance, self._show_balance, self._failed, owner=self)

    def _show_balance(self, rows: list[AgingLine]) -> None:
        if not rows:
            self.balance.setText(self.tr("Balance: nothing open"))
            return
        parts = [self.fmt.money(r.balance, r.currency) for r in rows]
        self.balance.setText(self.tr("Balance: %1").replace("%1", ", ".join(parts)))

    def _fetch_documents(self, query: DocumentQuery, done: Callable[[ShownPage], None]) -> None:
        from app.services.documents import queries

        context, cell_texts = self.session.context(), self.documents.cell_texts
        self.store.submit(
            lambda: cell_texts(queries.document_page(context, query)),
            done,
            self._failed,
            owner=self,
        )

    # -- editing ------------------------------------------------------------------------------
    def new_customer(self) -> None:
        self.current = None
        self.table.clearSelection()
        for edit in self.inputs.values():
            edit.clear()
        self.einvoice.setCurrentIndex(0)
        self._clear_errors()
        self._enable()
        self.inputs["name"].setFocus()

    def _input(self) -> customers.CustomerInput:
        values: dict[str, Any] = {k: (e.text().strip() or None) for k, e in self.inputs.items()}
        terms = values.pop("payment_terms_days")
        values["payment_terms_days"] = int(terms) if terms and terms.isdigit() else None
        values["einvoice_format"] = self.einvoice.currentData() or None
        return customers.CustomerInput(**values)

    def save(self) -> None:
        self._clear_errors()
        terms = self.inputs["payment_terms_days"].text().strip()
        if terms and not terms.isdigit():
            self._show_error("payment_terms_days", self.tr("a whole number of days, e.g. 30"))
            return
        data, context, customer_id = self._input(), self.session.context(), self.current
        # an emptied field is cleared ("" ), not kept as it was (None)
        changes = {
            k: "" if v is None and k in self.inputs and k != "payment_terms_days" else v
            for k, v in data.__dict__.items()
        }

        def job() -> Done[int | None]:
            if customer_id is None:
                added = customers.add_customer(context, data)
                return Done(added.value, added.changes)
            edited = customers.edit_customer(context, customer_id, changes)
            return Done(edited.value.id, edited.changes)

        self.store.run(job, self._saved, self._save_failed, owner=self)

    def _saved(self, saved: Done[int | None]) -> None:
        self.current = saved.value
        self.message.setText(self.tr("Saved."))
        self._enable()

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, Rejected):
            for found in error.problems:
                self._show_error(found.field.lstrip("-").replace("-", "_"), problem_text(found))
            self.message.setText(self.tr("Not saved: see the fields marked in red."))
        else:
            self.message.setText(describe(error))

    def _show_error(self, key: str, message: str) -> None:
        if not self.form.show_error(key, message):
            self.message.setText(message)

    def _clear_errors(self) -> None:
        self.form.clear_errors()
        self.message.clear()

    def save_statement(self, path: str | None = None) -> None:
        if self.current is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save statement"), "statement.pdf", "PDF (*.pdf)"
            )
            if not path:
                return
        context, customer_id, target = self.session.context(), self.current, Path(path)
        day = today(context)
        start = date(day.year, 1, 1)

        def job() -> Path:
            write_atomically(target, statement_pdf(context, customer_id, start, day), "file")
            return target

        self.store.submit(job, lambda p: self.message.setText(str(p)), self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe(error))
