"""Long work in steps: one store job per item, a progress dialog that can be cancelled, and the
result of every item. Between two steps the store thread serves the window's other requests,
so the list keeps scrolling while 500 PDFs are written; Cancel stops before the next item."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.services.changes import NOTHING, Changes, changes_of
from ui.common.messages import describe
from ui.common.store_thread import StoreThread


class BatchRunner(QObject):
    """Runs ``job(item)`` for each item on the store thread, one after another."""

    finished = Signal(list)  # [(item, None | error text)] for the items that were run

    def __init__(
        self,
        store: StoreThread,
        items: list[Any],
        job: Callable[[Any], Any],
        title: str,
        *,
        describe_item: Callable[[Any], str] = str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.items, self.job, self.describe_item = store, items, job, describe_item
        self.results: list[tuple[Any, str | None]] = []
        self.changes = NOTHING  # what the items changed, broadcast once at the end
        self.cancelled = False
        self.progress = QProgressDialog(title, self.tr("Cancel"), 0, len(items), parent)
        self.progress.setWindowModality(Qt.WindowModality.NonModal)  # the window stays usable
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.cancel)

    def start(self) -> None:
        self._next()

    def cancel(self) -> None:
        self.cancelled = True

    def _next(self) -> None:
        index = len(self.results)
        self.cancelled = self.cancelled or self.progress.wasCanceled()
        if self.cancelled or index >= len(self.items):
            self.progress.setValue(len(self.items))
            self.progress.close()
            self.store.announce(self.changes)
            self.finished.emit(self.results)
            return
        item = self.items[index]
        self.progress.setLabelText(self.describe_item(item))
        self.store.submit(
            lambda: self.job(item),
            lambda result: self._done(item, None, changes_of(result)),
            lambda error: self._done(item, describe(error)),
            owner=self,
        )

    def _done(self, item: Any, error: str | None, changes: Changes = NOTHING) -> None:
        self.changes |= changes
        self.results.append((item, error))
        self.progress.setValue(len(self.results))
        self._next()


def summary(results: list[tuple[Any, str | None]], total: int, done_text: str) -> str:
    """ "12 of 12 saved." / "10 of 12 sent; INV-7: refused recipient; ..." """
    ok = sum(1 for _item, error in results if error is None)
    failures = [f"{item}: {error}" for item, error in results if error is not None]
    text = f"{ok} of {total} {done_text}."
    if len(results) < total:
        text += f" Cancelled after {len(results)}."
    if failures:
        text += " " + "; ".join(failures)
    return text
