"""Documents: every invoice, credit and debit note of the file in a list that loads page by
page as it scrolls, searched as you type and filtered; the PDF beside it, printed from the
stored bytes or opened in the system viewer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
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
from app.domain.lifecycle import Action
from app.services.changes import Kind
from app.services.documents import queries, stored_files
from app.services.formatting import Formatter
from app.services.parties import customers
from app.services.ports import DocumentQuery, DocumentSummary
from ui.common.batch import BatchRunner
from ui.common.date_fields import NO_DATE
from ui.common.messages import describe
from ui.common.ops import follow_changes
from ui.common.pdf_view import PdfPreview, open_in_viewer, print_pdf
from ui.common.store_thread import StoreThread
from ui.common.translation import ui_language
from ui.documents.document_actions import DocumentActions
from ui.documents.document_list_model import DATE_COLUMN, DocumentListModel, ShownPage

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from ui.editor.window import InvoiceEditor


class DocumentsPage(QWidget):
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
        self.fmt = Formatter(ui_language())  # dates and amounts the window's way
        self.model = DocumentListModel(self._fetch, self.fmt)
        self.pdf: bytes | None = None
        self.pdf_name = ""
        self.editors: list[InvoiceEditor] = []
        self.document_actions = DocumentActions(self)
        self.last_dialog: QDialog | None = None
        self.batch: BatchRunner | None = None
        self._customers_due = False  # reload the customer filter's choices after the next page
        self.last_import = ""  # the report of the last e-invoice imported
        self.splitter = QSplitter()
        self.splitter.addWidget(self._list_side())
        self.splitter.addWidget(self._preview_side())
        self.splitter.setStretchFactor(0, 3)  # the list gets most of a wider window
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 340])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._enable()
        self.follower = follow_changes(
            self,
            store,
            (Kind.DOCUMENTS, Kind.RECEIVABLES, Kind.PARTIES),
            self.refresh,
            stale=not autoload,
        )
        if autoload:
            self.refresh()

    def _list_side(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search number, customer, reference, amount, text"))
        self.search.setAccessibleName(self.tr("Search documents"))
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show"))
        for key, label in (
            ("all", self.tr("All documents")),
            ("draft", self.tr("Drafts")),
            ("issued", self.tr("Issued")),
            ("unpaid", self.tr("Unpaid")),
            ("overdue", self.tr("Overdue")),
            ("paid", self.tr("Paid")),
            ("credited", self.tr("Credited")),
            ("disputed", self.tr("Disputed")),
        ):
            self.filter.addItem(label, key)
        self._typing = QTimer(self)  # search 150 ms after the last key, not on every key
        self._typing.setSingleShot(True)
        self._typing.setInterval(150)
        self._typing.timeout.connect(self._search_changed)
        self.search.textChanged.connect(lambda _text: self._typing.start())
        self.filter.currentIndexChanged.connect(lambda _index: self._search_changed())
        self._range_and_customer()
        self._build_table()
        new = QPushButton(self.tr("&New invoice"))
        new.clicked.connect(lambda: self.open_editor(None))
        self.edit_button = QPushButton(self.tr("&Edit draft"))
        self.edit_button.clicked.connect(self.edit_current)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)  # the page's own margin is enough: room for columns
        tools = QHBoxLayout()
        tools.addWidget(new)
        tools.addWidget(self.edit_button)
        tools.addWidget(self.search, 1)
        tools.addWidget(self.filter)
        layout.addLayout(tools)
        narrow = QHBoxLayout()
        for widget in (
            QLabel(self.tr("Issued from")),
            self.start,
            QLabel(self.tr("to")),
            self.end,
            self.customer,
        ):
            narrow.addWidget(widget)
        narrow.addStretch(1)
        layout.addLayout(narrow)
        layout.addWidget(self.table, 1)
        self.status = QLabel()  # what the last action did (kept while the list reloads)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Result"))
        self.selection_sum = QLabel()
        self.selection_sum.setAccessibleName(self.tr("Sum of the selection"))
        layout.addWidget(self.selection_sum)
        layout.addWidget(self.status)
        return side

    def _preview_side(self) -> QWidget:
        self.preview = PdfPreview()
        self.preview_label = QLabel()  # the PDF shown, or why none is
        self.print_button = QPushButton(self.tr("&Print…"))
        self.open_button = QPushButton(self.tr("&Open PDF"))
        refresh = QPushButton(self.tr("&Refresh"))
        self.print_button.clicked.connect(self.print_clicked)
        self.open_button.clicked.connect(self.open_current)
        refresh.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        for widget in (self.print_button, self.open_button, refresh):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 1)
        return side

    def _fit_columns(self) -> None:
        """Size the columns to the first page shown, once: not on every keystroke of a search
        (measuring 200 rows costs more than the search) and never over widths the user
        dragged or that were restored."""
        if self.table.property("columns_restored") or not self.model.rows:
            return
        self.table.resizeColumnsToContents()
        self.table.setProperty("columns_restored", True)

    def selected_rows(self) -> list[DocumentSummary]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.rows[row] for row in rows if row < len(self.model.rows)]

    def _show_sum(self) -> None:
        rows = self.selected_rows()
        self.selection_sum.setText(self.selection_text(rows) if len(rows) > 1 else "")

    def selection_text(self, rows: list[DocumentSummary]) -> str:
        """ "3 selected: €1,234.00 + US$10.00" (the issued ones' totals per currency, credit
        notes negative: ``queries.selection_total``)."""
        totals = queries.selection_total(rows).items()
        money = " + ".join(self.fmt.money(amount, currency) for currency, amount in totals)
        count = self.tr("%n selected", "", len(rows))
        return f"{count}: {money}" if money else count

    def done(self, message: str) -> None:
        """An action finished: say so (the list re-queries on the change it broadcast)."""
        self.status.setText(message)

    def failed(self, error: BaseException) -> None:
        self.status.setText(describe(error))

    def _current_row(self) -> DocumentSummary | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _enable(self) -> None:
        row = self._current_row()
        self.edit_button.setEnabled(row is not None and row.allows(Action.EDIT))
        self.print_button.setEnabled(self.pdf is not None)
        self.open_button.setEnabled(self.pdf is not None)

    def refresh(self) -> None:
        """The list as it is now, then the customer filter's choices: after the first page, so
        the rows come first (at start-up every store job ahead of them delays them)."""
        self._customers_due = True
        self._search_changed()

    def _page_arrived(self) -> None:
        if self._customers_due:
            self._customers_due = False
            self._load_customers()

    def open_editor(self, document_id: int | None) -> None:
        """The invoice editor for a draft (or a new invoice); the list follows its changes."""

        def shown(editor: InvoiceEditor) -> None:
            self.editors.append(editor)
            editor.issued.connect(self._issued)  # the list re-queries on the broadcast
            editor.destroyed.connect(lambda: self._forget(editor))

        self.status.setText(self.tr("Opening the editor…"))
        from ui.editor.window import open_editor  # the editor's modules load when first used

        open_editor(
            self.store,
            self.session,
            self,
            document_id=document_id,
            shown=shown,
            failed=self.failed,
        )

    def _forget(self, editor: InvoiceEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def _issued(self, number: str) -> None:
        self.status.setText(self.tr("Issued as {0}.").format(number))

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.rows[index.row()]
        if row.allows(Action.EDIT):
            self.open_editor(row.id)

    def edit_current(self) -> None:
        row = self._current_row()
        if row is not None and row.allows(Action.EDIT):
            self.open_editor(row.id)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.document_actions.show_menu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(40)  # fit the columns to 40 rows, not all 200
        # a click on a column header sorts by it (in the database, page by page); the header's
        # saved state brings the last order back with the column widths
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(DATE_COLUMN, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self.model.sort)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Documents"))
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_sum())
        self.model.loaded.connect(self._fit_columns)
        self.model.loaded.connect(self._page_arrived)
        self.table.activated.connect(self._activated)

    def _range_and_customer(self) -> None:
        """Issue date range (either end open) and one customer, to narrow any search."""
        self.start, self.end = QDateEdit(), QDateEdit()
        for edit, name in (
            (self.start, self.tr("Issued from")),
            (self.end, self.tr("Issued up to")),
        ):
            edit.setCalendarPopup(True)
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(self.tr("any day"))
            edit.setDate(NO_DATE)
            edit.setAccessibleName(name)
            edit.dateChanged.connect(lambda _d: self._search_changed())
        self.customer = QComboBox()
        self.customer.setAccessibleName(self.tr("Customer"))
        self.customer.addItem(self.tr("All customers"), None)
        self.customer.currentIndexChanged.connect(lambda _i: self._search_changed())

    def _load_customers(self) -> None:
        context = self.session.context()
        self.store.submit(
            lambda: customers.list_customers(context),
            self._customers_loaded,
            self.failed,
            owner=self,
        )

    def _customers_loaded(self, found: list[Any]) -> None:
        chosen = self.customer.currentData()
        self.customer.blockSignals(True)
        self.customer.clear()
        self.customer.addItem(self.tr("All customers"), None)
        for item in found:
            self.customer.addItem(item.name, item.id)
        self.customer.setCurrentIndex(max(0, self.customer.findData(chosen)))
        self.customer.blockSignals(False)

    def _day(self, edit: QDateEdit) -> date | None:
        if edit.date() == NO_DATE:
            return None
        return date.fromisoformat(edit.date().toString(Qt.DateFormat.ISODate))

    def _search_changed(self) -> None:
        self.model.set_query(
            search=self.search.text() or None,
            filter=self.filter.currentData(),
            start=self._day(self.start),
            end=self._day(self.end),
            customer_id=self.customer.currentData(),
        )

    def _fetch(self, query: DocumentQuery, done: Callable[[ShownPage], None]) -> None:
        context, cell_texts = self.session.context(), self.model.cell_texts
        self.store.submit(
            lambda: cell_texts(queries.document_page(context, query)),
            done,
            self.failed,
            owner=self,
        )

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self._enable()
        row = self.model.rows[current.row()]
        context = self.session.context()
        number = row.number if row.allows(Action.PRINT) else None
        if number is not None:  # the PDF frozen at issue
            name = f"{number}.pdf"

            def job() -> bytes:
                return stored_files.document_pdf(context, number).data
        else:
            name = f"draft-{row.id}.pdf"

            def job() -> bytes:
                return stored_files.draft_pdf(context, row.id)

        self.preview_label.setText(self.tr("Rendering…"))
        self.store.submit(job, lambda data: self._show(name, data), self._failed, owner=self)

    def _show(self, name: str, data: bytes) -> None:
        self.pdf, self.pdf_name = data, name
        self.preview_label.setText(name)
        self.preview.show_pdf(data)
        self._enable()

    def _failed(self, error: BaseException) -> None:
        self.pdf = None
        self.preview.show_pdf(None)
        self.preview_label.setText(describe(error))
        self._enable()

    def print_clicked(self) -> None:
        self.print_current()

    def print_current(self, printer: QPrinter | None = None) -> int:
        """Print the PDF shown; with no printer given, ask with the system's print dialog."""
        if self.preview.pages is None:
            return 0
        if printer is None:
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter

            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0
        return print_pdf(self.preview.pages, printer)

    def open_current(self) -> None:
        if self.pdf is not None:
            open_in_viewer(self.pdf, self.pdf_name)
