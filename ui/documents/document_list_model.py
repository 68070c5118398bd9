"""A read-only table model over the keyset-paged document list.

Rows arrive a page at a time from the store thread (``fetch``); Qt asks for more with
``canFetchMore``/``fetchMore`` as the view scrolls, so 100,000 documents never sit in memory at
once. A new search, filter or order starts a new generation: pages of an older one that arrive
late are dropped. Sorting by a column asks the database for that order (each has its own
covering index), never sorts the rows loaded so far.

Dates and totals are shown the way the window's language writes them ("24.11.2026",
"1.234,50"); ``CellTexts`` makes every cell's text where a page is read, on the store thread,
so painting a cell only looks its text up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from app.services.formatting import Formatter
from app.services.ports import DocumentPage, DocumentQuery, DocumentSummary
from ui.common.table_model import ReadOnlyTableModel

Index = QModelIndex | QPersistentModelIndex
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
# computed once: data() is asked for several roles of every cell the view paints or measures
ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ALIGNS = tuple(ALIGN_RIGHT if key in RIGHT else ALIGN_LEFT for key in COLUMNS)
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
# the list's order for each column (DocumentQuery.sort)
SORTS = ("number", "type", "status", "customer", "date", "due", "currency", "total")
DATE_COLUMN = SORTS.index("date")
CUSTOMER_COLUMN = SORTS.index("customer")


@dataclass(frozen=True)
class ShownPage:
    """A page of the list and the text of each of its rows' cells (one tuple per row, one
    text per column), made on the store thread."""

    page: DocumentPage
    texts: tuple[tuple[str, ...], ...]


Fetch = Callable[[DocumentQuery, Callable[[ShownPage], None]], None]


class CellTexts:
    """What every cell of a page's rows shows, made where the page is read, on the store
    thread: the window's words for types and states, dates and totals the way its language
    writes them. Painting a cell is then one lookup. The rows stay typed values for everything
    else (actions, the selection's sum)."""

    def __init__(self, fmt: Formatter, words: dict[str, str], draft: str) -> None:
        self.fmt, self.words, self.draft = fmt, dict(words), draft
        # every date written once: a company's documents fall on a few thousand days at most
        self.days: dict[date | None, str] = {None: ""}

    def __call__(self, page: DocumentPage) -> ShownPage:
        fmt, words, days, draft = self.fmt, self.words, self.days, self.draft

        def day(value: date | None) -> str:
            if value not in days:
                days[value] = fmt.day(value) if value else ""
            return days[value]

        texts = tuple(
            (
                row.number or draft.replace("%1", str(row.id)),
                words.get(row.type, row.type),
                words.get(row.status, row.status),
                row.customer_name or "",
                day(row.issue_date),
                day(row.due_date),
                row.currency or "",
                fmt.amount(row.tax_inclusive) if row.tax_inclusive is not None else "",
            )
            for row in page.rows
        )
        return ShownPage(page, texts)


class DocumentListModel(ReadOnlyTableModel):
    loaded = Signal()  # a page arrived

    def __init__(self, fetch: Fetch, fmt: Formatter, page_size: int = 200) -> None:
        """``fetch`` reads a page on the store thread and passes it through ``self.cell_texts``
        there."""
        super().__init__(())
        self.rows: list[DocumentSummary] = []
        self.texts: list[tuple[str, ...]] = []  # the cells' texts of each row
        self._fetch = fetch
        self.query = DocumentQuery(limit=page_size)
        self._next: tuple[Any, ...] | None = None
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
        self.cell_texts = CellTexts(fmt, self.words, self.tr("draft %1"))

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
        self.rows, self.texts, self._next, self._loading = [], [], None, False
        self.endResetModel()
        self._load()

    def _load(self) -> None:
        self._loading = True
        generation = self._generation
        query = replace(self.query, after=self._next)
        self._fetch(query, lambda page: self._arrived(generation, page))

    def _arrived(self, generation: int, shown: ShownPage) -> None:
        if generation != self._generation:
            return  # an answer to a search the user has typed past
        self._loading = False
        rows = shown.page.rows
        if rows:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self.rows += rows
            self.texts += shown.texts
            self.endInsertRows()
        self._next = shown.page.next
        self.loaded.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._next is not None and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load()

    # -- the table ----------------------------------------------------------------------------
    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # the cheapest checks first: views ask for seven roles of every cell they paint
        if role == DISPLAY:
            row = index.row()
            return self.texts[row][index.column()] if row >= 0 else None
        if role == ALIGNMENT and index.isValid():
            return ALIGNS[index.column()]
        return None
