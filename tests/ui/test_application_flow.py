"""The whole flow: demo company on first run, unlock, main window, lock, unlock again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.store.lock import current_holder
from ui.gui_main import DEMO_PASSPHRASE
from ui.shell.application import AppController, demo_file


def test_demo_first_run_unlock_lock_and_quit(
    qtbot: QtBot, qapp: QApplication, settings: QSettings
) -> None:
    controller = AppController(qapp, settings)
    path = demo_file()
    assert not path.exists()
    controller.start(demo=True)
    dialog = controller.dialog
    assert dialog is not None and "demo-passphrase" in dialog.hint.text()
    qtbot.waitUntil(lambda: path.exists() and dialog.open_button.isEnabled(), timeout=15_000)
    assert dialog.selected_file() == path.resolve()

    dialog.passphrase.setText(DEMO_PASSPHRASE)
    dialog.try_open()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=15_000)
    window = controller.window
    assert window is not None and window.isVisible()
    window.show_page(window.company_page)
    qtbot.waitUntil(
        lambda: window.company_page.values["name"].text() == "Demo Trading GmbH", timeout=10_000
    )
    assert current_holder(path) is not None

    controller.lock()
    qtbot.waitUntil(lambda: not controller.store.busy, timeout=10_000)
    assert controller.window is None
    assert current_holder(path) is None  # locking closed the file and released it
    relock = controller.dialog
    assert relock is not None and relock.selected_file() == path.resolve()

    controller.shutdown()
    assert not Path(str(path) + ".lock").exists() or current_holder(path) is None
