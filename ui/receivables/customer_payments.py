"""A customer's payments: where each went, what is left unapplied; a bounced payment reversed
(its allocations with it), money paid back as a refund from unapplied payments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import bootstrap
from app.domain.receivables import PaymentMethod
from app.services.clock import today
from app.services.errors import Rejected
from app.services.formatting import Formatter, read_number
from app.services.receivables import adjustments
from app.services.receivables.receivables_results import PaymentRow
from ui.common.field_form import ERROR_STYLE, FieldForm
from ui.common.messages import describe
from ui.common.problem_texts import problem_text
from ui.common.store_thread import StoreThread
from ui.common.table_model import Index, ReadOnlyTableModel
from ui.common.translation import ui_language


class PaymentsModel(ReadOnlyTableModel):
    def __init__(self, fmt: Formatter) -> None:
        super().__init__(())
        self.fmt = fmt
        self.headers = (
            self.tr("Date"),
            self.tr("Amount"),
            self.tr("Method"),
            self.tr("Reference"),
            self.tr("Paid"),
            self.tr("Unapplied"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: PaymentRow = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and row.reversed:
            return self.tr("Reversed")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        payment = row.entry
        paid = ", ".join(
            f"{a.invoice} {self.fmt.amount(a.amount)}" for a in row.allocations if not a.reversed
        )
        reversed_mark = " (" + self.tr("reversed") + ")" if row.reversed else ""
        return (
            self.fmt.day(payment.date),
            self.fmt.money(payment.amount, payment.currency) + reversed_mark,
            payment.method or "",
            payment.reference or "",
            paid,
            self.fmt.money(row.unapplied, payment.currency),
        )[index.column()]


class RefundDialog(QDialog):
    """Money paid back from the customer's unapplied payments."""

    def __init__(self, currency: str, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Refund"))
        self.language = ui_language()
        self.currency = currency
        self.form = FieldForm()
        self.amount = QLineEdit()
        self.form.add_field(
            "amount", self.tr("Amount paid back ({0})").format(currency), self.amount
        )
        self.day = QDateEdit(QDate(day.year, day.month, day.day))
        self.day.setCalendarPopup(True)
        self.form.add_field("day", self.tr("Paid on"), self.day)
        self.method = QComboBox()
        for method in PaymentMethod:
            self.method.addItem(method.value.replace("_", " "), method.value)
        self.form.add_field("method", self.tr("Method"), self.method)
        self.reference = QLineEdit()
        self.form.add_field("reference", self.tr("Bank reference"), self.reference)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def values(self) -> tuple[Decimal, date, PaymentMethod, str | None] | None:
        self.form.clear_errors()
        try:
            amount = Decimal(read_number(self.amount.text(), self.language))
        except ValueError as exc:
            self.form.show_error("amount", str(exc))
            return None
        day = date.fromisoformat(self.day.date().toString(Qt.DateFormat.ISODate))
        method = PaymentMethod(self.method.currentData())
        return amount, day, method, self.reference.text().strip() or None


class CustomerPayments(QWidget):
    changed = Signal()  # a payment was reversed or a refund recorded

    def __init__(
        self, store: StoreThread, session: bootstrap.CompanySession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.session = store, session
        self.customer: int | None = None
        self.currency = "EUR"
        self.model = PaymentsModel(Formatter(ui_language()))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Payments of the customer"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.reverse_button = QPushButton(self.tr("Re&verse payment…"))
        self.reverse_button.clicked.connect(self.reverse_clicked)
        self.refund_button = QPushButton(self.tr("Re&fund…"))
        self.refund_button.clicked.connect(self.refund_clicked)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Payments:")))
        buttons.addStretch(1)
        buttons.addWidget(self.reverse_button)
        buttons.addWidget(self.refund_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def show_customer(self, customer_id: int | None) -> None:
        if customer_id != self.customer:
            self.status.clear()
        self.customer = customer_id
        if customer_id is None:
            self.model.set_rows([])
            return
        context = self.session.context()
        self.store.submit(
            lambda: adjustments.list_payments(context, customer_id),
            self._loaded,
            self._failed,
            owner=self,
        )

    def _loaded(self, rows: list[PaymentRow]) -> None:
        self.model.set_rows(list(reversed(rows)))  # newest first
        if rows:
            self.currency = rows[-1].entry.currency

    def _selected_payment(self) -> PaymentRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def reverse_clicked(self) -> None:
        payment = self._selected_payment()
        if payment is None:
            self.status.setText(self.tr("Choose the payment to reverse."))
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Reverse payment"), self.tr("Why (e.g. returned by the bank)?")
        )
        if ok:
            self.reverse(payment.entry.id, reason)

    def reverse(self, payment_id: int, reason: str) -> None:
        context = self.session.context()
        day = today(context)
        self._run(
            lambda: adjustments.reverse_entry(context, payment_id, reason, day),
            self.tr("The payment was reversed; its invoices are open again."),
        )

    def refund_clicked(self) -> None:
        if self.customer is None:
            return
        dialog = RefundDialog(self.currency, today(self.session.context()), self)
        dialog.buttons.accepted.connect(lambda: self._refund_from(dialog))
        dialog.open()

    def _refund_from(self, dialog: RefundDialog) -> None:
        values = dialog.values()
        if values is None:
            return
        dialog.accept()
        self.refund(*values)

    def refund(
        self, amount: Decimal, day: date, method: PaymentMethod, reference: str | None
    ) -> None:
        if self.customer is None:
            return
        context, customer, currency = self.session.context(), self.customer, self.currency
        self._run(
            lambda: adjustments.record_refund(
                context,
                customer,
                amount,
                day,
                currency=currency,
                method=method,
                reference=reference,
            ),
            self.tr("Refund recorded."),
        )

    def _run(self, job: Any, done_text: str) -> None:
        """A reversal or refund: the pages showing receivables re-query on its broadcast."""

        def done(_result: Any) -> None:
            self.status.setText(done_text)
            self.show_customer(self.customer)

        self.store.run(job, done, self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Rejected):
            self.status.setText("; ".join(problem_text(found) for found in error.problems))
        else:
            self.status.setText(describe(error))
