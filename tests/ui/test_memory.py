"""The window takes the long-lived objects out of the collector's walks, and what an earlier
window left behind in reference cycles is still freed."""

from __future__ import annotations

import gc
import weakref
from typing import Any

from ui.shell.main_window import MainWindow


def test_windows_freeze_what_lives_and_free_what_an_old_window_left(
    qtbot: Any, store: Any, session: Any, settings: Any
) -> None:
    gc.unfreeze()
    first = MainWindow(store, session, settings)
    assert gc.get_freeze_count() > 10_000  # modules, classes, Qt wrappers, the window
    first.cycle = first  # only the collector can free it now
    gone = weakref.ref(first.documents_page.model)
    first.stop_background()  # what locking does: stop, hide, delete the Qt side later
    first.hide()
    first.deleteLater()
    del first
    qtbot.waitUntil(lambda: not store.busy, timeout=5_000)
    qtbot.wait(100)  # the deferred delete runs
    assert gone() is not None  # frozen with its cycle: only the next window frees it
    second = MainWindow(store, session, settings)
    qtbot.addWidget(second)
    assert gone() is None  # the first window was collected when the second froze
    assert gc.get_freeze_count() > 10_000
    gc.unfreeze()  # leave the other tests' collector as they expect it
