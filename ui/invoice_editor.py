"""The invoice editor: a draft (invoice, credit or debit note) as a form and a line grid, its
totals and problems live from the domain code, undo/redo, a DRAFT preview, save and issue.

The draft is kept as the draft JSON of docs/drafts.md (``self.data``). Every change is an undo
command holding the JSON before and after; applying one re-evaluates the draft with
``app.services.editing.evaluate`` (pure, no file access) and refreshes the widgets. Saving,
issuing and rendering the preview run on the store thread.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import bootstrap
from app.domain.documents import DocumentType, Totals
from app.domain.parties import Customer
from app.services import editing, issuing
from app.services.editing import EditorSetup, Evaluation
from app.services.errors import Rejected
from app.services.formatting import Formatter, read_number
from ui.field_form import ERROR_STYLE, FieldForm
from ui.line_grid import (
    DESCRIPTION,
    LineChanges,
    LineDelegate,
    LinesModel,
    LineTable,
    rate_changes,
)
from ui.messages import describe
from ui.new_customer_dialog import NewCustomerDialog
from ui.pdf_view import PdfPreview
from ui.problem_texts import problem_line, problem_text
from ui.store_thread import StoreThread
from ui.translation import ui_language

LINE_PATH = re.compile(r"lines\[(\d+)\]\.?(.*)")
NO_DATE = QDate(2000, 1, 1)  # shown as the special text of a date field: "not set"
CURRENCIES = ("EUR", "USD", "GBP", "CHF", "PLN", "CZK", "HUF", "SEK", "DKK", "NOK", "JPY")
TEXT_FIELDS = ("buyer_reference", "purchase_order", "payment_terms")
DATE_FIELDS = ("issue_date", "due_date", "delivery_date")


class DraftEdit(QUndoCommand):
    """One change of the draft: the whole JSON before and after (drafts are small)."""

    def __init__(
        self, editor: InvoiceEditor, before: dict[str, Any], after: dict[str, Any], text: str
    ) -> None:
        super().__init__(text)
        self.editor, self.before, self.after = editor, before, after

    def redo(self) -> None:
        self.editor.apply(self.after)

    def undo(self) -> None:
        self.editor.apply(self.before)


class InvoiceEditor(QMainWindow):
    saved = Signal(int)  # the draft's id
    issued = Signal(str)  # the number it was issued with

    def __init__(
        self,
        store: StoreThread,
        session: bootstrap.CompanySession,
        setup: EditorSetup,
        *,
        document_id: int | None = None,
        doc_type: DocumentType = DocumentType.INVOICE,
        data: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.session, self.setup = store, session, setup
        self.document_id, self.doc_type = document_id, doc_type
        self.data: dict[str, Any] = data or {
            "currency": setup.accounting_currency,
            "lines": [new_line(setup)],
        }
        self.data.setdefault("lines", [])
        self.customers: dict[int, Customer] = {c.id: c for c in setup.customers if c.id}
        self.language = ui_language()
        self.fmt = Formatter(self.language)
        self.evaluation = Evaluation(None, {}, None)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(lambda _clean: self._title())
        self._loading = False
        self._close_after_save = False
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(700)
        self.preview_timer.timeout.connect(self.refresh_preview)
        self.model = LinesModel(
            lambda: self.data["lines"], self.change_line, setup, self.fmt, self.language
        )
        splitter = QSplitter()
        splitter.addWidget(self._form_side())
        splitter.addWidget(self._preview_side())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 500])
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self._build_actions()
        self.resize(1280, 820)
        self.apply(self.data)
        self._title()

    # -- building -----------------------------------------------------------------------------
    def _form_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.addLayout(self._header())
        layout.addWidget(self._grid(), 1)
        layout.addWidget(self.lines_problem)
        layout.addLayout(self._bottom())
        layout.addLayout(self._buttons())
        return side

    def _header(self) -> QHBoxLayout:
        columns = QHBoxLayout()
        left, right = FieldForm(), FieldForm()
        self.forms = (left, right)
        self.customer = QComboBox()
        self.customer.setEditable(True)
        self.customer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.customer.addItem("", None)
        for customer in self.setup.customers:
            self.customer.addItem(self._customer_label(customer), customer.id)
        completer = self.customer.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.customer.activated.connect(lambda _i: self._customer_chosen())
        _line_edit(self.customer).editingFinished.connect(self._customer_chosen)
        new_customer = QPushButton(self.tr("New…"))
        new_customer.setAccessibleName(self.tr("New customer"))
        new_customer.clicked.connect(self.new_customer)
        customer_row = QWidget()
        row = QHBoxLayout(customer_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.customer, 1)
        row.addWidget(new_customer)
        left.add_field("customer", self.tr("Customer"), customer_row)
        self.customer.setAccessibleName(self.tr("Customer"))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        for code in dict.fromkeys((self.setup.accounting_currency, *CURRENCIES)):
            self.currency.addItem(code)
        _line_edit(self.currency).editingFinished.connect(self._currency_changed)
        self.currency.activated.connect(lambda _i: self._currency_changed())
        left.add_field("currency", self.tr("Currency"), self.currency)
        self.rate = QLineEdit()
        self.rate.setPlaceholderText(
            self.tr("units of {0} per 1 {1}").format(self.setup.accounting_currency, "…")
        )
        self.rate.editingFinished.connect(self._rate_changed)
        left.add_field("exchange_rate", self.tr("Exchange rate"), self.rate)
        self._header_dates_and_texts(left, right)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        return columns

    def _header_dates_and_texts(self, left: FieldForm, right: FieldForm) -> None:
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
        self.texts: dict[str, QLineEdit] = {}
        text_labels = {
            "buyer_reference": self.tr("Buyer reference"),
            "purchase_order": self.tr("Order number"),
            "payment_terms": self.tr("Payment terms"),
        }
        for key in TEXT_FIELDS:
            text = QLineEdit()
            text.editingFinished.connect(lambda key=key: self._text_changed(key))
            self.texts[key] = text
            right.add_field(key, text_labels[key], text)

    def _grid(self) -> LineTable:
        self.table = LineTable(self.add_line)
        self.table.setModel(self.model)
        self.table.setItemDelegate(LineDelegate(self.model, self.table))
        self.table.setAccessibleName(self.tr("Lines"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.lines_problem = QLabel()
        self.lines_problem.setStyleSheet(ERROR_STYLE)
        self.lines_problem.setWordWrap(True)
        return self.table

    def _bottom(self) -> QHBoxLayout:
        bottom = QHBoxLayout()
        notes = QVBoxLayout()
        notes.addWidget(QLabel(self.tr("Note on the document:")))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note on the document"))
        self.note.setMaximumHeight(80)
        self.note.setTabChangesFocus(True)
        self.note_timer = QTimer(self)
        self.note_timer.setSingleShot(True)
        self.note_timer.setInterval(600)
        self.note_timer.timeout.connect(self._note_changed)
        self.note.textChanged.connect(lambda: None if self._loading else self.note_timer.start())
        notes.addWidget(self.note)
        self.problems = QLabel()
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.setWordWrap(True)
        notes.addWidget(self.problems)
        bottom.addLayout(notes, 1)
        self.totals = QLabel()
        self.totals.setAccessibleName(self.tr("Totals"))
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        bottom.addWidget(self.totals)
        return bottom

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons.addWidget(self.status, 1)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save_clicked)
        self.issue_button = QPushButton(self.tr("&Issue…"))
        self.issue_button.clicked.connect(self.issue)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.issue_button)
        return buttons

    def _preview_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        self.preview_status = QLabel(self.tr("Preview (DRAFT, no number)"))
        self.preview_status.setWordWrap(True)
        self.preview = PdfPreview()
        layout.addWidget(self.preview_status)
        layout.addWidget(self.preview, 1)
        return side

    def _build_actions(self) -> None:
        toolbar = self.addToolBar(self.tr("Draft"))
        toolbar.setObjectName("editor-toolbar")
        save = QAction(self.tr("Save"), self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(self.save_clicked)
        issue = QAction(self.tr("Issue…"), self)
        issue.setShortcut(QKeySequence("Ctrl+Shift+I"))
        issue.triggered.connect(self.issue)
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        add = QAction(self.tr("Add line"), self)
        add.setShortcut(QKeySequence("Ctrl+Ins"))
        add.triggered.connect(self.add_line)
        remove = QAction(self.tr("Remove line"), self)
        remove.setShortcut(QKeySequence("Ctrl+Del"))
        remove.triggered.connect(self.remove_line)
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        self.actions_by_name = {
            "save": save,
            "issue": issue,
            "undo": undo,
            "redo": redo,
            "add": add,
            "remove": remove,
            "close": close,
        }
        for action in (save, issue, None, undo, redo, None, add, remove, None, close):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)

    # -- the draft ----------------------------------------------------------------------------
    def _customer_label(self, customer: Customer) -> str:
        city = customer.address.city
        return f"{customer.name} ({city})" if city else customer.name

    def edit(self, change: Callable[[dict[str, Any]], None], text: str) -> None:
        """Record one change of the draft on the undo stack (nothing if it changes nothing)."""
        if self._loading:
            return
        after = copy.deepcopy(self.data)
        change(after)
        if after != self.data:
            self.undo_stack.push(DraftEdit(self, copy.deepcopy(self.data), after, text))

    def apply(self, data: dict[str, Any]) -> None:
        """Show ``data`` (after an edit, undo or redo) and re-evaluate it."""
        self.data = copy.deepcopy(data)
        self._loading = True
        try:
            self._load_header()
        finally:
            self._loading = False
        customer_id = _customer_id(self.data)
        customer = None if customer_id is None else self.customers.get(customer_id)
        self.evaluation = editing.evaluate(self.data, self.doc_type, self.setup, customer)
        self.model.refreshed(self.evaluation)
        self._show_evaluation()
        self.preview_timer.start()

    def _load_header(self) -> None:
        data = self.data
        found = self.customer.findData(_customer_id(data))
        self.customer.setCurrentIndex(max(found, 0))
        self.currency.setCurrentText(str(data.get("currency") or ""))
        foreign = data.get("currency") != self.setup.accounting_currency
        self.rate.setEnabled(foreign or bool(data.get("exchange_rate")))
        rate = (data.get("exchange_rate") or {}).get("rate")
        number = _decimal_or_none(rate)
        self.rate.setText(str(rate or "") if number is None else self.fmt.number(number))
        for key, edit in self.dates.items():
            value = data.get(key)
            try:
                day = date.fromisoformat(value) if value else None
            except ValueError:
                day = None
            edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        for key, text in self.texts.items():
            text.setText(str(data.get(key) or ""))
        if self.note.toPlainText() != (data.get("note") or ""):
            self.note.setPlainText(str(data.get("note") or ""))

    def _show_evaluation(self) -> None:
        evaluation = self.evaluation
        for form in self.forms:
            form.clear_errors()
        rest: list[str] = []
        lines_problem = ""
        for path, found in evaluation.problems.items():
            message = problem_text(found)
            key = path.split(".")[0].split("[")[0]
            if key == "lines" and path == "lines":
                lines_problem = message
            elif key == "lines":
                continue  # shown on its cell
            elif not any(form.show_error(key, message) for form in self.forms):
                rest.append(problem_line(found))
        self.lines_problem.setText(lines_problem)
        self.lines_problem.setVisible(bool(lines_problem))
        self.problems.setText("\n".join(rest))
        count = len(evaluation.problems)
        self.issue_button.setToolTip(
            self.tr("Ready to issue.")
            if not count
            else self.tr("%n problem(s) stop the issue.", "", count)
        )
        due = evaluation.due_date
        self.due_hint.setText(
            self.tr("Due on {0}").format(self.fmt.day(due))
            if due and not self.data.get("due_date")
            else ""
        )
        self.totals.setText(self._totals_html(evaluation.totals))

    def _totals_html(self, totals: Totals | None) -> str:
        if totals is None:
            return self.tr("<i>Totals appear when every line can be computed.</i>")
        money = partial(self.fmt.money, currency=totals.currency)
        rows = [(self.tr("Sum of lines"), money(totals.line_total))]
        if totals.allowance_total:
            rows.append((self.tr("Allowances"), money(-totals.allowance_total)))
        if totals.charge_total:
            rows.append((self.tr("Charges"), money(totals.charge_total)))
        for group in totals.vat_breakdown:
            rate = "" if group.rate is None else self.fmt.percent(group.rate)
            label = self.tr("VAT {rate} on {base}").format(
                rate=rate, base=self.fmt.amount(group.taxable)
            )
            if group.rate is None:
                label = self.tr("{category} on {base}").format(
                    category=group.category.value, base=self.fmt.amount(group.taxable)
                )
            rows.append((label, money(group.tax)))
        total, amount_due = self.tr("Total"), self.tr("Amount due")  # lupdate skips f-strings
        rows.append((f"<b>{total}</b>", f"<b>{money(totals.tax_inclusive)}</b>"))
        if totals.prepaid or totals.rounding:
            rows.append((f"<b>{amount_due}</b>", f"<b>{money(totals.payable)}</b>"))
        cells = "".join(
            f"<tr><td>{label}</td><td align='right'>&nbsp;&nbsp;{value}</td></tr>"
            for label, value in rows
        )
        return f"<table>{cells}</table>"

    # -- changes from the widgets -------------------------------------------------------------
    def change_line(self, row: int, changes: LineChanges, what: str) -> None:
        def change(data: dict[str, Any]) -> None:
            line = data["lines"][row]
            for key, value in changes.items():
                if value is None:
                    line.pop(key, None)
                else:
                    line[key] = value

        self.edit(change, self.tr("Change {0} of line {1}").format(what, row + 1))

    def add_line(self) -> None:
        line = new_line(self.setup)
        self.edit(lambda data: data["lines"].append(line), self.tr("Add line"))

    def remove_line(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0 or row >= len(self.data["lines"]):
            return
        self.edit(lambda data: data["lines"].pop(row), self.tr("Remove line {0}").format(row + 1))

    def _set(self, key: str, value: Any, text: str) -> None:
        def change(data: dict[str, Any]) -> None:
            if value in (None, ""):
                data.pop(key, None)
            else:
                data[key] = value

        self.edit(change, text)

    def _customer_chosen(self) -> None:
        if self._loading:
            return
        index = self.customer.findText(self.customer.currentText())
        customer_id = self.customer.itemData(index) if index >= 0 else None
        self._set(
            "customer",
            None if customer_id is None else str(customer_id),
            self.tr("Choose customer"),
        )

    def _currency_changed(self) -> None:
        code = self.currency.currentText().strip().upper()
        self._set("currency", code, self.tr("Change currency"))

    def _rate_changed(self) -> None:
        text = self.rate.text().strip()
        if not text:
            self._set("exchange_rate", None, self.tr("Remove exchange rate"))
            return
        try:
            rate: str = read_number(text, self.language)
        except ValueError:
            rate = text  # kept as typed: the problem shows under the field
        self._set(
            "exchange_rate",
            {"rate": rate, "date": self.setup.today.isoformat(), "source": self.tr("entered")},
            self.tr("Change exchange rate"),
        )

    def _date_changed(self, key: str) -> None:
        value = self.dates[key].date()
        text = None if value == NO_DATE else value.toString(Qt.DateFormat.ISODate)
        self._set(key, text, self.tr("Change date"))

    def _text_changed(self, key: str) -> None:
        self._set(key, self.texts[key].text().strip(), self.tr("Change text"))

    def _note_changed(self) -> None:
        self._set("note", self.note.toPlainText().strip(), self.tr("Change note"))

    def new_customer(self) -> None:
        dialog = NewCustomerDialog(
            self.store,
            self.session,
            self._customer_created,
            self.setup.seller.address.country,
            self,
        )
        dialog.open()

    def _customer_created(self, customer: Customer) -> None:
        assert customer.id is not None
        self.customers[customer.id] = customer
        self.customer.addItem(self._customer_label(customer), customer.id)
        self._set("customer", str(customer.id), self.tr("New customer"))

    # -- store work ---------------------------------------------------------------------------
    def _title(self) -> None:
        kind = {
            DocumentType.INVOICE: self.tr("Invoice"),
            DocumentType.CREDIT_NOTE: self.tr("Credit note"),
            DocumentType.DEBIT_NOTE: self.tr("Debit note"),
        }[self.doc_type]
        name = (
            self.tr("new draft")
            if self.document_id is None
            else self.tr("draft {0}").format(self.document_id)
        )
        dirty = "" if self.undo_stack.isClean() and self.document_id is not None else " *"
        self.setWindowTitle(f"{kind} — {name}{dirty} — Invoice Desk")

    def save_clicked(self) -> None:
        """Save from a button or shortcut (their ``checked`` argument is not a callback)."""
        self.save()

    def save(self, then: Callable[[int], object] | None = None) -> None:
        self.note_timer.stop()
        self._note_changed()
        context, data = self.session.context(), without_blank_lines(self.data)
        document_id, doc_type = self.document_id, self.doc_type
        self.status.setText(self.tr("Saving…"))

        def done(saved: editing.Saved) -> None:
            saved_id = self.document_id = saved.document_id
            self.undo_stack.setClean()
            self._title()
            self.status.setText(self.tr("Saved."))
            self.saved.emit(saved_id)
            if then is not None:
                then(saved_id)

        self.store.run(
            lambda: editing.save_draft(context, document_id, data, doc_type),
            done,
            self._failed,
            owner=self,
        )

    def issue(self) -> None:
        if self.evaluation.problems:
            self.status.setText(self.tr("Not ready: fix the problems marked in red first."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Issue the document?"),
            self.tr(
                "Issuing gives the document the next number of its series and stores its PDF "
                "and e-invoice. An issued document can never be changed or deleted; mistakes "
                "are corrected with a credit note.\n\nIssue it now?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        context = self.session.context()

        def issue_saved(document_id: int) -> None:
            self.status.setText(self.tr("Issuing…"))
            self.store.run(
                lambda: issuing.issue_document(context, document_id),
                self._issued,
                self._failed,
                owner=self,
            )

        self.save(then=issue_saved)

    def _issued(self, result: issuing.Issued) -> None:
        number = result.number
        self.status.setText(self.tr("Issued as {0}.").format(number))
        self.issued.emit(number)
        self.undo_stack.setClean()
        self.close()

    def _failed(self, error: BaseException) -> None:
        self._close_after_save = False
        if isinstance(error, Rejected):
            lines = "; ".join(problem_line(found) for found in error.problems)
            self.status.setText(self.tr("Not done: {0}").format(lines))
        else:
            self.status.setText(describe(error))

    def refresh_preview(self) -> None:
        if not self.data.get("customer") or self.evaluation.totals is None:
            self.preview_status.setText(
                self.tr("The preview appears once a customer is chosen and the lines add up.")
            )
            return
        context, data, doc_type = (
            self.session.context(),
            without_blank_lines(self.data),
            self.doc_type,
        )
        self.store.submit(
            lambda: editing.preview_pdf(context, data, doc_type),
            self._show_preview,
            self._preview_failed,
            owner=self,
        )

    def _show_preview(self, pdf: bytes) -> None:
        self.preview_status.setText(self.tr("Preview (DRAFT, no number)"))
        self.preview.show_pdf(pdf)

    def _preview_failed(self, error: BaseException) -> None:
        if isinstance(error, Rejected):
            self.preview_status.setText("; ".join(problem_text(found) for found in error.problems))
        else:
            self.preview_status.setText(describe(error))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.undo_stack.isClean() or self._close_after_save:
            super().closeEvent(event)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this draft before closing?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self.undo_stack.setClean()
            super().closeEvent(event)
        elif answer == QMessageBox.StandardButton.Save:
            event.ignore()
            self._close_after_save = True
            self.save(then=lambda _id: self.close())
        else:
            event.ignore()


def _line_edit(box: QComboBox) -> QLineEdit:
    """The text field of an editable combo box."""
    edit = box.lineEdit()
    assert edit is not None, "the combo box is not editable"
    return edit


def _decimal_or_none(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _customer_id(data: dict[str, Any]) -> int | None:
    value = str(data.get("customer") or "")
    return int(value) if value.isdigit() else None


def new_line(setup: EditorSetup) -> dict[str, Any]:
    """A new line: one piece at the company's standard rate, until the user says otherwise."""
    line: dict[str, Any] = {"quantity": "1", "unit": "C62"}
    rate = next((r for r in setup.tax_rates if r.name == "standard"), None)
    if rate is not None:
        line.update({k: v for k, v in rate_changes(rate).items() if v is not None})
    return line


def without_blank_lines(data: dict[str, Any]) -> dict[str, Any]:
    """The draft to store: lines nothing was typed into yet are left out."""
    kept = copy.deepcopy(data)
    kept["lines"] = [line for line in kept.get("lines", []) if not _blank(line)]
    return kept


def _blank(line: dict[str, Any]) -> bool:
    return not any(line.get(key) for key in ("description", "unit_price"))


def open_editor(
    store: StoreThread,
    session: bootstrap.CompanySession,
    parent: QWidget,
    *,
    document_id: int | None = None,
    doc_type: DocumentType = DocumentType.INVOICE,
    shown: Callable[[InvoiceEditor], None] | None = None,
    failed: Callable[[BaseException], None] | None = None,
) -> None:
    """Load what the editor needs on the store thread, then open it (a stored draft, or new)."""
    context = session.context()

    def load() -> tuple[EditorSetup, DocumentType, dict[str, Any] | None]:
        setup = editing.editor_setup(context)
        if document_id is None:
            return setup, doc_type, None
        stored_type, data = editing.draft_for_editing(context, document_id)
        return setup, stored_type, data

    def show(loaded: tuple[EditorSetup, DocumentType, dict[str, Any] | None]) -> None:
        setup, kind, data = loaded
        editor = InvoiceEditor(
            store, session, setup, document_id=document_id, doc_type=kind, data=data, parent=parent
        )
        editor.setWindowFlag(Qt.WindowType.Window, True)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        editor.show()
        if shown is not None:
            shown(editor)

    store.submit(load, show, failed, owner=parent)
