"""The Qt binding the program runs on delivers signals without corrupting reference counts.

PySide6 6.12.0 dropped a reference to None on every signal delivered to a Python slot; after
enough clicks and keystrokes the program aborted ("deallocating None"). pyproject.toml keeps
that release out; this test fails if such a binding is installed again.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPushButton


def test_signals_to_python_slots_keep_reference_counts(qapp: Any) -> None:
    seen: list[str] = []
    button, edit = QPushButton(), QLineEdit()
    button.clicked.connect(lambda: None)
    edit.textChanged.connect(seen.append)
    before = sys.getrefcount(None)
    for index in range(500):
        button.click()
        edit.setText(str(index))
    assert len(seen) == 500
    assert sys.getrefcount(None) - before > -50  # 6.12.0: about -1,000
