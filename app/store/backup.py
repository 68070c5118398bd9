"""Verified backups: SQLite's online backup API on the keyed connection, then a check."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from app.services.errors import DamagedFile, InvalidInput
from app.services.files import fsync_dir
from app.store.kdf import FileKey
from app.store.sqlcipher import (
    DBAPIError,
    connect,
    create_new_file,
    fsync_file,
    is_damage_error,
)

PAGES_PER_STEP = 256


def integrity_problems(conn: Any) -> list[str]:
    """Every problem SQLCipher (page HMACs) and SQLite (b-trees, foreign keys) report."""
    try:
        problems = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
        problems += [str(r[0]) for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [
            f"foreign key violation in {row[0]} row {row[1]}"
            for row in conn.execute("PRAGMA foreign_key_check")
        ]
    except DBAPIError as exc:
        if not is_damage_error(exc):
            raise
        return [f"the file cannot be read: {exc}"]
    return problems


def table_counts(conn: Any) -> dict[str, int]:
    names = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


def write_verified_copy(source: Any, target: Path, file_key: FileKey) -> dict[str, int]:
    """Copy the open, keyed ``source`` to ``target`` atomically and prove the copy readable.

    Returns the table row counts of the copy. ``target`` appears only once it is verified.
    """
    if target.exists():
        raise InvalidInput.of("backup.exists", "to", path=target)
    if not target.parent.is_dir():
        raise InvalidInput.of("folder.missing", "to", path=target.parent)
    partial = target.with_name(f".{target.name}.partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        create_new_file(partial, file_key)
        dest = connect(partial, file_key)
        try:
            source.backup(dest, pages=PAGES_PER_STEP)
            # The copy took the source's WAL flag; a backup is one self-contained file.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        _remove_sidecars(partial)
        expected = table_counts(source)
        with contextlib.closing(connect(partial, file_key, readonly=True)) as check:
            problems = integrity_problems(check)
            counts = table_counts(check)
        if problems or counts != expected:
            raise DamagedFile(f"the backup copy failed its check: {problems or counts}")
        fsync_file(partial)
        os.replace(partial, target)
        fsync_dir(target.parent)
        return counts
    finally:
        _remove_sidecars(partial)
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


def _remove_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()
