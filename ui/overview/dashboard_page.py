"""The dashboard: open receivables, overdue, issued this month, who owes most, the aging
buckets as bars, and whether the audit chain verifies."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import bootstrap
from app.services.audit_log import AuditCheck, verify_audit
from app.services.changes import Kind
from app.services.formatting import Formatter
from app.services.receivables.dashboard import Dashboard, Exports, dashboard
from ui.common.messages import describe
from ui.common.ops import follow_changes
from ui.common.store_thread import StoreThread


class AgingBars(QWidget):
    """One bar per bucket, its height the amount; drawn with QPainter in the palette's colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buckets: list[tuple[str, Decimal, str]] = []  # label, amount, amount as text
        self.setMinimumHeight(180)
        self.setAccessibleName(self.tr("Aging of receivables"))

    def set_buckets(self, buckets: list[tuple[str, Decimal, str]]) -> None:
        self.buckets = buckets
        self.setAccessibleDescription(", ".join(f"{b[0]}: {b[2]}" for b in buckets))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.buckets:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        highest = max((b[1] for b in self.buckets), default=Decimal(0)) or Decimal(1)
        width = self.width() / len(self.buckets)
        chart = self.height() - 44
        for index, (label, amount, shown) in enumerate(self.buckets):
            height = float(amount / highest) * chart
            x = index * width + width * 0.2
            color = palette.color(QPalette.ColorRole.Highlight) if index == 0 else QColor("#c0392b")
            painter.fillRect(QRectF(x, 20 + chart - height, width * 0.6, height), color)
            painter.setPen(text)
            painter.drawText(
                QRectF(index * width, 0, width, 18), Qt.AlignmentFlag.AlignCenter, shown
            )
            painter.drawText(
                QRectF(index * width, self.height() - 22, width, 20),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )
        painter.end()


def _figure(title: str) -> tuple[QGroupBox, QLabel, QLabel]:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    value = QLabel("…")
    value.setObjectName("figure")
    font = value.font()
    font.setPointSizeF(font.pointSizeF() * 1.8)
    font.setBold(True)
    value.setFont(font)
    detail = QLabel()
    layout.addWidget(value)
    layout.addWidget(detail)
    return box, value, detail


class DashboardPage(QWidget):
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
        self.data: Dashboard | None = None
        grid = QGridLayout(self)
        boxes = [
            _figure(self.tr("Open receivables")),
            _figure(self.tr("Overdue")),
            _figure(self.tr("Issued this month")),
        ]
        (self.open_box, self.open_value, self.open_detail) = boxes[0]
        (self.overdue_box, self.overdue_value, self.overdue_detail) = boxes[1]
        (self.month_box, self.month_value, self.month_detail) = boxes[2]
        for column, (box, _, _) in enumerate(boxes):
            grid.addWidget(box, 0, column)
        aging = QGroupBox(self.tr("Aging (days past due)"))
        self.bars = AgingBars()
        QVBoxLayout(aging).addWidget(self.bars)
        grid.addWidget(aging, 1, 0, 1, 2)
        top = QGroupBox(self.tr("Owing most"))
        self.top = QLabel()
        self.top.setTextFormat(Qt.TextFormat.PlainText)
        self.top.setAlignment(Qt.AlignmentFlag.AlignTop)
        QVBoxLayout(top).addWidget(self.top)
        grid.addWidget(top, 1, 2)
        state = QGroupBox(self.tr("State"))
        state_layout = QVBoxLayout(state)
        self.chain = QLabel(self.tr("Audit chain: not checked yet"))
        self.exports = QLabel(self.tr("Accountant's bundle: none sent yet"))
        self.verify_button = QPushButton(self.tr("&Verify audit chain"))
        self.verify_button.clicked.connect(self.verify)
        for widget in (self.chain, self.exports, self.verify_button):
            state_layout.addWidget(widget)
        grid.addWidget(state, 2, 0, 1, 3)
        grid.setRowStretch(3, 1)
        self.follower = follow_changes(
            self,
            store,
            (Kind.DOCUMENTS, Kind.RECEIVABLES, Kind.BUNDLES, Kind.AUDIT),
            self.refresh,
            stale=not autoload,
        )
        if autoload:
            self.refresh()

    def refresh(self) -> None:
        context = self.session.context()
        self.store.submit(lambda: dashboard(context), self._show, self._failed, owner=self)

    def _show(self, data: Dashboard) -> None:
        self.data = data
        fmt = Formatter("en" if self.locale().name().startswith("en") else self.locale().name()[:2])
        cur = data.currency
        self.open_value.setText(fmt.money(data.open_total, cur))
        self.overdue_value.setText(fmt.money(data.overdue_total, cur))
        self.overdue_detail.setText(self.tr("%n document(s)", "", data.overdue_documents))
        self.month_value.setText(fmt.money(data.issued_total, cur))
        self.month_detail.setText(self.tr("%n document(s)", "", data.issued_count))
        lines = [f"{c.name}: {fmt.money(c.owed, cur)}" for c in data.top_customers]
        self.top.setText("\n".join(lines) or self.tr("Nobody owes anything."))
        self.exports.setText(self._exports_text(data.exports))
        self.bars.set_buckets(
            [(bucket, amount, fmt.amount(amount)) for bucket, amount in data.aging]
        )

    def _exports_text(self, exports: Exports) -> str:
        last = exports.last
        if last is None:
            return self.tr("Accountant's bundle: none made yet (Exports)")
        text = self.tr("Accountant's bundle {n}: {start} to {end}; delivered {ok}, waiting {wait}")
        text = text.format(
            n=last.sequence,
            start=last.period_from.isoformat(),
            end=last.period_to.isoformat(),
            ok=exports.delivered,
            wait=exports.pending,
        )
        if exports.attention:
            text += self.tr("; NEEDS ATTENTION: {n}").format(n=exports.attention)
        return text

    def verify(self) -> None:
        self.chain.setText(self.tr("Audit chain: verifying…"))
        context = self.session.context()
        self.store.submit(lambda: verify_audit(context), self._verified, self._failed, owner=self)

    def _verified(self, result: AuditCheck) -> None:
        broken = result.first_break
        if broken is None:
            text = self.tr("Audit chain: intact, %n entries", "", result.entries)
        else:
            text = self.tr("Audit chain: BROKEN at entry %1: %2")
            text = text.replace("%1", str(broken.seq)).replace("%2", broken.reason)
        self.chain.setText(text)

    def _failed(self, error: BaseException) -> None:
        self.chain.setText(describe(error))
