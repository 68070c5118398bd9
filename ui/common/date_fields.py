"""What the window's date fields share."""

from __future__ import annotations

from PySide6.QtCore import QDate

NO_DATE = QDate(2000, 1, 1)  # shown as the special text of a date field: "not set"
