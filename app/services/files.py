"""Files the program writes for the user (exports, letters, PDFs): whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

from app.services.errors import InvalidInput


def fsync_dir(path: Path) -> None:
    """Make a directory's entries (a new or renamed file) survive a power cut."""
    if os.name == "nt":  # pragma: no cover - directories cannot be fsynced on Windows
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes, field: str = "out") -> None:
    """Write a whole file or nothing: a hidden .part beside it, flushed, then renamed."""
    partial = path.with_name(f".{path.name}.part")
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InvalidInput.of("file.unwritable", field, path=path, reason=exc.strerror) from None
