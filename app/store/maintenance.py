"""File-level operations: information, verification, passphrase change, restore."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.services.errors import DamagedFile, InvalidInput
from app.services.files import fsync_dir
from app.store.backup import integrity_problems, table_counts
from app.store.company_file import CompanyFile
from app.store.kdf import DEFAULT_PARAMS, FileKey, KdfParams, new_file_key
from app.store.lock import WriterLock
from app.store.opening import damage_guard as _damage_guard
from app.store.opening import require_existing
from app.store.sqlcipher import (
    DBAPIError,
    connect,
    create_new_file,
    fsync_file,
    is_damage_error,
)


@dataclass
class VerifyReport:
    checks: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(check["ok"] for check in self.checks)

    def add(self, name: str, problems: list[str]) -> None:
        self.checks.append({"name": name, "ok": not problems, "problems": problems})


def verify_file(path: Path, file_key: FileKey) -> VerifyReport:
    """SQLCipher page authentication and SQLite structure, each page read once."""
    require_existing(path)
    report = VerifyReport()
    try:
        with contextlib.closing(connect(path, file_key, readonly=True)) as conn:
            report.add(
                "sqlcipher_pages",
                [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")],
            )
            report.add(
                "sqlite_structure",
                [str(r[0]) for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"],
            )
            report.add(
                "foreign_keys",
                [f"{r[0]} row {r[1]}" for r in conn.execute("PRAGMA foreign_key_check")],
            )
    except DBAPIError as exc:
        if not is_damage_error(exc):
            raise
        report.add("sqlcipher_pages", [f"the file cannot be read: {exc}"])
    return report


def change_passphrase(
    path: Path, old_key: FileKey, new_passphrase: str, params: KdfParams = DEFAULT_PARAMS
) -> FileKey:
    """Re-encrypt the file under a new passphrase, crash-safely.

    The data is exported into a new file next to the old one, verified, flushed to disk and
    renamed over the old file in one atomic step: a crash at any moment leaves either the old
    file (old passphrase) or the new one (new passphrase), never a mixture.
    """
    if not new_passphrase:
        raise InvalidInput.of("passphrase.empty", "new passphrase")
    new_key = new_file_key(new_passphrase, params)
    staging = path.with_name(f".{path.name}.passwd-new")
    _remove_with_sidecars(staging)
    with CompanyFile(path, old_key) as company:
        engine = company.require_engine()
        engine.dispose()  # drop pooled connections so that WAL can be folded in
        conn = connect(path, old_key)
        try:
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            if str(mode).lower() != "delete":
                raise InvalidInput.of("file.reader", "file")
            create_new_file(staging, new_key)
            _remove_with_sidecars(staging, keep_main=True)
            conn.execute(
                f"ATTACH DATABASE ? AS staging KEY {new_key.pragma_literal()}", (str(staging),)
            )
            conn.execute("SELECT sqlcipher_export('staging')")
            conn.execute("DETACH DATABASE staging")
        finally:
            conn.close()
        with contextlib.closing(connect(staging, new_key)) as check:
            check.execute("PRAGMA journal_mode = DELETE")
            problems = integrity_problems(check)
            if problems:
                raise DamagedFile(f"the re-encrypted copy failed its check: {problems}")
        fsync_file(staging)
        os.replace(staging, path)
        fsync_dir(path.parent)
    return new_key


def restore(backup: Path, backup_key: FileKey, target: Path, *, replace: bool) -> Path | None:
    """Put a verified copy of ``backup`` at ``target``; returns where a replaced file went."""
    require_existing(backup)
    with contextlib.closing(connect(backup, backup_key, readonly=True)) as conn:
        problems = integrity_problems(conn)
        if problems:
            raise DamagedFile(f"the backup {backup} fails its check: {problems}")
        expected = table_counts(conn)
    if target.exists() and not replace:
        raise InvalidInput.of("file.replace", "file", path=target, force_field="force")
    lock = WriterLock(target)
    lock.acquire()
    try:
        staging = target.with_name(f".{target.name}.restore-new")
        _remove_with_sidecars(staging)
        staging.write_bytes(backup.read_bytes())
        with contextlib.closing(connect(staging, backup_key)) as check:
            check.execute("PRAGMA journal_mode = DELETE")
            if integrity_problems(check) or table_counts(check) != expected:
                raise DamagedFile("the restored copy does not match the backup")
        fsync_file(staging)
        aside = None
        if target.exists():
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            aside = target.with_name(f"{target.name}.replaced-{stamp}")
            os.replace(target, aside)
            for suffix in ("-wal", "-shm"):
                side = target.with_name(target.name + suffix)
                if side.exists():
                    os.replace(side, aside.with_name(aside.name + suffix))
        os.replace(staging, target)
        fsync_dir(target.parent)
        return aside
    finally:
        lock.release()


def _remove_with_sidecars(path: Path, *, keep_main: bool = False) -> None:
    names = ["-wal", "-shm", "-journal"] + ([] if keep_main else [""])
    for suffix in names:
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def backup_file(path: Path, file_key: FileKey, target: Path) -> dict[str, int]:
    """A verified copy made through a read-only connection: works while the file is in use."""
    from app.store.backup import write_verified_copy

    require_existing(path)
    try:
        with contextlib.closing(connect(path, file_key, readonly=True)) as conn:
            return write_verified_copy(conn, target, file_key)
    except DBAPIError as exc:
        raise _damage_guard(exc) from exc
