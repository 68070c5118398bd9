"""Labels kept in tables (field names, units, tab titles) and translated where shown.

They are marked with ``QT_TRANSLATE_NOOP("Labels", ...)`` where they are defined, so that
pyside6-lupdate collects them, and translated here in the same context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def label_tr(text: object) -> str:
    """``text`` is a str; Qt's stubs type what QT_TRANSLATE_NOOP returns as object."""
    return QCoreApplication.translate("Labels", str(text))
