"""The units a line or a product offers: UN/ECE Rec 20 codes and their words (translated in
the window, context "Labels")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

UNITS = (
    ("C62", QT_TRANSLATE_NOOP("Labels", "piece")),
    ("HUR", QT_TRANSLATE_NOOP("Labels", "hour")),
    ("DAY", QT_TRANSLATE_NOOP("Labels", "day")),
    ("MON", QT_TRANSLATE_NOOP("Labels", "month")),
    ("ANN", QT_TRANSLATE_NOOP("Labels", "year")),
    ("KGM", QT_TRANSLATE_NOOP("Labels", "kilogram")),
    ("MTR", QT_TRANSLATE_NOOP("Labels", "metre")),
    ("MTK", QT_TRANSLATE_NOOP("Labels", "square metre")),
    ("LTR", QT_TRANSLATE_NOOP("Labels", "litre")),
    ("KMT", QT_TRANSLATE_NOOP("Labels", "kilometre")),
    ("SET", QT_TRANSLATE_NOOP("Labels", "set")),
    ("LS", QT_TRANSLATE_NOOP("Labels", "lump sum")),
)
