"""The encrypted company file: create, unlock, open (with migrations), close."""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from app import __version__
from app.services.company.fields import CompanyInput
from app.services.errors import DamagedFile, InvalidInput
from app.store import dialect_sqlite, migrate
from app.store.backup import write_verified_copy
from app.store.kdf import DEFAULT_PARAMS, FileKey, KdfParams, new_file_key
from app.store.lock import WriterLock
from app.store.opening import SUFFIX, require_existing
from app.store.sqlcipher import create_new_file, make_engine
from app.store.tax_defaults import seed_tax_rates

AUTOMATIC_BACKUPS_KEPT = 5
DEFAULT_SETTINGS = {
    "security.auto_lock_minutes": "15",
    "backup.keep_automatic": str(AUTOMATIC_BACKUPS_KEPT),
}


# The company's master data as the services check it; the store writes it as given.
CompanyFields = CompanyInput


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def create(
    path: Path, passphrase: str, fields: CompanyFields, params: KdfParams = DEFAULT_PARAMS
) -> FileKey:
    """Create a new company file at the current schema, holding one company."""
    if path.exists():
        raise InvalidInput.of("file.exists", "file", path=path)
    if not path.parent.is_dir():
        raise InvalidInput.of("folder.missing", "file", path=path.parent)
    if not passphrase:
        raise InvalidInput.of("passphrase.empty", "passphrase")
    file_key = new_file_key(passphrase, params)
    lock = WriterLock(path)
    lock.acquire()
    try:
        create_new_file(path, file_key)
        engine = make_engine(path, file_key)
        try:
            migrate.upgrade(engine)
            _insert_company(engine, fields)
        finally:
            engine.dispose()
    except BaseException:
        for leftover in (
            path,
            path.with_name(path.name + "-wal"),
            path.with_name(path.name + "-shm"),
        ):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        raise
    finally:
        lock.release()
    return file_key


def _insert_company(engine: Engine, fields: CompanyFields) -> None:
    now = _now()
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO company (name, country, currency, vat_id, street, postcode, city,"
                " created_at) VALUES (:name, :country, :currency, :vat_id, :street, :postcode,"
                " :city, :created_at)"
            ),
            {**fields.__dict__, "created_at": now},
        )
        company_id = conn.execute(text("SELECT max(id) FROM company")).scalar_one()
        for key, value in DEFAULT_SETTINGS.items():
            conn.execute(
                text(
                    "INSERT INTO company_setting (company_id, key, version, value_json,"
                    " recorded_at) VALUES (:c, :k, 1, :v, :r)"
                ),
                {"c": company_id, "k": key, "v": value, "r": now},
            )
        seed_tax_rates(conn, fields.country)
        for key, value in {"created_at": now, "created_by": f"invoice-desk {__version__}"}.items():
            conn.execute(
                text("INSERT INTO app_meta (key, value) VALUES (:k, :v)"), {"k": key, "v": value}
            )


class CompanyFile:
    """An unlocked company file: an engine, and for writers the lock held until close()."""

    def __init__(self, path: Path, file_key: FileKey, *, readonly: bool = False) -> None:
        self.path = path
        self.file_key = file_key
        self.readonly = readonly
        self.lock: WriterLock | None = None if readonly else WriterLock(path)
        self.engine: Engine | None = None
        self.migrated_from: str | None = None
        self.backup_path: Path | None = None

    def open(self) -> CompanyFile:
        require_existing(self.path)
        if self.lock is not None:
            self.lock.acquire()
        try:
            self.engine = make_engine(self.path, self.file_key, readonly=self.readonly)
            if not self.readonly:
                self._migrate_if_needed(self.engine)
        except BaseException:
            self.close()
            raise
        return self

    def __enter__(self) -> CompanyFile:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None
        if self.lock is not None:
            self.lock.release()

    def require_engine(self) -> Engine:
        if self.engine is None:
            raise RuntimeError("company file is not open")
        return self.engine

    def schema_revision(self) -> str | None:
        with self.require_engine().connect() as conn:
            return migrate.current_revision(conn)

    def _migrate_if_needed(self, engine: Engine) -> None:
        with engine.connect() as conn:
            current = migrate.current_revision(conn)
        head = migrate.head_revision()
        if current == head:
            return
        if current is not None and current > head:
            raise DamagedFile(
                f"the company file has schema {current}, newer than this program ({head});"
                " update Invoice Desk"
            )
        self.backup_path = self._automatic_backup(engine, current or "empty")
        migrate.upgrade(engine)
        self.migrated_from = current

    def _automatic_backup(self, engine: Engine, revision: str) -> Path:
        folder = self.path.with_name(self.path.name + ".backups")
        folder.mkdir(exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = folder / f"{self.path.stem}-before-upgrade-from-{revision}-{stamp}{SUFFIX}"
        with self.dbapi_connection(engine) as raw:
            write_verified_copy(raw, target, self.file_key)
        automatic = sorted(folder.glob(f"{self.path.stem}-before-upgrade-*{SUFFIX}"))
        for old in automatic[:-AUTOMATIC_BACKUPS_KEPT]:
            old.unlink()
        return target

    @staticmethod
    def dbapi_connection(engine: Engine) -> contextlib.AbstractContextManager[Any]:
        """The keyed DB-API connection under a pooled SQLAlchemy connection (for the backup
        API; see ``dialect_sqlite.dbapi_connection``)."""
        return dialect_sqlite.dbapi_connection(engine)


def read_settings(engine: Engine) -> dict[str, Any]:
    """The newest version of every company setting."""
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT key, value_json FROM company_setting s WHERE version ="
                " (SELECT max(version) FROM company_setting t WHERE t.key = s.key)"
            )
        ).all()
    return {str(k): json.loads(v) for k, v in rows}
