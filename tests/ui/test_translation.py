"""The window speaks German completely: every text has its translation, the menus and the
editor read German with the German translation loaded."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from app.services.documents import editing
from ui.common.translation import install_translators, remove_translators
from ui.editor.window import InvoiceEditor
from ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def german(qapp: Any) -> Iterator[None]:
    install_translators(qapp, "de")
    yield
    remove_translators(qapp)
    QLocale.setDefault(QLocale.c())


def test_every_text_of_the_window_has_its_german_translation_and_the_qm_is_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "translate.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_tr_call_of_the_window_is_collected() -> None:
    """pyside6-lupdate skips what it cannot read, e.g. a ``self.tr(...)`` inside an f-string:
    such a text would stay English in the German window while the check above passes."""
    collected = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(ROOT / "resources/translations/invoice_desk_de.ts").iter("context")
        for message in context.iter("message")
    }
    called = set()
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for node in ast.walk(cls):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "tr"
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                ):
                    called.add((path.name, node.lineno, cls.name, node.args[0].value))
    assert len(called) > 500, "the check finds too few tr() calls to be looking right"
    assert sorted(c for c in called if (c[2], c[3]) not in collected) == []


def test_the_window_in_german(
    qtbot: Any, store: Any, session: Any, settings: Any, german: None
) -> None:
    window = MainWindow(store, session, settings)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "&Ansicht", "&Rechnung", "&Berichte", "&Hilfe"]
    pages = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert pages[:4] == ["Übersicht", "Firma", "Kunden", "Artikel"]
    editor = InvoiceEditor(store, session, editing.editor_setup(session.context()))
    qtbot.addWidget(editor, before_close_func=lambda e: e.presenter.mark_clean())
    headers = [
        editor.model.headerData(c, editor.table.horizontalHeader().orientation())
        for c in range(editor.model.columnCount())
    ]
    assert headers == [
        "Bezeichnung",
        "Menge",
        "Einheit",
        "Einzelpreis",
        "Rabatt %",
        "USt.",
        "Nettobetrag",
    ]
    assert editor.issue_button.text() == "&Ausstellen…"


def test_every_setting_is_explained_in_the_window_as_the_service_explains_it() -> None:
    from app.services.company.settings import setting_infos
    from ui.settings.setting_texts import DESCRIPTIONS

    assert {info.key: info.description for info in setting_infos()} == DESCRIPTIONS


def test_the_settings_are_explained_in_german(
    qtbot: Any, store: Any, session: Any, german: None
) -> None:
    from ui.settings.settings_page import SettingsPage

    page = SettingsPage(store, session)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    labels = [
        page.forms[title].labelForField(item).text()
        for title, form in page.forms.items()
        for item in [form.itemAt(row, form.ItemRole.FieldRole) for row in range(form.rowCount())]
        if item is not None and form.labelForField(item) is not None
    ]
    assert "DATEV-Mandantennummer (1 bis 99999):" in labels
    assert "Das Fenster nach so vielen untätigen Minuten sperren (0 = nie):" in labels
