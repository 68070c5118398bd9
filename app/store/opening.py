"""Finding, unlocking and describing a company file with the driver alone.

``invoice-desk info`` and the check of a remembered key need no ORM: this module loads only
the SQLCipher driver, so those commands start in a fraction of the time the store takes to
import (SQLAlchemy alone is about 0.3 s).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services.errors import DamagedFile, InvalidInput, WrongPassphrase
from app.store import migrate
from app.store.backup import table_counts
from app.store.kdf import FileKey, derive_file_key, key_matches, read_header
from app.store.lock import current_holder
from app.store.sqlcipher import DBAPIError, connect, is_damage_error

SUFFIX = ".invoicedesk"
COMPANY_COLUMNS = ("name", "country", "currency", "vat_id", "street", "postcode", "city")


def require_existing(path: Path) -> None:
    if not path.exists():
        raise InvalidInput.of("file.none", "file", path=path)
    if not path.is_file():
        raise InvalidInput.of("file.not_file", "file", path=path)


def unlock(path: Path, passphrase: str) -> FileKey:
    """Derive the key of an existing file; WrongPassphrase when it does not fit."""
    require_existing(path)
    file_key = derive_file_key(passphrase, read_header(path))
    if file_key is None:
        raise WrongPassphrase("wrong passphrase for this company file")
    return file_key


def remembered_key_fits(path: Path, file_key: FileKey) -> bool:
    return key_matches(file_key, read_header(path))


def damage_guard(exc: Exception) -> Exception:
    """The driver's 'not a database' / 'malformed' errors as DamagedFile, others as they are."""
    if is_damage_error(exc):
        return DamagedFile(f"the company file is damaged: {exc}")
    return exc


@dataclass
class FileInfo:
    path: Path
    file_size: int
    company: dict[str, str | None]
    schema_version: str | None
    schema_head: str
    counts: dict[str, int]
    lock_holder: dict[str, str | int] | None
    kdf: dict[str, int | str]

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "file_size": self.file_size,
            "company": self.company,
            "schema_version": self.schema_version,
            "schema_head": self.schema_head,
            "counts": self.counts,
            "lock": self.lock_holder,
            "kdf": self.kdf,
        }


def file_info(path: Path, file_key: FileKey) -> FileInfo:
    """What ``invoice-desk info`` shows; opens the file read-only, takes no lock."""
    require_existing(path)
    header = read_header(path)
    try:
        with contextlib.closing(connect(path, file_key, readonly=True)) as conn:
            columns = {row[1] for row in conn.execute("PRAGMA table_info(company)")}
            wanted = [c for c in COMPANY_COLUMNS if c in columns]
            row = conn.execute(f"SELECT {', '.join(wanted)} FROM company LIMIT 1").fetchone()
            company = dict(zip(wanted, row, strict=True)) if row else {}
            has_alembic = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
            ).fetchone()[0]
            revision = (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
                if has_alembic
                else None
            )
            counts = {k: v for k, v in table_counts(conn).items() if k != "alembic_version"}
    except DBAPIError as exc:
        raise damage_guard(exc) from exc
    holder = current_holder(path)
    return FileInfo(
        path=path.resolve(),
        file_size=path.stat().st_size,
        company=company,
        schema_version=revision,
        schema_head=migrate.head_revision(),
        counts=counts,
        lock_holder=holder.as_dict() if holder else None,
        kdf=header.params.as_dict(),
    )
