"""Pages follow the "what changed" broadcast: each re-queries when a committed use case touched
what it shows, at once when it is visible, otherwise when it is next shown.

Mutations go through ``StoreThread.run`` (which broadcasts ``changed``); a page calls
``follow_changes`` once with the kinds of data it shows and the method that re-queries them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from app.services.changes import Changes, Kind
from ui.store_thread import StoreThread


class ChangeFollower(QObject):
    """Keeps one page current: stale until first shown, and again after a change it shows."""

    def __init__(
        self,
        page: QWidget,
        store: StoreThread,
        kinds: tuple[Kind, ...],
        refresh: Callable[[], object],
        stale: bool = True,
    ) -> None:
        super().__init__(page)
        self.page = page
        self.kinds = kinds
        self.refresh = refresh
        self.stale = stale
        store.changed.connect(self._changed)
        page.installEventFilter(self)

    def _changed(self, changes: Changes) -> None:
        if not changes.touches(*self.kinds):
            return
        if self.page.isVisible():
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def mark_stale(self) -> None:
        """Re-query when next shown (or now, when visible)."""
        if self.page.isVisible():
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.refresh()
        return False


def follow_changes(
    page: QWidget,
    store: StoreThread,
    kinds: tuple[Kind, ...],
    refresh: Callable[[], object],
    stale: bool = True,
) -> ChangeFollower:
    """Re-query ``page`` with ``refresh`` whenever a change touches one of ``kinds``: at once
    when visible, otherwise when next shown. ``stale`` (the default) loads it on first show."""
    return ChangeFollower(page, store, kinds, refresh, stale)
