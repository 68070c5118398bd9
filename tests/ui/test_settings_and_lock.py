"""Settings saved with each refused value marked; the window locks itself when idle and keeps
the draft that was being edited."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

from app.services import queries, settings
from app.services.ports import DocumentQuery
from tests.unit.services.builders import add_customer
from ui.main_window import MainWindow
from ui.settings_page import SettingsPage


def test_settings_are_saved_and_a_refused_value_says_why(
    qtbot: Any, store: Any, session: Any
) -> None:
    page = SettingsPage(store, session)
    qtbot.addWidget(page)
    paper = page.editors["document.paper"]
    assert isinstance(paper, QComboBox)
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    assert paper.currentText() == "a4"
    assert page.changes() == {}
    paper.setCurrentText("letter")
    accent = page.editors["document.accent"]
    assert isinstance(accent, QLineEdit)
    accent.setText("#zz0000")
    minutes = page.editors["security.auto_lock_minutes"]
    assert isinstance(minutes, QSpinBox) and minutes.maximum() == 1440
    minutes.setValue(25)
    assert set(page.changes()) == {
        "document.paper",
        "document.accent",
        "security.auto_lock_minutes",
    }, page.changes()
    with qtbot.waitSignal(page.changed, timeout=10_000) as changed:
        page.save()
    assert "not a colour" in page.forms["Documents"].errors["document.accent"].text()
    assert "2 setting(s) saved" in page.status.text() and "1 refused" in page.status.text()
    current = settings.current_settings(session.context())
    assert current["document.paper"] == "letter" and current["security.auto_lock_minutes"] == 25
    assert current["document.accent"] == "#1f4e79"  # the refused value changed nothing
    assert changed.args[0]["security.auto_lock_minutes"] == 25
    assert page.changes() == {"document.accent": "#zz0000"}  # still shown for correction


def test_the_window_locks_when_idle_and_keeps_the_open_draft(
    qtbot: Any, store: Any, session: Any, settings: Any
) -> None:
    customer = add_customer(session.context())
    window = MainWindow(store, session, settings)
    qtbot.addWidget(window)
    window.show()
    window.documents_page.open_editor(None)
    qtbot.waitUntil(lambda: bool(window.documents_page.editors), timeout=10_000)
    editor = window.documents_page.editors[0]
    index = editor.customer.findData(customer)
    editor.customer.setCurrentIndex(index)
    editor.customer.activated.emit(index)
    editor.model.setData(editor.model.index(0, 0), "Unsaved work")
    editor.model.setData(editor.model.index(0, 3), "80")
    assert not editor.undo_stack.isClean()
    window.idle.set_interval_ms(300)
    with qtbot.waitSignal(window.lock_requested, timeout=5_000):
        pass
    qtbot.waitUntil(lambda: not store.busy, timeout=10_000)
    page = queries.document_page(session.context(), DocumentQuery(filter="draft"))
    assert len(page["rows"]) == 1  # the draft was saved before the lock
    window.idle.set_interval_ms(0)
    editor.undo_stack.setClean()
