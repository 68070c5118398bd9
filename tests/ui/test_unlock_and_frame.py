"""The window frame opens, unlocks, shows the company, locks and closes (pytest-qt)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app import bootstrap
from app.store.lock import current_holder
from tests.conftest import PASSPHRASE, REPO
from tests.helpers import start_holder, stop
from ui.common.store_thread import StoreThread
from ui.opening.create_company_dialog import CreateCompanyDialog
from ui.opening.unlock_dialog import UnlockDialog, Unlocked
from ui.shell.main_window import MainWindow


def _unlock(qtbot: QtBot, dialog: UnlockDialog, passphrase: str) -> None:
    dialog.passphrase.setText(passphrase)
    qtbot.mouseClick(dialog.open_button, qtbot_button())
    qtbot.waitUntil(dialog.open_button.isEnabled, timeout=10_000)


def qtbot_button() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_wrong_then_right_passphrase_opens_the_main_window(
    qtbot: QtBot, store: StoreThread, settings: QSettings, company: Path
) -> None:
    dialog = UnlockDialog(store, settings)
    qtbot.addWidget(dialog)
    dialog.select_file(company)
    dialog.show()

    _unlock(qtbot, dialog, "wrong passphrase")
    assert "Wrong passphrase" in dialog.status.text()
    assert dialog.isVisible()

    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as opened:
        dialog.passphrase.setText(PASSPHRASE)
        qtbot.mouseClick(dialog.open_button, qtbot_button())
    result: Unlocked = opened.args[0]
    assert current_holder(company) is not None  # the window's session holds the writer lock

    window = MainWindow(store, result.session, settings)
    qtbot.addWidget(window)
    window.show()
    page = window.company_page
    window.show_page(page)  # pages load their data when first shown
    qtbot.waitUntil(lambda: page.values["name"].text() == "Acme Müller GmbH", timeout=10_000)
    assert page.values["vat_id"].text() == "DE136695976"
    assert page.values["address"].text() == "Hauptstraße 5, 10115, Berlin"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Invoice", "&Reports", "&Help"]
    assert window.windowTitle() == "acme — Invoice Desk"

    page.verify()
    qtbot.waitUntil(lambda: "intact" in page.result.text(), timeout=10_000)
    backup = company.with_name("gui-backup.invoicedesk")
    page.backup_to(backup)
    qtbot.waitUntil(lambda: "verified" in page.result.text(), timeout=10_000)
    assert bootstrap.verify_file(backup, result.session.file_key)["ok"]

    window.close()
    store.submit(result.session.close)
    qtbot.waitUntil(lambda: not store.busy, timeout=10_000)
    assert current_holder(company) is None
    assert str(company.resolve()) in [str(p) for p in settings.value("recent_files")]  # type: ignore[union-attr]


def test_file_in_use_and_damaged_file_messages(
    qtbot: QtBot, store: StoreThread, settings: QSettings, company: Path
) -> None:
    dialog = UnlockDialog(store, settings)
    qtbot.addWidget(dialog)
    dialog.select_file(company)
    holder = start_holder(company)
    try:
        _unlock(qtbot, dialog, PASSPHRASE)
        assert "in use by" in dialog.status.text() and str(holder.pid) in dialog.status.text()
    finally:
        stop(holder)
    data = bytearray(company.read_bytes())
    data[100] ^= 0x01
    company.write_bytes(bytes(data))
    _unlock(qtbot, dialog, PASSPHRASE)
    assert "damaged" in dialog.status.text()


def test_create_company_dialog_validates_each_field_then_creates(
    qtbot: QtBot, store: StoreThread, tmp_path: Path
) -> None:
    dialog = CreateCompanyDialog(store)
    qtbot.addWidget(dialog)
    dialog.location.setText(str(tmp_path / "new.invoicedesk"))
    dialog.vat_id.setText("DE000")
    dialog.passphrase.setText("short")
    dialog.try_create()
    assert dialog.errors["--name"].isVisibleTo(dialog)
    assert "passphrase" not in dialog.errors["--name"].text()
    assert dialog.errors["passphrase"].text() == "Use at least 8 characters."

    dialog.name.setText("Çağrı Ticaret A.Ş.")
    dialog.country.setCurrentIndex(dialog.country.findData("TR"))
    dialog.currency.setCurrentIndex(dialog.currency.findData("TRY"))
    dialog.vat_id.clear()
    dialog.passphrase.setText("long enough passphrase")
    dialog.repeat.setText("long enough passphrase")
    with qtbot.waitSignal(dialog.created, timeout=15_000) as created:
        dialog.try_create()
    session = created.args[0].session
    info = session.info()
    assert info["company"]["name"] == "Çağrı Ticaret A.Ş."
    assert info["company"]["currency"] == "TRY"
    store.submit(session.close)
    qtbot.waitUntil(lambda: not store.busy, timeout=10_000)


def test_without_a_display_the_program_says_so_plainly() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    proc = subprocess.run(
        [sys.executable, "-m", "ui.launcher"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1
    assert "no display found" in proc.stderr and "xvfb-run -a invoice-desk" in proc.stderr
