"""Where bundles go: the destinations, their settings and secrets, "Test connection" (with
the confirmation of an SFTP server's host key), on and off."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import bootstrap, secrets
from app.services.accountant import outbox
from app.services.accountant.sync_ports import Destination
from app.services.changes import Done
from app.services.errors import InvalidInput
from ui.common.messages import describe
from ui.common.store_thread import StoreThread
from ui.exports.destination_dialog import DestinationDialog
from ui.exports.exports_models import DestinationsModel
from ui.exports.sync_driver import SyncDriver


class DestinationsPanel(QWidget):
    changed = Signal()

    def __init__(
        self,
        store: StoreThread,
        session: bootstrap.CompanySession,
        sync: SyncDriver,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.session, self.sync = store, session, sync
        self.model = DestinationsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Destinations"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.edit)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("&Add…"), self.add),
            (self.tr("&Edit…"), self.edit),
            (self.tr("&Test connection"), self.test),
            (self.tr("Switch on/&off"), self.toggle),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def refresh(self) -> None:
        context = self.session.context()
        self.store.submit(
            lambda: outbox.destinations(context), self.model.set_rows, self._failed, owner=self
        )

    def current(self) -> Destination | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    # -- adding and changing ------------------------------------------------------------------
    def add(self) -> None:
        self._open(DestinationDialog(None, self))

    def edit(self) -> None:
        found = self.current()
        if found is None:
            self.status.setText(self.tr("Choose a destination first."))
            return
        self._open(DestinationDialog(found, self))

    def _open(self, dialog: DestinationDialog) -> None:
        dialog.save_requested.connect(lambda: self._save(dialog))
        dialog.open()

    def _save(self, dialog: DestinationDialog) -> None:
        name, kind, config, secret = dialog.values()
        context, existing = self.session.context(), dialog.existing

        def job() -> Done[Destination]:
            if existing is None:
                saved = outbox.add_destination(context, name, kind, config)
            else:
                saved = outbox.change_destination(context, name, config=config)
            if secret:
                secrets.store_destination_secret(saved.value.config["secret_id"], secret)
            return saved

        def done(result: Done[Destination]) -> None:
            saved = result.value
            dialog.saved()
            self.status.setText(self.tr("Saved {name}.").format(name=saved.name))
            self._changed()

        def failed(error: BaseException) -> None:
            field = error.field if isinstance(error, InvalidInput) else "NAME"
            dialog.refused(field, describe(error))

        self.store.run(job, done, failed, owner=dialog)

    def toggle(self) -> None:
        found = self.current()
        if found is None:
            return
        context = self.session.context()
        self.store.run(
            lambda: outbox.change_destination(context, found.name, active=not found.active),
            lambda _saved: self._changed(),
            self._failed,
            owner=self,
        )

    # -- testing ------------------------------------------------------------------------------
    def test(self) -> None:
        found = self.current()
        if found is None:
            self.status.setText(self.tr("Choose a destination first."))
            return
        self.status.setText(self.tr("Connecting to {name}…").format(name=found.name))
        self.sync.test(found, self._tested, lambda error: self._test_failed(found, error), self)

    def _tested(self, result: Any) -> None:
        self.status.setText(self.tr("Connection works: {result}").format(result=result))

    def _test_failed(self, destination: Destination, error: BaseException) -> None:
        from sync.transports.sftp import UnknownHostKey

        if not isinstance(error, UnknownHostKey):
            self.status.setText(self.tr("Connection failed: {error}").format(error=error))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Unknown server"),
            self.tr(
                "The server {host} is not known yet. Its host key fingerprint is\n\n{fp}\n\n"
                "Compare it with the one your accountant or the server's administrator gives"
                " you. Trust this server from now on?"
            ).format(host=destination.config["host"], fp=error.fingerprint),
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.status.setText(self.tr("Not trusted; nothing is sent to this server."))
            return
        context, key = self.session.context(), error.key
        config = {**destination.config, "host_key": key}
        self.store.run(
            lambda: outbox.change_destination(context, destination.name, config=config),
            lambda saved: self._pinned(saved.value),
            self._failed,
            owner=self,
        )

    def _pinned(self, saved: Destination) -> None:
        self.refresh()
        self.status.setText(self.tr("Host key pinned; testing again…"))
        self.sync.test(saved, self._tested, lambda error: self._test_failed(saved, error), self)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(describe(error))
