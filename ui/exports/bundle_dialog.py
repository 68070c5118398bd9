"""Choose the period of a new accountant's bundle: a month, a quarter, a year or any range."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from app.services.accountant.period import parse_period


class BundleDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Make an accountant's bundle"))
        last = today.replace(day=1).toordinal() - 1
        previous = date.fromordinal(last)  # a day of last month: the usual choice
        self.kind = QComboBox()
        for text in (self.tr("Month"), self.tr("Quarter"), self.tr("Year"), self.tr("Date range")):
            self.kind.addItem(text)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(previous.year)
        self.number = QSpinBox()
        self.number.setRange(1, 12)
        self.number.setValue(previous.month)
        self.start, self.end = QDateEdit(), QDateEdit()
        for edit, day in ((self.start, previous.replace(day=1)), (self.end, previous)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(day.year, day.month, day.day))
        self.correct = QCheckBox(self.tr("A correction: supersedes the bundle of this period"))
        self.note = QLabel(
            self.tr(
                "The bundle holds every document issued in the period (the stored PDF and"
                " e-invoice), the journal, invoice and payment lists, the ledger and, with"
                " DATEV numbers set, the DATEV batch. It is signed, kept and never changed,"
                " and queued for every active destination."
            )
        )
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Period"), self.kind)
        form.addRow(self.tr("Year"), self.year)
        self.number_label = QLabel(self.tr("Month"))
        form.addRow(self.number_label, self.number)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow(self.correct)
        form.addRow(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Make bundle"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed(0)

    def _kind_changed(self, kind: int) -> None:
        self.number.setVisible(kind in (0, 1))
        self.number_label.setVisible(kind in (0, 1))
        self.number_label.setText(self.tr("Month") if kind == 0 else self.tr("Quarter"))
        self.number.setMaximum(12 if kind == 0 else 4)
        self.year.setEnabled(kind != 3)
        self.start.setEnabled(kind == 3)
        self.end.setEnabled(kind == 3)

    def period(self) -> tuple[date, date]:
        kind, year = self.kind.currentIndex(), self.year.value()
        if kind == 0:
            return parse_period(f"{year}-{self.number.value():02d}")
        if kind == 1:
            return parse_period(f"{year}-Q{self.number.value()}")
        if kind == 2:
            return parse_period(str(year))
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]
