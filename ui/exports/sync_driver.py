"""The open program's part of delivery: runs the outbox (sync.runner.run) on a network thread
every few minutes and on demand; every step that touches the company file goes through the
store thread, only the transports' work happens on the network thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from app import bootstrap
from app.services.accountant.sync_ports import Destination
from ui.common.store_thread import StoreThread

if TYPE_CHECKING:
    from sync.runner import RunReport

EVERY_MINUTES = 10
FIRST_AFTER_SECONDS = 30


class SyncDriver(QObject):
    started = Signal()
    progress = Signal(str)
    finished = Signal(object)  # a RunReport, or the exception that stopped the run

    def __init__(
        self, store: StoreThread, session: bootstrap.CompanySession, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.session = store, session
        self.network = StoreThread(self, name="invoice-desk-network")
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MINUTES * 60_000)
        self.timer.timeout.connect(self.run_now)

    def start_schedule(self) -> None:
        """Deliver what waits (and make due bundles) soon after unlocking, then regularly."""
        self.timer.start()
        QTimer.singleShot(FIRST_AFTER_SECONDS * 1000, self.run_now)

    def run_now(self, make_due: bool = True) -> bool:
        """Start a run unless one is going; False when one is."""
        if self.running:
            return False
        self.running = True
        self.started.emit()
        context, on_store, say = self.session.context(), self.store.call, self.progress.emit

        def work() -> RunReport:
            from sync.runner import run  # exporters and runner load with the first run

            return run(context, make_due=make_due, on_store=on_store, progress=say)

        self.network.submit(work, self._finished, self._finished, owner=self)
        return True

    def _finished(self, result: Any) -> None:
        self.running = False
        self.finished.emit(result)

    def test(
        self,
        destination: Destination,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        owner: QObject,
    ) -> None:
        """Connect to a destination on the network thread ("test connection")."""

        def check() -> str:
            from sync.destinations import transport_for

            return transport_for(destination).check()

        self.network.submit(check, on_done, on_error, owner)

    def resume(self) -> None:
        """After ``stop``, when the session stays open after all."""
        self.network.start()
        self.timer.start()

    def stop(self) -> None:
        """No new runs; wait for a delivery in progress to end (it is safe to stop anyway:
        an unfinished attempt is marked interrupted and sent again next time)."""
        self.timer.stop()
        self.network.stop(60_000)
