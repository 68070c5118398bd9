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
from ui.common.store_thread import StoreThread


class ChangeFollower(QObject):
    """Keeps one page current: stale until first shown, and again after a change it shows."""

    def __init__(
        self,
        page: QWidget,
        store: StoreThread,
        kinds: tuple[Kind, ...],
        refresh: Callable[[], object],
        *,
        stale: bool = True,
        ignore_own: bool = False,
    ) -> None:
        super().__init__(page)
        self.page = page
        self.kinds = kinds
        self.refresh = refresh
        self.stale = stale
        self.ignore_own = ignore_own
        store.changed.connect(self._changed)
        page.installEventFilter(self)

    def _changed(self, changes: Changes, origin: object) -> None:
        if not changes.touches(*self.kinds) or (self.ignore_own and self._own(origin)):
            return
        self.mark_stale()

    def _own(self, origin: object) -> bool:
        """Asked for by the page or a widget inside it."""
        return isinstance(origin, QWidget) and (
            origin is self.page or self.page.isAncestorOf(origin)
        )

    def _on_screen(self) -> bool:
        """Visible, or a page on its own (not placed in a window's pages): it cannot wait for
        being shown among them."""
        return self.page.isVisible() or self.page.parentWidget() is None

    def mark_stale(self) -> None:
        """Re-query now when on screen, otherwise when next shown."""
        if self._on_screen():
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
    *,
    stale: bool = True,
    ignore_own: bool = False,
) -> ChangeFollower:
    """Re-query ``page`` with ``refresh`` whenever a change touches one of ``kinds``: at once
    when visible, otherwise when next shown. ``stale`` (the default) loads it on first show;
    ``ignore_own`` skips the changes the page itself asked for (it shows their result, e.g.
    fields refused in red, which a reload would wipe)."""
    return ChangeFollower(page, store, kinds, refresh, stale=stale, ignore_own=ignore_own)
