"""The company page: who this file belongs to, the file's state, verify and back up."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import bootstrap
from app.services.changes import Kind
from ui.common.messages import describe
from ui.common.ops import follow_changes
from ui.common.store_thread import StoreThread
from ui.opening.unlock_dialog import FILE_FILTER


def _value_label() -> QLabel:
    label = QLabel("…")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class CompanyPage(QWidget):
    def __init__(
        self,
        store: StoreThread,
        session: bootstrap.CompanySession,
        parent: QWidget | None = None,
        *,
        autoload: bool = True,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.session = session
        self.values: dict[str, QLabel] = {}
        self._build()
        self.follower = follow_changes(
            self, store, (Kind.SETTINGS,), self.refresh, stale=not autoload
        )
        if autoload:
            self.refresh()

    def _group(self, title: str, rows: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        for key, label in rows:
            self.values[key] = _value_label()
            form.addRow(label, self.values[key])
        return box

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        company = self._group(
            self.tr("Company"),
            [
                ("name", self.tr("Name:")),
                ("address", self.tr("Address:")),
                ("country", self.tr("Country:")),
                ("currency", self.tr("Accounting currency:")),
                ("vat_id", self.tr("VAT ID:")),
            ],
        )
        file_box = self._group(
            self.tr("Company file"),
            [
                ("file", self.tr("Location:")),
                ("size", self.tr("Size:")),
                ("schema", self.tr("Schema version:")),
                ("kdf", self.tr("Key stretching:")),
                ("records", self.tr("Records:")),
            ],
        )
        self.verify_button = QPushButton(self.tr("Verify file"))
        self.verify_button.clicked.connect(self.verify)
        self.backup_button = QPushButton(self.tr("Back up…"))
        self.backup_button.clicked.connect(self.backup)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setObjectName("result")
        actions = QHBoxLayout()
        actions.addWidget(self.verify_button)
        actions.addWidget(self.backup_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(company)
        layout.addWidget(file_box)
        layout.addLayout(actions)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def refresh(self) -> None:
        self.store.submit(self.session.info, self._show_info, self._show_error)

    def _show_info(self, info: dict[str, Any]) -> None:
        company = info["company"]
        self.heading.setText(f"<h1>{company.get('name', '')}</h1>")
        address = ", ".join(
            part
            for part in (company.get("street"), company.get("postcode"), company.get("city"))
            if part
        )
        kdf = info["kdf"]
        texts = {
            "name": company.get("name") or "",
            "address": address or self.tr("(none)"),
            "country": company.get("country") or "",
            "currency": company.get("currency") or "",
            "vat_id": company.get("vat_id") or self.tr("(none)"),
            "file": info["file"],
            "size": self.tr("{kib:,} KiB").format(kib=info["file_size"] // 1024),
            "schema": str(info["schema_version"]),
            "kdf": self.tr("Argon2id, {mib} MiB, {t} passes").format(
                mib=int(kdf["memory_kib"]) // 1024, t=kdf["time_cost"]
            ),
            "records": self._records(info["counts"]),
        }
        for key, text in texts.items():
            self.values[key].setText(text)

    def _records(self, counts: dict[str, int]) -> str:
        labels = [
            ("party", self.tr("customers")),
            ("product", self.tr("products")),
            ("document", self.tr("documents")),
            ("ledger_entry", self.tr("payment entries")),
            ("audit_entry", self.tr("audit entries")),
        ]
        return ", ".join(f"{counts.get(table, 0):,} {label}" for table, label in labels)

    def _show_error(self, exc: BaseException) -> None:
        self.result.setText(describe(exc))

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.result.setText(self.tr("Verifying every page of the file…"))
        path, key = self.session.path, self.session.file_key
        self.store.submit(
            lambda: bootstrap.verify_file(path, key), self._verified, self._failed, owner=self
        )

    def _verified(self, report: dict[str, Any]) -> None:
        self.verify_button.setEnabled(True)
        if report["ok"]:
            self.result.setText(self.tr("The file is intact: every check passed."))
        else:
            problems = [p for check in report["checks"] for p in check["problems"]]
            self.result.setText(self.tr("The file is damaged: ") + "; ".join(problems[:5]))

    def _failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.backup_button.setEnabled(True)
        self._show_error(exc)

    def backup(self) -> None:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d")
        suggested = self.session.path.with_name(
            f"{self.session.path.stem}-backup-{stamp}.invoicedesk"
        )
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up to"), str(suggested), FILE_FILTER
        )
        if name:
            self.backup_to(Path(name))

    def backup_to(self, target: Path) -> None:
        self.backup_button.setEnabled(False)
        self.result.setText(self.tr("Writing and checking the backup…"))
        session = self.session
        self.store.submit(
            lambda: session.backup(target),
            lambda _c: self._backed_up(target),
            self._failed,
            owner=self,
        )

    def _backed_up(self, target: Path) -> None:
        self.backup_button.setEnabled(True)
        self.result.setText(self.tr("Backup written and verified: {path}").format(path=target))
