"""Exports: the accountant's bundles (their files and where each was delivered), making one,
delivering now, retrying what needs attention, saving a copy; and the destinations."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import bootstrap
from app.services.accountant import bundles, outbox
from app.services.accountant.sync_ports import Job
from app.services.changes import Done, Kind
from app.services.clock import today
from app.services.company.settings import current_settings
from ui.common.messages import describe
from ui.common.ops import follow_changes
from ui.common.store_thread import StoreThread
from ui.exports.bundle_dialog import BundleDialog
from ui.exports.destinations_panel import DestinationsPanel
from ui.exports.exports_models import BundlesModel, FilesModel, JobsModel
from ui.exports.sync_driver import SyncDriver

ATTENTION_STYLE = "color: #c0392b; font-weight: bold"


def _table(model: Any, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ExportsPage(QWidget):
    def __init__(
        self,
        store: StoreThread,
        session: bootstrap.CompanySession,
        sync: SyncDriver,
        parent: QWidget | None = None,
        *,
        autoload: bool = True,
    ) -> None:
        super().__init__(parent)
        self.store, self.session, self.sync = store, session, sync
        self.today: date = date.today()  # the company clock's day once loaded
        self.public_key = ""
        self.bundles_model, self.files_model, self.jobs_model = (
            BundlesModel(),
            FilesModel(),
            JobsModel(),
        )
        self.attention = QLabel()
        self.attention.setStyleSheet(ATTENTION_STYLE)
        self.attention.setWordWrap(True)
        self.attention.hide()
        self.schedule = QLabel()
        self.key = QLabel()
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        copy = QPushButton(self.tr("Copy public key"))
        copy.clicked.connect(self.copy_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(copy)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._bundles_tab(), self.tr("Bundles"))
        self.destinations = DestinationsPanel(store, session, sync)
        self.destinations.changed.connect(self.refresh)
        self.tabs.addTab(self.destinations, self.tr("Destinations"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.attention)
        layout.addWidget(self.schedule)
        layout.addLayout(key_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        sync.started.connect(self._run_started)
        sync.progress.connect(self.status.setText)
        sync.finished.connect(self._run_finished)
        self.follower = follow_changes(
            self,
            store,
            (Kind.BUNDLES, Kind.DOCUMENTS, Kind.SETTINGS),
            self.refresh,
            stale=not autoload,
        )
        if autoload:
            self.refresh()

    def _bundles_tab(self) -> QWidget:
        self.table = _table(self.bundles_model, self.tr("Bundles"))
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.files = _table(self.files_model, self.tr("Files of the bundle"))
        self.jobs = _table(self.jobs_model, self.tr("Deliveries of the bundle"))
        details = QTabWidget()
        details.addTab(self.jobs, self.tr("Deliveries"))
        details.addTab(self.files, self.tr("Files"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        buttons = QHBoxLayout()
        self.make_button = QPushButton(self.tr("&Make bundle…"))
        self.make_button.clicked.connect(self.make_bundle)
        self.deliver_button = QPushButton(self.tr("&Deliver now"))
        self.deliver_button.clicked.connect(self.deliver_now)
        self.retry_button = QPushButton(self.tr("&Retry delivery"))
        self.retry_button.clicked.connect(self.retry)
        save = QPushButton(self.tr("&Save a copy…"))
        save.clicked.connect(self.save_copy)
        self.open_button = QPushButton(self.tr("&Open folder"))
        self.open_button.clicked.connect(self.open_folder)
        for button in (self.make_button, self.deliver_button, self.retry_button, save):
            buttons.addWidget(button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        return tab

    # -- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        context = self.session.context()

        def load() -> dict[str, Any]:
            jobs = outbox.jobs(context)
            made = bundles.bundles(context)
            return {
                "rows": [(b, [j for j in jobs if j.bundle_id == b.id]) for b in reversed(made)],
                "key": bundles.public_key(context),
                "settings": current_settings(context),
                "today": today(context),
            }

        self.store.submit(load, self._loaded, self._failed, owner=self)
        self.destinations.refresh()

    def _loaded(self, data: dict[str, Any]) -> None:
        self.today = data["today"]
        chosen = self.current()
        self.bundles_model.set_rows(data["rows"])
        self.key.setText(
            self.tr("Public key of the company (give it to your accountant): {key}").format(
                key=data["key"]
            )
        )
        self.public_key = data["key"]
        settings = data["settings"]
        every, day = settings.sync_schedule, settings.sync_day
        if every == "monthly":
            text = self.tr("Schedule: last month's bundle on day {day} of every month.")
        elif every == "weekly":
            text = self.tr("Schedule: last week's bundle every week on weekday {day}.")
        else:
            text = self.tr(
                "Schedule: off (make bundles by hand, or set sync.schedule in Settings)."
            )
        self.schedule.setText(text.format(day=day))
        waiting = [j for _, jobs in data["rows"] for j in jobs if j.state == "attention"]
        self.attention.setVisible(bool(waiting))
        self.attention.setText(
            self.tr(
                "Deliveries that need attention: {n}. Select the bundle, read the error"
                " under Deliveries, fix the cause and retry."
            ).format(n=len(waiting))
        )
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        rows = [b.id for b, _ in data["rows"]]
        row = rows.index(chosen[0].id) if chosen and chosen[0].id in rows else 0
        if rows:
            self.table.selectRow(row)
        else:
            self.files_model.set_rows([])
            self.jobs_model.set_rows([])

    def current(self) -> tuple[Any, list[Job]] | None:
        index = self.table.currentIndex()
        return self.bundles_model.rows[index.row()] if index.isValid() else None

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        bundle, jobs = self.bundles_model.rows[current.row()]
        self.jobs_model.set_rows(jobs)
        context = self.session.context()
        self.store.submit(
            lambda: bundles.bundle_contents(context, bundle.id)[0],
            self.files_model.set_rows,
            self._failed,
            owner=self,
        )
        self.open_button.setEnabled(any(j.destination.kind == "folder" for j in jobs))

    # -- actions ------------------------------------------------------------------------------
    def make_bundle(self) -> None:
        dialog = BundleDialog(
            getattr(self, "today", None) or __import__("datetime").date.today(), self
        )
        dialog.accepted.connect(lambda: self._make(dialog))
        dialog.open()

    def _make(self, dialog: BundleDialog) -> None:
        start, end = dialog.period()
        correct, context = dialog.correct.isChecked(), self.session.context()
        self.status.setText(
            self.tr("Making the bundle {start} to {end}…").format(start=start, end=end)
        )
        self.make_button.setEnabled(False)

        def job() -> Done[bundles.Made]:
            from sync.bundle_maker import PeriodBundleMaker  # the exporters load on first use

            return bundles.create_bundle(
                context, start, end, PeriodBundleMaker(context.clock()), correct=correct
            )

        self.store.run(job, self._made, self._make_failed, owner=self)

    def _made(self, done: Done[bundles.Made]) -> None:
        made = done.value
        self.make_button.setEnabled(True)
        self.status.setText(
            self.tr("Bundle {n} made: {files} files; queued for {jobs} destination(s).").format(
                n=made.bundle.sequence, files=made.files, jobs=made.jobs
            )
        )
        if made.jobs:
            self.sync.run_now(make_due=False)

    def _make_failed(self, error: BaseException) -> None:
        self.make_button.setEnabled(True)
        self._failed(error)

    def deliver_now(self) -> None:
        if not self.sync.run_now():
            self.status.setText(self.tr("A delivery is under way already."))

    def _run_started(self) -> None:
        self.deliver_button.setEnabled(False)
        self.status.setText(self.tr("Delivering…"))

    def _run_finished(self, result: Any) -> None:
        self.deliver_button.setEnabled(True)
        if not isinstance(result, BaseException):  # a sync.runner.RunReport
            text = self.tr("Delivered {ok}, failed {failed}, bundles made {made}.").format(
                ok=len(result.delivered), failed=len(result.failed), made=len(result.made)
            )
            if result.failed:
                text += " " + result.failed[0][1]
            self.status.setText(text)
        else:
            self.status.setText(describe(result))
        self.refresh()

    def retry(self) -> None:
        index = self.jobs.currentIndex()
        jobs = self.jobs_model.rows
        waiting = (
            [jobs[index.row()]] if index.isValid() else [j for j in jobs if j.state == "attention"]
        )
        waiting = [j for j in waiting if j.state != "delivered"]
        if not waiting:
            self.status.setText(
                self.tr("Nothing to retry: choose a delivery that is not delivered.")
            )
            return
        context = self.session.context()

        def job() -> None:
            for found in waiting:
                outbox.retry(context, found.id)

        self.store.submit(
            job, lambda _none: self.sync.run_now(make_due=False), self._failed, owner=self
        )

    def save_copy(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save a copy of the bundle in"))
        if not folder:
            return
        from sync.runner import export_to

        context, bundle, on_store = self.session.context(), chosen[0], self.store.call
        self.status.setText(self.tr("Saving a copy…"))
        self.sync.network.submit(  # the writing happens off the store thread
            lambda: export_to(context, bundle, Path(folder), on_store),
            lambda detail: self.status.setText(self.tr("Saved: {detail}").format(detail=detail)),
            self._failed,
            owner=self,
        )

    def open_folder(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        bundle, jobs = chosen
        for job in jobs:
            if job.destination.kind == "folder":
                target = Path(job.destination.config["path"]) / bundle.folder
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
                return

    def copy_key(self) -> None:
        QGuiApplication.clipboard().setText(self.public_key)
        self.status.setText(self.tr("Public key copied."))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(describe(error))
