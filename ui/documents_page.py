"""Documents: the invoices, credit and debit notes of the file, with the PDF beside the list;
print the stored PDF, or open it in the system viewer.

The full invoice list of the desktop issue (virtual model over keyset-paged SQL, search,
filters) replaces the plain list here; the preview and printing stay.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import bootstrap
from app.services import exports, queries
from ui.messages import describe
from ui.pdf_view import PdfPreview, open_in_viewer, print_pdf
from ui.store_thread import StoreThread

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("number", "type", "customer_name", "issue_date", "currency", "tax_inclusive")


class DocumentsModel(QAbstractTableModel):
    """Read-only rows of document summaries, as the store thread returned them."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, Any]] = []
        self.headers = (
            self.tr("Number"),
            self.tr("Type"),
            self.tr("Customer"),
            self.tr("Date"),
            self.tr("Currency"),
            self.tr("Total"),
        )
        self.kinds = {
            "invoice": self.tr("Invoice"),
            "credit_note": self.tr("Credit note"),
            "debit_note": self.tr("Debit note"),
        }

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()]
        if key == "number":
            return row["number"] or self.tr("draft %1").replace("%1", str(row["id"]))
        if key == "type":
            return self.kinds.get(row["type"], row["type"])
        return row.get(key) or ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class DocumentsPage(QWidget):
    def __init__(
        self, store: StoreThread, session: bootstrap.CompanySession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.session = store, session
        self.model = DocumentsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Documents"))
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.preview = PdfPreview()
        self.status = QLabel()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.open_button = QPushButton(self.tr("&Open PDF"))
        refresh = QPushButton(self.tr("&Refresh"))
        self.print_button.clicked.connect(self._print_clicked)
        self.open_button.clicked.connect(self.open_current)
        refresh.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        for widget in (self.print_button, self.open_button, refresh):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.status)
        right_layout.addWidget(self.preview, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.pdf: bytes | None = None
        self.pdf_name = ""
        self._enable()
        self.refresh()

    def _enable(self) -> None:
        self.print_button.setEnabled(self.pdf is not None)
        self.open_button.setEnabled(self.pdf is not None)

    def refresh(self) -> None:
        context = self.session.context()
        self.store.submit(
            lambda: queries.list_documents(context), self._rows, self._failed, owner=self
        )

    def _rows(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.model.rows[current.row()]
        context = self.session.context()
        if row["number"]:
            name = f"{row['number']}.pdf"

            def job() -> bytes:
                return exports.document_pdf(context, row["number"]).data
        else:
            name = f"draft-{row['id']}.pdf"

            def job() -> bytes:
                return exports.draft_pdf(context, row["id"])

        self.status.setText(self.tr("Rendering…"))
        self.store.submit(job, lambda data: self._show(name, data), self._failed, owner=self)

    def _show(self, name: str, data: bytes) -> None:
        self.pdf, self.pdf_name = data, name
        self.status.setText(name)
        self.preview.show_pdf(data)
        self._enable()

    def _failed(self, error: BaseException) -> None:
        self.pdf = None
        self.preview.show_pdf(None)
        self.status.setText(describe(error))
        self._enable()

    def _print_clicked(self) -> None:
        self.print_current()

    def print_current(self, printer: QPrinter | None = None) -> int:
        """Print the PDF shown; with no printer given, ask with the system's print dialog."""
        if self.preview.pages is None:
            return 0
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0
        return print_pdf(self.preview.pages, printer)

    def open_current(self) -> None:
        if self.pdf is not None:
            open_in_viewer(self.pdf, self.pdf_name)
