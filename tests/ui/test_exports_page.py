"""The Exports page: make a bundle from the dialog, add a folder destination, deliver on the
network thread, see the state per destination; a refusal shows the attention line and a retry
delivers; an SFTP server's host key is confirmed by the user and pinned."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from app.services.accountant import bundles, outbox
from app.services.documents import drafts, issuing
from sync.bundle_maker import PeriodBundleMaker
from sync.manifest import verify_bundle
from tests.http_receiver import http_receiver
from tests.sftp_server import PASSWORD, USER, AsyncSftpServer
from tests.unit.services.builders import add_customer, invoice_json
from ui.exports.bundle_dialog import BundleDialog
from ui.exports.destination_dialog import DestinationDialog
from ui.exports.exports_page import ExportsPage
from ui.exports.sync_driver import SyncDriver


@pytest.fixture
def sync(store: Any, session: Any) -> Iterator[SyncDriver]:
    driver = SyncDriver(store, session)
    yield driver
    driver.stop()


def _page(qtbot: Any, store: Any, session: Any, sync: SyncDriver) -> ExportsPage:
    page = ExportsPage(store, session, sync)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.public_key != "", timeout=10_000)
    return page


def test_make_deliver_and_see_a_bundle(
    qtbot: Any, qtmodeltester: Any, store: Any, session: Any, sync: SyncDriver, tmp_path: Path
) -> None:
    ctx = session.context()
    last_month = date.today().replace(day=1) - timedelta(days=1)
    customer = add_customer(ctx)
    draft = drafts.create_draft(
        ctx, invoice_json(customer, issue_date=last_month.replace(day=10).isoformat())
    )
    number = issuing.issue_document(ctx, draft).number
    page = _page(qtbot, store, session, sync)
    assert page.schedule.text().startswith("Schedule: off")
    assert len(page.public_key) == 64 and page.public_key in page.key.text()

    page.tabs.setCurrentIndex(1)  # destinations: add a folder
    nas = tmp_path / "nas"
    nas.mkdir()
    page.destinations.add()
    dialog = page.destinations.findChild(DestinationDialog)
    dialog.name.setText("office NAS")
    dialog.path.setText("relative")
    dialog._save()
    qtbot.waitUntil(lambda: dialog.folder_form.errors["--path"].isVisibleTo(dialog), timeout=10_000)
    assert "absolute path" in dialog.folder_form.errors["--path"].text()
    dialog.path.setText(str(nas))
    dialog._save()
    qtbot.waitUntil(lambda: len(page.destinations.model.rows) == 1, timeout=10_000)
    qtmodeltester.check(page.destinations.model)

    page.tabs.setCurrentIndex(0)
    page.make_bundle()
    bundle_dialog = page.findChild(BundleDialog)
    assert bundle_dialog.period() == (last_month.replace(day=1), last_month)
    with qtbot.waitSignal(sync.finished, timeout=30_000):
        bundle_dialog.accept()  # made, queued for the NAS, delivered right away
    qtbot.waitUntil(
        lambda: bool(page.jobs_model.rows) and page.jobs_model.rows[0].state == "delivered",
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: bool(page.files_model.rows), timeout=10_000)
    for model in (page.bundles_model, page.files_model, page.jobs_model):
        qtmodeltester.check(model)
    names = [f.name for f in page.files_model.rows]
    assert f"documents/{number}.pdf" in names and "journal.csv" in names
    assert "office NAS: delivered" in page.bundles_model.cells(page.bundles_model.rows[0])[4]
    folder = nas / bundles.bundles(ctx)[0].folder
    assert verify_bundle(folder, public_key=page.public_key).ok
    assert not page.attention.isVisibleTo(page)


def test_a_refused_delivery_needs_attention_until_retried(
    qtbot: Any, store: Any, session: Any, sync: SyncDriver, monkeypatch: Any
) -> None:
    ctx = session.context()
    monkeypatch.setenv("INVOICE_DESK_DESTINATION_SECRET_API", "s3cret")
    with http_receiver(b"s3cret") as receiver:
        outbox.add_destination(ctx, "api", "http", {"url": receiver.url})
        bundles.create_bundle(
            ctx,
            date(2026, 1, 1),
            date(2026, 1, 31),
            PeriodBundleMaker(ctx.clock()),
        )
        receiver.script = ["400"]
        page = _page(qtbot, store, session, sync)
        with qtbot.waitSignal(sync.finished, timeout=30_000):
            page.deliver_now()
        qtbot.waitUntil(lambda: page.attention.isVisibleTo(page), timeout=10_000)
        assert page.attention.text().startswith("Deliveries that need attention: 1.")
        assert "HTTP 400" in page.jobs_model.rows[0].last_error
        with qtbot.waitSignal(sync.finished, timeout=30_000):
            page.retry()
        qtbot.waitUntil(lambda: page.jobs_model.rows[0].state == "delivered", timeout=10_000)
        assert not page.attention.isVisibleTo(page)
        assert len(receiver.stored) == 1


def test_an_sftp_host_key_is_confirmed_then_pinned(
    qtbot: Any, store: Any, session: Any, sync: SyncDriver, tmp_path: Path, monkeypatch: Any
) -> None:
    ctx = session.context()
    monkeypatch.setenv("INVOICE_DESK_DESTINATION_SECRET_ACCOUNTANT", PASSWORD)
    (tmp_path / "root").mkdir()
    with AsyncSftpServer(tmp_path / "root").running() as server:
        outbox.add_destination(
            ctx,
            "accountant",
            "sftp",
            {"host": "127.0.0.1", "port": server.port, "user": USER, "remote_dir": "/in"},
        )
        asked: list[str] = []

        def answer(_parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
            asked.append(text)
            return QMessageBox.StandardButton.Yes

        monkeypatch.setattr(QMessageBox, "question", answer)
        page = _page(qtbot, store, session, sync)
        panel = page.destinations
        qtbot.waitUntil(lambda: len(panel.model.rows) == 1, timeout=10_000)
        assert panel.model.cells(panel.model.rows[0])[4] == "not confirmed yet"
        panel.table.selectRow(0)
        panel.test()
        qtbot.waitUntil(lambda: panel.status.text().startswith("Connection works"), timeout=20_000)
        from sync.transports.sftp import fingerprint

        assert fingerprint(server.host_key) in asked[0]
        assert outbox.get_destination(ctx, "accountant").config["host_key"] == server.host_key
