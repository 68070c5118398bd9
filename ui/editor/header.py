"""The editor's header: customer, currency, exchange rate, dates and references, each with its
problem under it. Widgets only: what they are set to goes to the presenter as typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.domain.parties import Customer
from app.services.formatting import Formatter
from ui.common.date_fields import NO_DATE
from ui.common.field_form import FieldForm
from ui.common.problem_texts import problem_text
from ui.editor.draft import DraftState, Unread
from ui.editor.presenter import EditorPresenter
from ui.editor.problems import Problems

CURRENCIES = ("EUR", "USD", "GBP", "CHF", "PLN", "CZK", "HUF", "SEK", "DKK", "NOK", "JPY")
TEXT_FIELDS = ("buyer_reference", "purchase_order", "payment_terms")
DATE_FIELDS = ("issue_date", "due_date", "delivery_date")


def customer_label(customer: Customer) -> str:
    city = customer.address.city
    return f"{customer.name} ({city})" if city else customer.name


class EditorHeader(QWidget):
    """Two columns of fields; ``edited(changed)`` follows every change handed to the presenter."""

    def __init__(
        self,
        presenter: EditorPresenter,
        edited: Callable[[bool], None],
        new_customer: Callable[[], None],
        formatter: Formatter,
    ) -> None:
        super().__init__()
        self.presenter, self._edited, self.fmt = presenter, edited, formatter
        self._loading = False
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        left, right = FieldForm(), FieldForm()
        self.forms = (left, right)
        self._customer_field(left, new_customer)
        self._currency_fields(left)
        self._dates(left, right)
        self._texts(right)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

    def _customer_field(self, form: FieldForm, new_customer: Callable[[], None]) -> None:
        self.customer = QComboBox()
        self.customer.setEditable(True)
        self.customer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.customer.addItem("", None)
        for customer in self.presenter.setup.customers:
            self.customer.addItem(customer_label(customer), customer.id)
        completer = self.customer.completer()
        if completer is not None:  # an editable combo box has one
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.customer.activated.connect(lambda _i: self._customer_chosen())
        line_edit(self.customer).editingFinished.connect(self._customer_chosen)
        button = QPushButton(self.tr("New…"))
        button.setAccessibleName(self.tr("New customer"))
        button.clicked.connect(new_customer)
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.customer, 1)
        row.addWidget(button)
        form.add_field("customer", self.tr("Customer"), row_widget)
        self.customer.setAccessibleName(self.tr("Customer"))

    def _currency_fields(self, form: FieldForm) -> None:
        accounting = self.presenter.setup.accounting_currency
        self.currency = QComboBox()
        self.currency.setEditable(True)
        for code in dict.fromkeys((accounting, *CURRENCIES)):
            self.currency.addItem(code)
        line_edit(self.currency).editingFinished.connect(self._currency_changed)
        self.currency.activated.connect(lambda _i: self._currency_changed())
        form.add_field("currency", self.tr("Currency"), self.currency)
        self.rate = QLineEdit()
        self.rate.setPlaceholderText(self.tr("units of {0} per 1 {1}").format(accounting, "…"))
        self.rate.editingFinished.connect(
            lambda: self._after(self.presenter.set_rate(self.rate.text()))
        )
        form.add_field("exchange_rate", self.tr("Exchange rate"), self.rate)

    def _dates(self, left: FieldForm, right: FieldForm) -> None:
        self.dates: dict[str, QDateEdit] = {}
        specials = {
            "issue_date": self.tr("the day of issue"),
            "due_date": self.tr("from the customer's terms"),
            "delivery_date": self.tr("none"),
        }
        labels = {
            "issue_date": self.tr("Issue date"),
            "due_date": self.tr("Due date"),
            "delivery_date": self.tr("Delivery date"),
        }
        for key in DATE_FIELDS:
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(specials[key])
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
            edit.editingFinished.connect(lambda key=key: self._date_changed(key))
            self.dates[key] = edit
            (left if key == "issue_date" else right).add_field(key, labels[key], edit)
        self.due_hint = QLabel()
        right.addRow("", self.due_hint)

    def _texts(self, form: FieldForm) -> None:
        self.texts: dict[str, QLineEdit] = {}
        labels = {
            "buyer_reference": self.tr("Buyer reference"),
            "purchase_order": self.tr("Order number"),
            "payment_terms": self.tr("Payment terms"),
        }
        for key in TEXT_FIELDS:
            text = QLineEdit()
            text.editingFinished.connect(lambda key=key: self._text_changed(key))
            self.texts[key] = text
            form.add_field(key, labels[key], text)

    # -- from the widgets ---------------------------------------------------------------------
    def _after(self, changed: bool) -> None:
        self._edited(changed)

    def _customer_chosen(self) -> None:
        if self._loading:
            return
        index = self.customer.findText(self.customer.currentText())
        customer_id = self.customer.itemData(index) if index >= 0 else None
        self._after(self.presenter.set_customer(customer_id))

    def _currency_changed(self) -> None:
        if not self._loading:
            self._after(self.presenter.set_currency(self.currency.currentText()))

    def _date_changed(self, key: str) -> None:
        value = self.dates[key].date()
        day = None if value == NO_DATE else date(value.year(), value.month(), value.day())
        self._after(self.presenter.set_date(key, day))

    def _text_changed(self, key: str) -> None:
        self._after(self.presenter.set_text(key, self.texts[key].text()))

    def add_customer(self, customer: Customer) -> None:
        self.customer.addItem(customer_label(customer), customer.id)

    # -- to the widgets -----------------------------------------------------------------------
    def load(self, state: DraftState) -> None:
        """Show the draft's header fields (after an edit, undo or redo)."""
        self._loading = True
        try:
            chosen = state.customer if isinstance(state.customer, int) else None
            self.customer.setCurrentIndex(max(self.customer.findData(chosen), 0))
            self.currency.setCurrentText(state.currency)
            self.rate.setEnabled(self.presenter.rate_enabled)
            rate = None if state.exchange_rate is None else state.exchange_rate.rate
            self.rate.setText(
                ""
                if rate is None
                else rate.text
                if isinstance(rate, Unread)
                else self.fmt.number(rate)
            )
            for key, edit in self.dates.items():
                day = state.day_of(key)
                shown = day if isinstance(day, date) else None
                edit.setDate(QDate(shown.year, shown.month, shown.day) if shown else NO_DATE)
            for key, text in self.texts.items():
                text.setText(state.text(key))
        finally:
            self._loading = False

    def show_problems(self, problems: Problems) -> None:
        for form in self.forms:
            form.clear_errors()
        for key, found in problems.header.items():
            any(form.show_error(key, problem_text(found)) for form in self.forms)
        due = self.presenter.due_hint
        self.due_hint.setText(self.tr("Due on {0}").format(self.fmt.day(due)) if due else "")


def line_edit(box: QComboBox) -> QLineEdit:
    """The text field of an editable combo box."""
    edit = box.lineEdit()
    if edit is None:
        raise ValueError("the combo box is not editable")
    return edit
