from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from ui.common.store_thread import StoreThread


@pytest.fixture
def store(qapp: object) -> Iterator[StoreThread]:
    thread = StoreThread()
    yield thread
    thread.stop()


@pytest.fixture
def settings(qapp: object, tmp_path: object) -> QSettings:
    QStandardPaths.setTestModeEnabled(True)
    settings = QSettings(str(tmp_path) + "/settings.ini", QSettings.Format.IniFormat)  # type: ignore[operator]
    settings.clear()
    return settings


from tests.smtp_server import server  # noqa: E402, F401  (a pytest fixture: SMTP on 127.0.0.1)
