"""A read-only table model over the keyset-paged document list.

Rows arrive a page at a time from the store thread (``fetch``); Qt asks for more with
``canFetchMore``/``fetchMore`` as the view scrolls, so 100,000 documents never sit in memory at
once. A new search, filter or order starts a new generation: pages of an older one that arrive
late are dropped. Sorting by a column asks the database for that order (each has its own
covering index), never sorts the rows loaded so far.

Dates and totals are shown the way the window's language writes them ("24.11.2026",
"1.234,50"); ``with_display_texts`` formats a page where it is read, on the store thread, so
painting a cell only looks its text up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from app.services.formatting import Formatter
from app.services.ports import DocumentQuery
from ui.table_model import ReadOnlyTableModel

Index = QModelIndex | QPersistentModelIndex
Page = dict[str, Any]
Fetch = Callable[[DocumentQuery, Callable[[Page], None]], None]
COLUMNS = (
    "number",
    "type",
    "status",
    "customer_name",
    "issue_date",
    "due_date",
    "currency",
    "tax_inclusive",
)
RIGHT = {"tax_inclusive"}
FORMATTED = ("issue_date", "due_date", "tax_inclusive")  # shown from row["shown"]
# computed once: data() is asked for every cell the view paints or measures
ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# the list's order for each column (DocumentQuery.sort)
SORTS = ("number", "type", "status", "customer", "date", "due", "currency", "total")
DATE_COLUMN = SORTS.index("date")


def with_display_texts(page: Page, fmt: Formatter) -> Page:
    """Add to each row of ``page`` its dates and total as ``fmt`` writes them (``row["shown"]``);
    the row's own values stay as they are (ISO dates, decimal strings) for everything else."""
    for row in page["rows"]:
        issued, due, total = row["issue_date"], row["due_date"], row["tax_inclusive"]
        row["shown"] = {
            "issue_date": fmt.day(date.fromisoformat(issued)) if issued else "",
            "due_date": fmt.day(date.fromisoformat(due)) if due else "",
            "tax_inclusive": fmt.amount(Decimal(total)) if total is not None else "",
        }
    return page


class DocumentListModel(ReadOnlyTableModel):
    loaded = Signal()  # a page arrived

    def __init__(self, fetch: Fetch, page_size: int = 200) -> None:
        super().__init__(())
        self._fetch = fetch
        self.query = DocumentQuery(limit=page_size)
        self._next: tuple[str, int] | None = None
        self._loading = False
        self._generation = 0
        self.headers = (
            self.tr("Number"),
            self.tr("Type"),
            self.tr("Status"),
            self.tr("Customer"),
            self.tr("Date"),
            self.tr("Due"),
            self.tr("Currency"),
            self.tr("Total"),
        )
        self.words = {
            "invoice": self.tr("Invoice"),
            "credit_note": self.tr("Credit note"),
            "debit_note": self.tr("Debit note"),
            "draft": self.tr("Draft"),
            "issued": self.tr("Issued"),
        }

    # -- loading ------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reload in the column's order: the database sorts, page by page."""
        ascending = order == Qt.SortOrder.AscendingOrder
        if (SORTS[column], ascending) == (self.query.sort, self.query.ascending):
            return
        if self._generation == 0:  # nothing asked for yet: the first load comes in this order
            self.query = replace(self.query, sort=SORTS[column], ascending=ascending)
        else:
            self.set_query(sort=SORTS[column], ascending=ascending)

    def set_query(self, **changes: Any) -> None:
        """Start over with another search or filter."""
        self.query = replace(self.query, **changes, after=None)
        self._generation += 1
        self.beginResetModel()
        self.rows, self._next, self._loading = [], None, False
        self.endResetModel()
        self._load()

    def _load(self) -> None:
        self._loading = True
        generation = self._generation
        query = replace(self.query, after=self._next)
        self._fetch(query, lambda page: self._arrived(generation, page))

    def _arrived(self, generation: int, page: Page) -> None:
        if generation != self._generation:
            return  # an answer to a search the user has typed past
        self._loading = False
        rows = page["rows"]
        if rows:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self.rows += rows
            self.endInsertRows()
        self._next = tuple(page["next"]) if page["next"] else None
        self.loaded.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._next is not None and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load()

    # -- the table ----------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if key in RIGHT else ALIGN_LEFT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        if key == "number":
            return row["number"] or self.tr("draft %1").replace("%1", str(row["id"]))
        if key in ("type", "status"):
            return self.words.get(row[key], row[key])
        if key in FORMATTED:
            return row["shown"][key]
        return row.get(key) or ""
