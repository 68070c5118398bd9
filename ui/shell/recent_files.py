"""Recently opened company files, kept in QSettings (paths only: never data, never secrets)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recent_files"
LIMIT = 8


def recent_files(settings: QSettings) -> list[Path]:
    value = settings.value(KEY, [])
    items = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
    return [Path(str(item)) for item in items if item]


def add_recent_file(settings: QSettings, path: Path) -> None:
    resolved = str(path.resolve())
    items = [str(p) for p in recent_files(settings) if str(p) != resolved]
    settings.setValue(KEY, [resolved, *items][:LIMIT])
