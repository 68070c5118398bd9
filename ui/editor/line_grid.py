"""The line grid of the invoice editor: a table model over the presenter's lines and the
editors for its cells (product completion, unit and tax rate choosers).

The model holds no data of its own: it shows the presenter's typed lines and its evaluation
(net amounts, each cell's problem), and hands what is typed in a cell back as text; the
presenter reads it and records the change on its history."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QResizeEvent
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

from app.services.formatting import Formatter
from ui.common.labels import label_tr
from ui.common.problem_texts import problem_text
from ui.common.units import UNITS
from ui.editor.draft import LineDraft, Number, Unread
from ui.editor.presenter import EditorPresenter
from ui.editor.problems import (
    DESCRIPTION,
    DISCOUNT,
    NET,
    PRICE,
    QUANTITY,
    TAX,
    UNIT,
)

Index = QModelIndex | QPersistentModelIndex
__all__ = ["DESCRIPTION", "DISCOUNT", "NET", "PRICE", "QUANTITY", "TAX", "UNIT"]
PROBLEM_BRUSH = QBrush(QColor(220, 50, 47, 90))  # readable on light and dark
RIGHT = (QUANTITY, PRICE, DISCOUNT, NET)
# data() answers a screen's cells times every role, and flags() every cell: their constants once
TEXT_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole))
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE = READ_ONLY | Qt.ItemFlag.ItemIsEditable


class LinesModel(QAbstractTableModel):
    def __init__(
        self,
        presenter: EditorPresenter,
        edit: Callable[[int, int, str], bool],
        formatter: Formatter,
    ) -> None:
        super().__init__()
        self.presenter, self._edit, self.fmt = presenter, edit, formatter
        self._shown = len(presenter.state.lines)  # the row count the views know about
        self.headers = (
            self.tr("Description"),
            self.tr("Quantity"),
            self.tr("Unit"),
            self.tr("Unit price"),
            self.tr("Discount %"),
            self.tr("VAT"),
            self.tr("Net amount"),
        )
        self._keys: list[tuple[object, ...]] = []  # what each row shows: see _row_key
        self._texts: list[tuple[str, ...]] = []  # each row's cell texts, made when it changes
        self._remember()

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
        if not self.presenter.editable(index.row(), index.column()):
            return READ_ONLY  # computed, or allowances the grid cannot show as one percent
        return EDITABLE

    def refreshed(self) -> list[int] | None:
        """The draft changed (edit, undo, redo): show it and its new totals and problems. Only
        the rows whose line, net amount or problems changed are shown afresh (a repaint and the
        columns fitted to their contents cost more than the evaluation). Returns those rows;
        None when rows came or went (every row is then measured again)."""
        count, before = len(self.presenter.state.lines), self._shown
        if count > self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, count - 1)
            self._shown = count
            self.endInsertRows()
        elif count < self._shown:
            self.beginRemoveRows(QModelIndex(), count, self._shown - 1)
            self._shown = count
            self.endRemoveRows()
        changed = self._remember()
        for row in changed:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))
        return changed if count == before else None

    def _remember(self) -> list[int]:
        """Take the rows' keys and texts anew; returns the rows that changed."""
        keys = [self._row_key(row) for row in range(self._shown)]
        changed = [r for r, key in enumerate(keys) if r >= len(self._keys) or self._keys[r] != key]
        lines = self.presenter.state.lines
        texts = self._texts[: len(keys)]
        for row in changed:
            shown = tuple(self._text(row, lines[row], c) for c in range(len(self.headers)))
            if row < len(texts):
                texts[row] = shown
            else:
                texts.append(shown)
        self._keys, self._texts = keys, texts
        return changed

    def _row_key(self, row: int) -> tuple[object, ...]:
        """What a row shows: its line, its net amount and its cells' problems."""
        totals = self.presenter.evaluation.totals
        net = totals.lines[row].net if totals is not None and row < len(totals.lines) else None
        problems = tuple(self.presenter.cell_problem(row, c) for c in range(len(self.headers)))
        return self.presenter.state.lines[row], net, problems

    # -- showing ------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()  # -1 for an invalid index
        if not 0 <= row < self._shown:
            return None
        if role in TEXT_ROLES:
            return self._texts[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in RIGHT:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.BackgroundRole and self.presenter.cell_problem(row, column):
            return PROBLEM_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.problem(row, column)
        return None

    def problem(self, row: int, column: int) -> str | None:
        """The first problem of this cell (for the whole line: in the description cell)."""
        found = self.presenter.cell_problem(row, column)
        return None if found is None else problem_text(found)

    def _number(self, value: Number | None, *, money: bool = False) -> str:
        if value is None:
            return ""
        if isinstance(value, Unread):
            return value.text  # what the user typed; its problem is shown on the cell
        return self.fmt.amount(value) if money else self.fmt.number(value)

    def _text(self, row: int, line: LineDraft, column: int) -> str:
        if column == DESCRIPTION:
            return line.description
        if column == QUANTITY:
            return self._number(line.quantity)
        if column == PRICE:
            return self._number(line.unit_price, money=True)
        if column == UNIT:
            return line.unit or "C62"
        if column == DISCOUNT:
            if line.several_allowances:
                return self.tr("(several)")
            return self._number(line.discount)
        if column == TAX:
            return self.presenter.rate_name(line)
        totals = self.presenter.evaluation.totals
        if totals is not None and row < len(totals.lines):
            return self.fmt.amount(totals.lines[row].net)
        return ""

    # -- editing ------------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self._edit(index.row(), index.column(), str(value))


class LineDelegate(QStyledItemDelegate):
    """Cell editors: product names completed in the description, lists for unit and VAT."""

    def __init__(self, model: LinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = index.column()
        if column == DESCRIPTION:
            editor = QLineEdit(parent)
            names = QStringListModel([p.name for p in self.model.presenter.setup.products], editor)
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
                for rate in self.model.presenter.setup.tax_rates:
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
        self._widths: list[tuple[int, ...]] = []  # each row's cells' width hints

    def fit_columns(self, rows: Sequence[int] | None = None) -> None:
        """Every column but the description as wide as its contents, as ResizeToContents makes
        them: the larger of the header's size hint and the widest cell of the rows in view, plus
        the grid line (QTableView.sizeHintForColumn). Each cell's width is measured when its row
        changes (``rows``; None: every row), and a section is set only where its width changed.
        ResizeToContents laid every section out again, measuring every cell, on each change: as
        much again as all the rest of a recompute (docs/performance.md)."""
        if not self.isVisible():
            self._widths = []  # measured when shown (resizeEvent)
            return
        model, header = self.model(), self.horizontalHeader()
        count, columns = model.rowCount(), range(DESCRIPTION + 1, model.columnCount())
        if rows is None or len(self._widths) != count:
            rows, self._widths = range(count), [()] * count
        for row in rows:
            self._widths[row] = tuple(
                self.sizeHintForIndex(model.index(row, c)).width() if c in columns else 0
                for c in range(model.columnCount())
            )
        top = max(0, self.verticalHeader().visualIndexAt(0))
        bottom = self.verticalHeader().visualIndexAt(self.viewport().height())
        in_view = self._widths[top : count if bottom < 0 else bottom + 1]
        grid = 1 if self.showGrid() else 0
        for column in columns:
            cells = max((widths[column] for widths in in_view), default=0) + grid
            width = max(cells, header.sectionSizeHint(column))
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().height() != event.oldSize().height():
            self.fit_columns()  # the rows in view are the ones measured

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
