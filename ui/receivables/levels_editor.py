"""The reminder levels as a table (days after the due date, title, fee, yearly interest)
instead of JSON; it reads and writes the JSON the ``dunning.levels`` setting stores, so the
service checks it like any other value."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

KEYS = ("days", "title", "fee", "interest_percent")


class LevelsEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(KEYS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Days after due"),
                self.tr("Title of the letter"),
                self.tr("Fee"),
                self.tr("Interest % a year"),
            ]
        )
        self.table.setAccessibleName(self.tr("Reminder levels"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        self.table.setMaximumHeight(160)
        add = QPushButton(self.tr("Add a level"))
        add.clicked.connect(self.add_level)
        remove = QPushButton(self.tr("Remove the level"))
        remove.clicked.connect(self.remove_level)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_level(self) -> None:
        rows = self.table.rowCount()
        last = self.table.item(rows - 1, 0) if rows else None
        days = int(last.text()) + 14 if last is not None and last.text().isdigit() else 7
        self._add_row({"days": days, "title": "", "fee": "0", "interest_percent": None})
        self.table.setCurrentCell(rows, 1)

    def remove_level(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _add_row(self, level: dict[str, Any]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, key in enumerate(KEYS):
            value = level.get(key)
            self.table.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))

    def setText(self, text: str) -> None:
        self.table.setRowCount(0)
        try:
            levels = json.loads(text) if text else []
        except json.JSONDecodeError:
            levels = []
        for level in levels if isinstance(levels, list) else []:
            self._add_row(level)
        for column in (0, 2, 3):
            self.table.resizeColumnToContents(column)

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def text(self) -> str:
        """The levels as the setting's JSON (what the page compares and saves)."""
        levels = []
        for row in range(self.table.rowCount()):
            days, title, fee, interest = (self._cell(row, c) for c in range(len(KEYS)))
            levels.append(
                {
                    "days": int(days) if days.isdigit() else days,
                    "title": title,
                    "fee": fee or "0",
                    "interest_percent": interest or None,
                }
            )
        return json.dumps(levels, indent=1, ensure_ascii=False)
