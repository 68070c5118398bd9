"""Products: a list searched as you type and the form to add or change one. A product fills
an invoice line in (description, unit, price and the tax rate valid on the day)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from app.domain.parties import Product
from app.services.changes import Done, Kind
from app.services.errors import Rejected
from app.services.formatting import Formatter, read_number
from app.services.parties import customers
from ui.common.field_form import FieldForm
from ui.common.labels import label_tr
from ui.common.messages import describe
from ui.common.ops import follow_changes
from ui.common.problem_texts import problem_text
from ui.common.store_thread import StoreThread
from ui.common.table_model import Index, ReadOnlyTableModel
from ui.common.translation import ui_language
from ui.common.units import UNITS


class ProductsModel(ReadOnlyTableModel):
    def __init__(self, fmt: Formatter) -> None:
        super().__init__(())
        self.fmt = fmt
        self.headers = (self.tr("Name"), self.tr("Unit"), self.tr("Price"), self.tr("VAT"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        p: Product = self.rows[index.row()]
        return (p.name, p.unit, self.fmt.amount(p.unit_price), p.tax_rate_name)[index.column()]


class ProductsPage(QWidget):
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
        self.language = ui_language()
        self.current: int | None = None
        self.model = ProductsModel(Formatter(self.language))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        splitter = QSplitter()
        splitter.addWidget(self._list_side())
        splitter.addWidget(self._form_side())
        splitter.setSizes([460, 560])
        QVBoxLayout(self).addWidget(splitter)
        self.follower = follow_changes(
            self, store, (Kind.PRODUCTS, Kind.SETTINGS), self.refresh, stale=not autoload
        )
        if autoload:
            self.refresh()

    def _list_side(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search products"))
        self.search.setAccessibleName(self.tr("Search products"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Products"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        new = QPushButton(self.tr("&New product"))
        new.clicked.connect(self.new_product)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(new)
        return side

    def _form_side(self) -> QWidget:
        self.form = FieldForm()
        self.name = QLineEdit()
        self.form.add_field("name", self.tr("Name"), self.name)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("printed on the invoice instead of the name"))
        self.form.add_field("description", self.tr("Description"), self.description)
        self.unit = QComboBox()
        self.unit.setEditable(True)
        for code, name in UNITS:
            self.unit.addItem(f"{code} ({label_tr(name)})", code)
        self.form.add_field("unit", self.tr("Unit"), self.unit)
        self.price = QLineEdit()
        self.form.add_field("price", self.tr("Price (net)"), self.price)
        self.tax = QComboBox()
        self.form.add_field("tax", self.tr("VAT rate"), self.tax)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.addLayout(self.form)
        layout.addLayout(row)
        layout.addStretch(1)
        return side

    # -- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        context = self.session.context()

        def load() -> tuple[list[Product], list[str]]:
            return customers.list_products(context), customers.tax_rate_names(context)

        self.store.submit(load, self._loaded, self._failed, owner=self)

    def _loaded(self, loaded: tuple[list[Product], list[str]]) -> None:
        products, rates = loaded
        self.model.set_rows(products)
        chosen = self.tax.currentText()
        self.tax.clear()
        self.tax.addItems(rates)
        if chosen:
            self.tax.setCurrentText(chosen)

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        product: Product = self.model.rows[self.proxy.mapToSource(current).row()]
        self.current = product.id
        self.name.setText(product.name)
        self.description.setText(product.description or "")
        found = self.unit.findData(product.unit)
        if found >= 0:
            self.unit.setCurrentIndex(found)
        else:
            self.unit.setEditText(product.unit)
        self.price.setText(self.model.fmt.amount(product.unit_price))
        self.tax.setCurrentText(product.tax_rate_name)
        self.form.clear_errors()
        self.message.clear()

    # -- editing ------------------------------------------------------------------------------
    def new_product(self) -> None:
        self.current = None
        self.table.clearSelection()
        for edit in (self.name, self.description, self.price):
            edit.clear()
        self.unit.setCurrentIndex(0)
        self.form.clear_errors()
        self.message.clear()
        self.name.setFocus()

    def save(self) -> None:
        self.form.clear_errors()
        self.message.clear()
        try:
            price = read_number(self.price.text(), self.language)
        except ValueError as exc:
            self.form.show_error("price", str(exc))
            return
        unit = (
            self.unit.currentData()
            if self.unit.currentText() == self.unit.itemText(self.unit.currentIndex())
            else self.unit.currentText().split(" ", maxsplit=1)[0]
        )
        fields: dict[str, Any] = {  # keyword arguments of add_product and edit_product
            "name": self.name.text(),
            "unit": str(unit or ""),
            "unit_price": price,
            "tax_rate_name": self.tax.currentText(),
            "description": self.description.text() or None,
        }
        context, product_id = self.session.context(), self.current

        def job() -> Done[int]:
            if product_id is None:
                return customers.add_product(context, **fields)
            edited = customers.edit_product(context, product_id, **fields)
            return Done(product_id, edited.changes)

        self.store.run(job, self._saved, self._save_failed, owner=self)

    def _saved(self, saved: Done[int]) -> None:
        self.current = saved.value
        self.message.setText(self.tr("Saved."))

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, Rejected):
            for found in error.problems:
                message = problem_text(found)
                if not self.form.show_error(found.field.lstrip("-"), message):
                    self.message.setText(message)
        else:
            self.message.setText(describe(error))

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe(error))
