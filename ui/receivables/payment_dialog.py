"""Record a payment: the customer's open invoices, the amount allocated as the ledger will
allocate it (shown before anything is written), early-payment discount, small write-offs and
overpayment kept as credit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import bootstrap
from app.domain.receivables import PaymentMethod
from app.services.changes import Done
from app.services.errors import Rejected
from app.services.formatting import Formatter, read_number
from app.services.receivables import payments
from app.services.receivables.receivables_results import PaymentPlan
from ui.common.field_form import ERROR_STYLE, FieldForm
from ui.common.messages import describe
from ui.common.problem_texts import problem_text
from ui.common.store_thread import StoreThread
from ui.common.table_model import Index, ReadOnlyTableModel
from ui.common.translation import ui_language


class OpenItemsModel(ReadOnlyTableModel):
    def __init__(self, fmt: Formatter) -> None:
        super().__init__(())
        self.fmt = fmt
        self.allocated: dict[str, Decimal] = {}
        self.headers = (
            self.tr("Number"),
            self.tr("Due date"),
            self.tr("Amount due"),
            self.tr("Discount if paid on the day"),
            self.tr("This payment"),
        )

    def set_items(self, items: list[payments.OpenItem]) -> None:
        self.beginResetModel()
        self.rows = items
        self.endResetModel()

    def set_allocated(self, allocated: dict[str, Decimal]) -> None:
        self.allocated = allocated
        if self.rows:
            last = self.index(len(self.rows) - 1, len(self.headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item: payments.OpenItem = self.rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        money = partial(self.fmt.money, currency=item.currency)
        allocated = self.allocated.get(item.number)
        return (
            item.number,
            self.fmt.day(item.due_date),
            money(item.due),
            money(item.discount_if_paid_on) if item.discount_if_paid_on else "",
            money(allocated) if allocated else "",
        )[index.column()]


class PaymentDialog(QDialog):
    recorded = Signal(object)  # the PaymentPlan record_payment returned

    def __init__(
        self,
        store: StoreThread,
        session: bootstrap.CompanySession,
        customer_id: int,
        customer_name: str,
        *,
        invoice: str | None = None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a payment from {0}").format(customer_name))
        self.store, self.session, self.customer_id = store, session, customer_id
        self.language = ui_language()
        self.fmt = Formatter(self.language)
        self._preselect = invoice
        self.form = self._form(today)
        self.write_off = QCheckBox(self.tr("Write off a small difference that is left"))
        self.model = OpenItemsModel(self.fmt)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Open invoices"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        hint = QLabel(
            self.tr(
                "Select the invoices this payment is for; with none selected it pays the "
                "oldest due first."
            )
        )
        hint.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Where the payment goes"))
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.write_off)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(720, 520)
        self._planning = QTimer(self)
        self._planning.setSingleShot(True)
        self._planning.setInterval(250)
        self._planning.timeout.connect(self.plan)
        for signal in (
            self.amount.textChanged,
            self.day.dateChanged,
            self.write_off.toggled,
            self.table.selectionModel().selectionChanged,
        ):
            signal.connect(lambda *_a: self._planning.start())
        self.load()

    def _form(self, today: date) -> FieldForm:
        form = FieldForm()
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        form.add_field("day", self.tr("Received on"), self.day)
        self.amount = QLineEdit()
        form.add_field("amount", self.tr("Amount received"), self.amount)
        self.method = QComboBox()
        names = {
            PaymentMethod.BANK_TRANSFER: self.tr("Bank transfer"),
            PaymentMethod.CARD: self.tr("Card"),
            PaymentMethod.CASH: self.tr("Cash"),
            PaymentMethod.CHEQUE: self.tr("Cheque"),
            PaymentMethod.OTHER: self.tr("Other"),
        }
        for method, name in names.items():
            self.method.addItem(name, method.value)
        form.add_field("method", self.tr("Method"), self.method)
        self.reference = QLineEdit()
        form.add_field("reference", self.tr("Bank reference"), self.reference)
        return form

    # -- loading ------------------------------------------------------------------------------
    def load(self) -> None:
        context, customer, day = self.session.context(), self.customer_id, self._day()
        self.store.submit(
            lambda: payments.open_items(context, customer, day),
            self._loaded,
            self._failed,
            owner=self,
        )

    def _loaded(self, items: list[payments.OpenItem]) -> None:
        self.model.set_items(items)
        for row, item in enumerate(items):
            if item.number == self._preselect:
                self.table.selectRow(row)
                if not self.amount.text():
                    self.amount.setText(self.fmt.amount(item.due - item.discount_if_paid_on))
        if not items:
            self.outcome.setText(
                self.tr("Nothing is open: the whole amount will be kept as the customer's credit.")
            )

    # -- the payment --------------------------------------------------------------------------
    def _day(self) -> date:
        return date.fromisoformat(self.day.date().toString(Qt.DateFormat.ISODate))

    def payment_input(self) -> payments.PaymentInput | None:
        """The dialog as a PaymentInput; None (and the problem shown) when the amount is bad."""
        self.form.clear_errors()
        try:
            amount = Decimal(read_number(self.amount.text(), self.language))
        except ValueError as exc:
            self.form.show_error("amount", str(exc))
            return None
        selected = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return payments.PaymentInput(
            amount=amount,
            day=self._day(),
            invoices=tuple(self.model.rows[row].number for row in selected),
            customer_id=self.customer_id,
            method=PaymentMethod(self.method.currentData()),
            reference=self.reference.text().strip() or None,
            write_off_rest=self.write_off.isChecked(),
        )

    def plan(self) -> None:
        """Show where the payment would go, as the ledger will book it (nothing written)."""
        data = self.payment_input()
        if data is None:
            self.model.set_allocated({})
            self.outcome.clear()
            return
        context = self.session.context()
        self.store.submit(
            lambda: payments.preview_payment(context, data), self._planned, self._failed, owner=self
        )

    def _planned(self, result: PaymentPlan) -> None:
        self.message.clear()
        self.model.set_allocated({a.invoice: a.amount for a in result.allocations})
        currency = result.currency
        parts = [
            self.tr("{0} to {1}").format(self.fmt.money(a.amount, currency), a.invoice)
            for a in result.allocations
        ]
        parts += [
            self.tr("early-payment discount {0} on {1}").format(
                self.fmt.amount(d.amount), d.invoice
            )
            for d in result.discounts
        ]
        parts += [
            self.tr("{0} written off on {1}").format(self.fmt.amount(w.amount), w.invoice)
            for w in result.write_offs
        ]
        left = result.unapplied
        if left:
            parts.append(
                self.tr("{0} is more than is due and stays as the customer's credit").format(
                    self.fmt.money(left, currency)
                )
            )
        self.outcome.setText("; ".join(parts) + ("." if parts else ""))

    def record(self) -> None:
        data = self.payment_input()
        if data is None:
            return
        context = self.session.context()
        self.buttons.setEnabled(False)
        self.store.run(
            lambda: payments.record_payment(context, data), self._recorded, self._failed, owner=self
        )

    def _recorded(self, result: Done[PaymentPlan]) -> None:
        self.recorded.emit(result.value)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, Rejected):
            self.message.setText("; ".join(problem_text(found) for found in error.problems))
        else:
            self.message.setText(describe(error))
