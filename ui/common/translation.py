"""The window's language: German or English (the source texts), from the system's locale or
INVOICE_DESK_LANGUAGE; Qt's own texts (standard buttons, dialogs) in the same language."""

from __future__ import annotations

import os

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from resources import resource_path

LANGUAGES = ("en", "de")
_INSTALLED: list[QTranslator] = []  # referenced for the life of the process


def ui_language_setting() -> str:
    """INVOICE_DESK_LANGUAGE=de|en wins; otherwise the system's language if shipped."""
    wanted = os.environ.get("INVOICE_DESK_LANGUAGE") or QLocale.system().name()[:2]
    return wanted if wanted in LANGUAGES else "en"


def ui_language() -> str:
    """The language numbers are typed and shown in: the system's, if documents support it."""
    language = QLocale().name()[:2]
    return language if language in ("en", "de", "fr") else "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load the program's and Qt's translations; returns them (they must stay referenced)."""
    translators = []
    ours = QTranslator(app)
    if ours.load(str(resource_path(f"translations/invoice_desk_{language}.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    qt = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt.load(f"qtbase_{language}", folder):
        app.installTranslator(qt)
        translators.append(qt)
    QLocale.setDefault(QLocale(language) if language != "en" else QLocale.system())
    _INSTALLED.extend(translators)
    return translators


def remove_translators(app: QApplication) -> None:
    while _INSTALLED:
        app.removeTranslator(_INSTALLED.pop())
