"""The editor's totals box: the presenter's rows of values, worded and formatted."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.services.formatting import Formatter
from ui.editor.presenter import TotalKind, TotalRow


class TotalsLabel(QLabel):
    def __init__(self, formatter: Formatter) -> None:
        super().__init__()
        self.fmt = formatter
        self.setAccessibleName(self.tr("Totals"))
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

    def show_rows(self, rows: tuple[TotalRow, ...] | None, currency: str) -> None:
        """The totals as a two-column table; a hint while the lines cannot be computed."""
        if rows is None:
            self.setText(self.tr("<i>Totals appear when every line can be computed.</i>"))
            return
        cells = "".join(
            f"<tr><td>{label}</td><td align='right'>&nbsp;&nbsp;{value}</td></tr>"
            for label, value in (self._row(row, currency) for row in rows)
        )
        self.setText(f"<table>{cells}</table>")

    def _row(self, row: TotalRow, currency: str) -> tuple[str, str]:
        value = self.fmt.money(row.amount, currency=currency)
        if row.kind is TotalKind.VAT:
            base = self.fmt.amount(row.base if row.base is not None else Decimal(0))
            if row.rate is None:
                label = self.tr("{category} on {base}").format(category=row.category, base=base)
            else:
                label = self.tr("VAT {rate} on {base}").format(
                    rate=self.fmt.percent(row.rate), base=base
                )
            return label, value
        total, amount_due = self.tr("Total"), self.tr("Amount due")  # lupdate skips f-strings
        labels = {
            TotalKind.LINES: self.tr("Sum of lines"),
            TotalKind.ALLOWANCES: self.tr("Allowances"),
            TotalKind.CHARGES: self.tr("Charges"),
            TotalKind.TOTAL: f"<b>{total}</b>",
            TotalKind.DUE: f"<b>{amount_due}</b>",
        }
        bold = row.kind in (TotalKind.TOTAL, TotalKind.DUE)
        return labels[row.kind], f"<b>{value}</b>" if bold else value
