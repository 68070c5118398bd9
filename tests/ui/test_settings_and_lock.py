"""Settings saved with each refused value marked; the window locks itself when idle and keeps
the draft that was being edited."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

from app.services.company import settings
from app.services.documents import queries
from app.services.ports import DocumentQuery
from tests.unit.services.builders import add_customer
from ui.settings.settings_page import SettingsPage
from ui.shell.main_window import MainWindow


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
    current = settings.current_settings(session.context()).as_json()
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
    assert editor.presenter.unsaved
    window.idle.set_interval_ms(300)
    with qtbot.waitSignal(window.lock_requested, timeout=5_000):
        pass
    qtbot.waitUntil(lambda: not store.busy, timeout=10_000)
    page = queries.document_page(session.context(), DocumentQuery(filter="draft"))
    assert len(page.rows) == 1  # the draft was saved before the lock
    window.idle.set_interval_ms(0)
    editor.presenter.mark_clean()


def test_company_details_tax_rates_and_number_series(qtbot: Any, store: Any, session: Any) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    from app.services.company import company_details, series
    from app.services.documents import editing

    page = SettingsPage(store, session)
    qtbot.addWidget(page)
    company = page.company_tab
    qtbot.waitUntil(lambda: company.inputs["name"].text() == "Acme Müller GmbH", timeout=10_000)
    company.inputs["iban"].setText("GB00 0000")
    company.inputs["phone"].setText("+49 30 1234567")
    company.save()
    qtbot.waitUntil(lambda: company.form.errors["iban"].isVisibleTo(page), timeout=10_000)
    company.inputs["iban"].setText("DE89 3704 0044 0532 0130 00")
    company.save()
    qtbot.waitUntil(lambda: company.status.text() == "Saved.", timeout=10_000)
    details = company_details.show_company(session.context())
    assert (details.iban, details.phone) == ("DE89370400440532013000", "+49 30 1234567")

    rates = page.tax_tab
    qtbot.waitUntil(lambda: rates.table.rowCount() > 0, timeout=10_000)
    before = rates.table.rowCount()
    rates.name.setText("reduced")
    rates.rate.setText("5")
    rates.valid_from.setDate(QDate(2027, 1, 1))
    rates.add()
    qtbot.waitUntil(lambda: rates.table.rowCount() == before + 1, timeout=10_000)
    table = editing.tax_rates(session.context())
    assert any(r.name == "reduced" and r.valid_from == date(2027, 1, 1) for r in table)
    rates.add()  # the same version twice
    qtbot.waitUntil(
        lambda: "already has a version" in rates.form.errors["valid_from"].text(), timeout=10_000
    )

    numbers = page.series_tab
    qtbot.waitUntil(lambda: numbers.table.rowCount() > 0, timeout=10_000)
    numbers.name.setText("shop")
    numbers.pattern.setText("SHOP-{seq:05}")
    numbers.add()
    qtbot.waitUntil(lambda: numbers.status.text() == "Series added.", timeout=10_000)
    assert "SHOP-{seq:05}" in [s.pattern for s in series.list_series(session.context())]


def test_change_the_passphrase_from_the_window(
    qtbot: Any, qapp: Any, session: Any, settings: Any
) -> None:
    import pytest

    from app import bootstrap
    from app.services.errors import WrongPassphrase
    from tests.conftest import PASSPHRASE
    from ui.opening.unlock_dialog import Unlocked
    from ui.shell.application import AppController

    controller = AppController(qapp, settings)
    try:
        controller.show_main(Unlocked(session))
        window = controller.window
        assert window is not None
        page = window.settings_page
        page.passphrase_change_requested.emit("not the passphrase", "a new passphrase 2027")
        qtbot.waitUntil(lambda: "not the current passphrase" in page.status.text(), timeout=15_000)
        assert controller.window is window and window.session.context() is not None
        page.passphrase_change_requested.emit(PASSPHRASE, "a new passphrase 2027")
        qtbot.waitUntil(lambda: controller.window not in (None, window), timeout=30_000)
        path = session.path
        assert bootstrap.key_from_passphrase(path, "a new passphrase 2027") is not None
        with pytest.raises(WrongPassphrase):
            bootstrap.key_from_passphrase(path, PASSPHRASE)
        new_window = controller.window
        assert new_window is not None
        assert new_window.session.info()["company"]["name"] == "Acme Müller GmbH"
    finally:
        controller.shutdown()


def test_reminder_levels_are_edited_as_a_table(qtbot: Any, store: Any, session: Any) -> None:
    from decimal import Decimal

    from ui.receivables.levels_editor import LevelsEditor

    page = SettingsPage(store, session)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    levels = page.editors["dunning.levels"]
    assert isinstance(levels, LevelsEditor)
    assert levels.table.rowCount() == 3 and page.changes() == {}  # the defaults, unchanged
    assert levels.table.item(2, 1).text() == "Final notice"
    levels.add_level()
    assert levels.table.item(3, 0).text() == "49"  # 14 days after the last level
    levels.table.item(3, 1).setText("Handed to collection")
    levels.table.item(3, 2).setText("15,00")  # a comma: the service says what is wrong
    with qtbot.waitSignal(page.changed, timeout=10_000):
        page.save()
    error = page.forms["Payments and reminders"].errors["dunning.levels"]
    assert error.text() == "level 4: fee '15,00' is not a number such as 5.00"
    levels.table.item(3, 2).setText("15.00")
    with qtbot.waitSignal(page.changed, timeout=10_000):
        page.save()
    stored = settings.current_settings(session.context()).as_json()["dunning.levels"]
    assert [level["days"] for level in stored] == [7, 21, 35, 49]
    assert stored[3]["title"] == "Handed to collection"
    assert Decimal(stored[3]["fee"]) == Decimal("15.00")
    assert page.changes() == {}
