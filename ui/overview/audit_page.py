"""The audit log: every recorded change, newest first, a page at a time; the full entry of the
selected row; "Verify chain" recomputes every hash and names the first broken entry."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import bootstrap
from app.audit.chain import AuditEntry
from app.services.audit_log import AuditCheck, EntryPage, audit_page, verify_audit
from app.services.changes import Kind
from ui.common.messages import describe
from ui.common.ops import follow_changes
from ui.common.store_thread import StoreThread
from ui.common.table_model import ReadOnlyTableModel

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("seq", "time", "actor", "action", "entity")


def _entity(entry: AuditEntry) -> str:
    return f"{entry.entity_type} {entry.entity_id}"


def _cell(entry: AuditEntry, column: int) -> str:
    return (str(entry.seq), entry.time, entry.actor, entry.action, _entity(entry))[column]


class AuditModel(ReadOnlyTableModel):
    """Read-only pages of audit entries; ``fetch(before, done)`` loads the next page."""

    def __init__(self, fetch: Any) -> None:
        super().__init__(())
        self._fetch = fetch
        self._next: int | None = None
        self._loading = False
        self.broken: int | None = None  # sequence number of the first broken entry
        self.headers = (
            self.tr("No."),
            self.tr("Time"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Concerning"),
        )

    def reload(self) -> None:
        self.beginResetModel()
        self.rows, self._next, self._loading = [], None, True
        self.endResetModel()
        self._fetch(None, self._arrived)

    def _arrived(self, page: EntryPage) -> None:
        self._loading = False
        if page.entries:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.entries) - 1)
            self.rows += page.entries
            self.endInsertRows()
        self._next = page.next

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._next is not None and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._loading = True
            self._fetch(self._next, self._arrived)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: AuditEntry = self.rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and self.broken is not None:
            return QBrush(QColor("#f5b7b1")) if row.seq >= self.broken else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return _cell(row, index.column())

    def mark_broken(self, seq: int | None) -> None:
        self.broken = seq
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1)
            )


class AuditPage(QWidget):
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
        self.model = AuditModel(self._fetch)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("Entry"))
        self.result = QLabel(self.tr("Not verified in this session."))
        self.result.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("&Verify chain"))
        self.verify_button.clicked.connect(self.verify)
        top = QHBoxLayout()
        top.addWidget(self.verify_button)
        top.addWidget(self.result, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([420, 180])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.follower = follow_changes(self, store, (Kind.AUDIT,), self.refresh, stale=not autoload)
        if autoload:
            self.model.reload()

    def refresh(self) -> None:
        self.model.reload()

    def _fetch(self, before: int | None, done: Any) -> None:
        context = self.session.context()
        self.store.submit(lambda: audit_page(context, before), done, self._failed, owner=self)

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            row: AuditEntry = self.model.rows[current.row()]
            body = {
                "seq": row.seq,
                "time": row.time,
                "actor": row.actor,
                "action": row.action,
                "entity": _entity(row),
                "hash": row.hash,
                "payload": row.payload,
            }
            text = json.dumps(body, indent=2, ensure_ascii=False)
            self.detail.setPlainText(text)

    def verify(self) -> None:
        self.result.setText(self.tr("Verifying…"))
        self.verify_button.setEnabled(False)
        context = self.session.context()
        self.store.submit(lambda: verify_audit(context), self._verified, self._failed, owner=self)

    def _verified(self, result: AuditCheck) -> None:
        self.verify_button.setEnabled(True)
        broken = result.first_break
        if broken is None:
            self.model.mark_broken(None)
            self.result.setText(self.tr("The chain is intact: %n entries.", "", result.entries))
            return
        self.model.mark_broken(broken.seq)
        text = self.tr("BROKEN at entry %1: %2. Entries from there on cannot be trusted.")
        self.result.setText(text.replace("%1", str(broken.seq)).replace("%2", broken.reason))

    def _failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.result.setText(describe(error))
