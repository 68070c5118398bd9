"""The single store thread: every database operation runs here, never on the GUI thread.

The GUI submits a callable; its result (or error) comes back as a queued signal on the GUI
thread, where the given callback runs. Jobs run one at a time, in submission order.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.services.changes import Changes, changes_of

T = TypeVar("T")
Done = Callable[[Any], object]  # what it returns is not used
Failed = Callable[[BaseException], None]


class _Worker(QObject):
    finished = Signal(int, object, object)

    @Slot(int, object)
    def run(self, job_id: int, job: Callable[[], Any]) -> None:
        try:
            result = job()
        except BaseException as exc:  # handed back to the GUI thread, never swallowed
            self.finished.emit(job_id, None, exc)
        else:
            self.finished.emit(job_id, result, None)


class StoreThread(QObject):
    """Runs store jobs one after another on a dedicated QThread."""

    _request = Signal(int, object)
    busy_changed = Signal(bool)
    changed = Signal(Changes, object)  # a use case committed (see ``run``); its owner or None

    def __init__(self, parent: QObject | None = None, name: str = "invoice-desk-store") -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        self._owners: dict[int, QObject] = {}
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.run)
        self._worker.finished.connect(self._on_finished)
        self._thread.start()

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def submit(
        self,
        job: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        owner: QObject | None = None,
    ) -> int:
        """Queue ``job``; callbacks run on the GUI thread unless their owner is gone by then."""
        job_id = next(self._ids)
        was_busy = self.busy
        self._callbacks[job_id] = (on_done, on_error)
        if owner is not None:
            self._owners[job_id] = owner
        if not was_busy:
            self.busy_changed.emit(True)
        self._request.emit(job_id, job)
        return job_id

    def run(
        self,
        job: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        owner: QObject | None = None,
    ) -> int:
        """Queue a use case that changes data. When it succeeds, ``on_done`` gets its result
        (unless its owner is gone) and then ``changed`` is broadcast with the ``Changes`` the
        result carries, so that every page showing that data re-queries it, also when the
        page that asked has been closed meanwhile."""

        def done(result: Any) -> None:
            if on_done is not None and _alive(owner, on_done):
                on_done(result)
            self.announce(changes_of(result), owner)

        def failed(error: BaseException) -> None:
            if not _alive(owner, on_error):
                return
            if on_error is None:
                raise error
            on_error(error)

        return self.submit(job, done, failed)

    def announce(self, changes: Changes, origin: QObject | None = None) -> None:
        """Tell every page that data changed (also after use cases run elsewhere, e.g. a
        batch); ``origin`` is the widget that asked for the change, if any."""
        if changes:
            self.changed.emit(changes, origin)

    def call(self, job: Callable[[], T]) -> T:
        """Run ``job`` on this thread and wait for its result: for another worker thread (the
        network thread reads and records through here), never for the GUI thread."""
        if QThread.currentThread() in (self._thread, self.thread()):
            raise RuntimeError("call() would block the thread it has to wait for")
        finished = threading.Event()
        box: dict[str, Any] = {}

        def wrapped() -> None:
            try:
                box["result"] = job()
            except BaseException as exc:  # handed to the waiting thread
                box["error"] = exc
            finally:
                finished.set()

        self._request.emit(0, wrapped)
        while not finished.wait(0.5):
            if not self._thread.isRunning():
                raise RuntimeError("the store thread has stopped")
        if "error" in box:
            raise box["error"]
        result: T = box["result"]
        return result

    @Slot(int, object, object)
    def _on_finished(self, job_id: int, result: Any, error: BaseException | None) -> None:
        if job_id == 0:  # a call() from another thread: its caller has the result already
            return
        on_done, on_error = self._callbacks.pop(job_id, (None, None))
        owner = self._owners.pop(job_id, None)
        if not self.busy:
            self.busy_changed.emit(False)
        if not _alive(owner, on_done, on_error):
            return
        if error is not None:
            if on_error is None:
                raise error
            on_error(error)
        elif on_done is not None:
            on_done(result)

    def start(self) -> None:
        """Run again after ``stop``."""
        if not self._thread.isRunning():
            self._thread.start()

    def stop(self, timeout_ms: int = 10_000) -> None:
        """Finish queued jobs and end the thread."""
        self._thread.quit()
        self._thread.wait(timeout_ms)


def _alive(owner: QObject | None, *callbacks: Callable[..., Any] | None) -> bool:
    """False when a widget that would receive the result has been deleted meanwhile."""
    objects = [owner] + [getattr(c, "__self__", None) for c in callbacks]
    return all(shiboken6.isValid(o) for o in objects if isinstance(o, QObject))
