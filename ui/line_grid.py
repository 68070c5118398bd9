"""The line grid of the invoice editor: a table model over the draft's lines and the editors
for its cells (product completion, unit and tax rate choosers).

The model holds no data of its own: it shows the editor's draft JSON and hands every change
back to the editor as ``{key: value}`` for one line, which the editor records on its undo
stack. Amounts shown are the domain's (the editor's last evaluation)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.domain.tax import TaxRate
from app.domain.totals import canonical_rate
from app.services.editing import EditorSetup, Evaluation, ProductChoice
from app.services.formatting import Formatter, read_number
from ui.labels import label_tr
from ui.problem_texts import problem_text

Index = QModelIndex | QPersistentModelIndex
LineChanges = dict[str, Any]  # key -> new value; None removes the key
DESCRIPTION, QUANTITY, UNIT, PRICE, DISCOUNT, TAX, NET = range(7)
NUMBER_KEYS = {QUANTITY: "quantity", PRICE: "unit_price"}
# the JSON paths whose problems each column shows
PROBLEM_KEYS = {
    DESCRIPTION: ("description", "item_id", "note"),
    QUANTITY: ("quantity",),
    UNIT: ("unit",),
    PRICE: ("unit_price", "price_base_quantity"),
    DISCOUNT: ("allowances", "charges"),
    TAX: ("tax_category", "tax_rate", "exemption_reason", "exemption_code"),
    NET: ("net_amount",),
}
UNITS = (
    ("C62", QT_TRANSLATE_NOOP("Labels", "piece")),
    ("HUR", QT_TRANSLATE_NOOP("Labels", "hour")),
    ("DAY", QT_TRANSLATE_NOOP("Labels", "day")),
    ("MON", QT_TRANSLATE_NOOP("Labels", "month")),
    ("ANN", QT_TRANSLATE_NOOP("Labels", "year")),
    ("KGM", QT_TRANSLATE_NOOP("Labels", "kilogram")),
    ("MTR", QT_TRANSLATE_NOOP("Labels", "metre")),
    ("MTK", QT_TRANSLATE_NOOP("Labels", "square metre")),
    ("LTR", QT_TRANSLATE_NOOP("Labels", "litre")),
    ("KMT", QT_TRANSLATE_NOOP("Labels", "kilometre")),
    ("SET", QT_TRANSLATE_NOOP("Labels", "set")),
    ("LS", QT_TRANSLATE_NOOP("Labels", "lump sum")),
)
PROBLEM_BRUSH = QBrush(QColor(220, 50, 47, 90))  # readable on light and dark


def rate_changes(rate: TaxRate) -> LineChanges:
    """The line fields a tax rate of the company's table sets."""
    return {
        "tax_category": rate.category.value,
        "tax_rate": None if rate.rate is None else str(rate.rate),
        "exemption_reason": rate.exemption_reason,
        "exemption_code": rate.exemption_code,
    }


def product_changes(product: ProductChoice, line: dict[str, Any]) -> LineChanges:
    """A chosen product fills the line in; a quantity already typed stays (else 1)."""
    changes: LineChanges = {
        "quantity": line.get("quantity") or "1",
        "description": product.description or product.name,
        "unit": product.unit,
        "unit_price": str(product.unit_price),
    }
    if product.rate is not None:
        changes.update(rate_changes(product.rate))
    return changes


def discount_of(line: dict[str, Any]) -> str | None:
    """The line's discount percent when it is the one percent allowance the grid edits."""
    allowances = line.get("allowances") or []
    if len(allowances) == 1 and allowances[0].get("percent") is not None:
        return str(allowances[0]["percent"])
    return None


class LinesModel(QAbstractTableModel):
    def __init__(
        self,
        lines: Callable[[], list[dict[str, Any]]],
        change: Callable[[int, LineChanges, str], None],
        setup: EditorSetup,
        formatter: Formatter,
        language: str,
    ) -> None:
        super().__init__()
        self._lines, self._change = lines, change
        self.setup, self.fmt, self.language = setup, formatter, language
        self.evaluation = Evaluation(None, {}, None)
        self._shown = len(lines())  # the row count the views know about
        self.headers = (
            self.tr("Description"),
            self.tr("Quantity"),
            self.tr("Unit"),
            self.tr("Unit price"),
            self.tr("Discount %"),
            self.tr("VAT"),
            self.tr("Net amount"),
        )

    # -- shape --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == NET or (
            index.column() == DISCOUNT
            and self._lines()[index.row()].get("allowances")
            and discount_of(self._lines()[index.row()]) is None
        ):
            return base  # computed, or allowances the grid cannot show as one percent
        return base | Qt.ItemFlag.ItemIsEditable

    def refreshed(self, evaluation: Evaluation) -> None:
        """The draft changed (edit, undo, redo): show it and its new totals and problems."""
        self.evaluation = evaluation
        count = len(self._lines())
        if count > self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, count - 1)
            self._shown = count
            self.endInsertRows()
        elif count < self._shown:
            self.beginRemoveRows(QModelIndex(), count, self._shown - 1)
            self._shown = count
            self.endRemoveRows()
        if count:  # rows may have moved (undo of a removal): every cell is shown afresh
            last = self.index(count - 1, len(self.headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- showing ------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        line, column = self._lines()[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(index.row(), line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (QUANTITY, PRICE, DISCOUNT, NET):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        problem = self.problem(index.row(), column)
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return PROBLEM_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem
        return None

    def problem(self, row: int, column: int) -> str | None:
        """The first problem of this cell (for the whole line: in the description cell)."""
        prefix = f"lines[{row}]"
        for path, found in self.evaluation.problems.items():
            message = problem_text(found)
            if path == prefix and column == DESCRIPTION:
                return message
            if (
                path.startswith(prefix + ".")
                and path[len(prefix) + 1 :].split(".")[0].split("[")[0] in PROBLEM_KEYS[column]
            ):
                return message
        return None

    def _number(self, value: Any, *, money: bool = False) -> str:
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            return str(value)  # what the user typed; its problem is shown on the cell
        return self.fmt.amount(number) if money else self.fmt.number(number)

    def _text(self, row: int, line: dict[str, Any], column: int) -> str:
        if column == DESCRIPTION:
            return str(line.get("description") or "")
        if column in NUMBER_KEYS:
            value = line.get(NUMBER_KEYS[column])
            return "" if value in (None, "") else self._number(value, money=column == PRICE)
        if column == UNIT:
            return str(line.get("unit") or "C62")
        if column == DISCOUNT:
            if line.get("allowances") and discount_of(line) is None:
                return self.tr("(several)")
            percent = discount_of(line)
            return "" if percent is None else self._number(percent)
        if column == TAX:
            return self.rate_name(line)
        totals = self.evaluation.totals
        if totals is not None and row < len(totals.lines):
            return self.fmt.amount(totals.lines[row].net)
        return ""

    def rate_name(self, line: dict[str, Any]) -> str:
        """The company's name for the line's tax, or its category and rate."""
        category, rate = line.get("tax_category"), line.get("tax_rate")
        for known in self.setup.tax_rates:
            if known.category.value != category:
                continue
            if (known.rate is None and rate in (None, "")) or (
                known.rate is not None and _same_rate(known.rate, rate)
            ):
                return known.name
        if category is None:
            return ""
        return f"{category} {rate} %" if rate not in (None, "") else str(category)

    # -- editing ------------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, column, text = index.row(), index.column(), str(value).strip()
        changes = self._changes(row, column, text)
        if changes is None:
            return False
        self._change(row, changes, self.headers[column])
        return True

    def _changes(self, row: int, column: int, text: str) -> LineChanges | None:
        line = self._lines()[row]
        if column == DESCRIPTION:
            product = self.product_named(text)
            if product is not None and line.get("description") != text:
                return product_changes(product, line)
            return {"description": text}
        if column in NUMBER_KEYS:
            return {NUMBER_KEYS[column]: self._read(text)}
        if column == UNIT:
            return {"unit": text.split(" ", maxsplit=1)[0].upper() or None}
        if column == DISCOUNT:
            if text in ("", "0"):
                return {"allowances": None}
            reason = self.tr("Discount")
            return {"allowances": [{"percent": self._read(text), "reason": reason}]}
        if column == TAX:
            rate = next((r for r in self.setup.tax_rates if r.name == text), None)
            return None if rate is None else rate_changes(rate)
        return None

    def _read(self, text: str) -> str | None:
        """A number typed the user's way, as the JSON keeps it; what cannot be read is kept as
        typed, so the cell shows the problem the domain reports for it."""
        if not text:
            return None
        try:
            return read_number(text, self.language)
        except ValueError:
            return text

    def product_named(self, text: str) -> ProductChoice | None:
        wanted = text.casefold()
        return next((p for p in self.setup.products if p.name.casefold() == wanted), None)


def _same_rate(known: Decimal, typed: Any) -> bool:
    try:
        return canonical_rate(known) == canonical_rate(Decimal(str(typed)))
    except InvalidOperation:
        return False


class LineDelegate(QStyledItemDelegate):
    """Cell editors: product names completed in the description, lists for unit and VAT."""

    def __init__(self, model: LinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = index.column()
        if column == DESCRIPTION:
            editor = QLineEdit(parent)
            names = QStringListModel([p.name for p in self.model.setup.products], editor)
            completer = QCompleter(names, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor.setCompleter(completer)
            return editor
        if column in (UNIT, TAX):
            combo = QComboBox(parent)
            if column == UNIT:
                combo.setEditable(True)
                for code, name in UNITS:
                    combo.addItem(f"{code} ({label_tr(name)})", code)
            else:
                for rate in self.model.setup.tax_rates:
                    combo.addItem(rate.name, rate.name)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QComboBox):
            found = editor.findData(text)
            if found >= 0:
                editor.setCurrentIndex(found)
            elif editor.isEditable():
                editor.setEditText(text)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            value = editor.currentData()
            if editor.isEditable() and editor.currentText() != editor.itemText(
                editor.currentIndex()
            ):
                value = editor.currentText()
            model.setData(index, value or "", Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class LineTable(QTableView):
    """Keyboard first: Tab past the last cell, or Enter on the last line, starts a new line."""

    def __init__(self, add_line: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._add_line = add_line
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(True)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        current = self.currentIndex()
        model = self.model()
        last_row, last_editable = model.rowCount() - 1, TAX
        forward = action == QAbstractItemView.CursorAction.MoveNext
        if forward and current.isValid() and current.column() >= last_editable:
            if current.row() >= last_row:
                self._add_line()
            return model.index(current.row() + 1, DESCRIPTION)
        return super().moveCursor(action, modifiers)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            self.state() != QAbstractItemView.State.EditingState
        ):
            current = self.currentIndex()
            if current.isValid() and current.row() == self.model().rowCount() - 1:
                self._add_line()
            row = current.row() + 1 if current.isValid() else 0
            self.setCurrentIndex(self.model().index(row, DESCRIPTION))
            return
        super().keyPressEvent(event)
