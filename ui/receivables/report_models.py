"""The reports page's tables: the aging by customer and the reminders due, as read-only
models over the typed reports, and the small widgets both tabs use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QHeaderView, QTableView

from app.services.receivables.receivables_results import AgingLine, AgingReport, Reminder
from ui.common.table_model import Index, ReadOnlyTableModel


def parse_buckets(text: str) -> tuple[int, ...]:
    """ "30, 60, 90" -> (30, 60, 90); raises ValueError naming what is wrong."""
    parts = [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p]
    if not parts or not all(p.isdigit() for p in parts):
        raise ValueError(f"{text!r}: give the bucket limits in days, e.g. 30, 60, 90")
    bounds = tuple(int(p) for p in parts)
    if list(bounds) != sorted(set(bounds)) or bounds[0] == 0:
        raise ValueError(f"{text!r}: the limits must grow, e.g. 30, 60, 90")
    return bounds


def _aging_cells(line: AgingLine) -> tuple[str, ...]:
    """A customer's row of the aging table: name, currency, buckets, total, credit, balance."""
    amounts = (*line.amounts, line.total, line.credit, line.balance)
    return (line.name or "", line.currency, *(str(amount) for amount in amounts))


class AgingModel(ReadOnlyTableModel):
    def __init__(self) -> None:
        super().__init__(())
        self.report: AgingReport | None = None
        self.rows: list[AgingLine] = []

    def set_report(self, report: AgingReport) -> None:
        self.beginResetModel()
        self.report = report
        self.headers = (
            self.tr("Customer"),
            self.tr("Currency"),
            *report.buckets,
            self.tr("Total"),
            self.tr("Credit"),
            self.tr("Balance"),
        )
        self.rows = list(report.customers)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return _aging_cells(self.rows[index.row()])[index.column()]


@dataclass(frozen=True)
class ReminderRow:
    """A reminder due, with its customer's name."""

    reminder: Reminder
    customer_name: str

    def cells(self) -> tuple[str, ...]:
        r = self.reminder
        return (
            r.invoice,
            self.customer_name,
            r.due_date.isoformat(),
            str(r.days_overdue),
            r.title,
            str(r.amount_due),
            str(r.fee),
        )


class RemindersModel(ReadOnlyTableModel):
    def __init__(self) -> None:
        super().__init__(())
        self.headers = (
            self.tr("Invoice"),
            self.tr("Customer"),
            self.tr("Due date"),
            self.tr("Days overdue"),
            self.tr("Reminder"),
            self.tr("Amount due"),
            self.tr("Fee"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row: ReminderRow = self.rows[index.row()]
        return row.cells()[index.column()]


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    return edit


def as_date(edit: QDateEdit) -> date:
    return date.fromisoformat(edit.date().toString(Qt.DateFormat.ISODate))


def report_table(model: ReadOnlyTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view
