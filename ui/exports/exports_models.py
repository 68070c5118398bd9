"""Read-only table models of the Exports page: bundles, a bundle's files, its deliveries,
and the destinations."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from app.services.accountant.sync_ports import BundleInfo, Destination, FileRef, Job
from sync.transports.base import key_fingerprint
from ui.common.labels import label_tr
from ui.common.table_model import Index, ReadOnlyTableModel

STATES = {
    "pending": QT_TRANSLATE_NOOP("Labels", "waiting"),
    "delivered": QT_TRANSLATE_NOOP("Labels", "delivered"),
    "attention": QT_TRANSLATE_NOOP("Labels", "needs attention"),
}
KINDS = {
    "folder": QT_TRANSLATE_NOOP("Labels", "Folder"),
    "sftp": QT_TRANSLATE_NOOP("Labels", "SFTP server"),
    "http": QT_TRANSLATE_NOOP("Labels", "HTTP API"),
}


def local_time(moment: str | None) -> str:
    """A stored UTC moment as the local date and time, to the minute."""
    if not moment:
        return ""
    return datetime.fromisoformat(moment).astimezone().strftime("%Y-%m-%d %H:%M")


def state_text(state: str) -> str:
    return label_tr(STATES.get(state, state))


def where(destination: Destination) -> str:
    config = destination.config
    if destination.kind == "folder":
        return str(config["path"])
    if destination.kind == "http":
        return str(config["url"])
    return f"{config['user']}@{config['host']}:{config['port']} {config.get('remote_dir', '.')}"


class _Rows(ReadOnlyTableModel):
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(self.rows[index.row()])[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tip(self.rows[index.row()])
        return None

    def cells(self, row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def tip(self, row: Any) -> str | None:
        return None


class BundlesModel(_Rows):
    """(bundle, its jobs) rows, newest first."""

    def __init__(self) -> None:
        super().__init__(())
        self.headers = (
            self.tr("No."),
            self.tr("Period"),
            self.tr("Made"),
            self.tr("Documents"),
            self.tr("Deliveries"),
        )

    def cells(self, row: tuple[BundleInfo, list[Job]]) -> tuple[str, ...]:
        bundle, jobs = row
        period = f"{bundle.period_from.isoformat()} – {bundle.period_to.isoformat()}"
        if bundle.supersedes:
            period += " " + self.tr("(correction)")
        states = ", ".join(f"{j.destination.name}: {state_text(j.state)}" for j in jobs)
        return (
            str(bundle.sequence),
            period,
            local_time(bundle.created_at),
            str(bundle.summary.get("counts", {}).get("documents", 0)),
            states or self.tr("not sent anywhere"),
        )


class FilesModel(_Rows):
    def __init__(self) -> None:
        super().__init__(())
        self.headers = (self.tr("File"), self.tr("Bytes"), self.tr("SHA-256"))

    def cells(self, row: FileRef) -> tuple[str, ...]:
        return (row.name, f"{row.size:,}", row.sha256)


class JobsModel(_Rows):
    def __init__(self) -> None:
        super().__init__(())
        self.headers = (
            self.tr("Destination"),
            self.tr("State"),
            self.tr("Attempts"),
            self.tr("When"),
            self.tr("Last error"),
        )

    def cells(self, row: Job) -> tuple[str, ...]:
        when = row.delivered_at if row.state == "delivered" else row.next_attempt_at
        return (
            row.destination.name,
            state_text(row.state),
            str(row.attempts),
            local_time(when),
            row.last_error or "",
        )

    def tip(self, row: Job) -> str | None:
        return row.last_error


class DestinationsModel(_Rows):
    def __init__(self) -> None:
        super().__init__(())
        self.headers = (
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Where"),
            self.tr("Active"),
            self.tr("Host key"),
        )

    def cells(self, row: Destination) -> tuple[str, ...]:
        pinned = row.config.get("host_key", "")
        key = key_fingerprint(pinned) if pinned else ""
        if row.kind == "sftp" and not pinned:
            key = self.tr("not confirmed yet")
        return (
            row.name,
            label_tr(KINDS.get(row.kind, row.kind)),
            where(row),
            self.tr("yes") if row.active else self.tr("no"),
            key,
        )
