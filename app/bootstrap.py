"""The one place that wires the adapters (store, keyring) into what the CLI and GUI use."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from app import secrets
from app.services.errors import DamagedFile
from app.store import maintenance
from app.store.backup import write_verified_copy
from app.store.company_file import (
    SUFFIX,
    CompanyFields,
    CompanyFile,
    create,
    read_settings,
    remembered_key_fits,
    require_existing,
    unlock,
)
from app.store.kdf import DEFAULT_PARAMS, FAST_TEST_PARAMS, FileKey, KdfParams, read_header
from app.store.sqlcipher import DBAPIError, is_damage_error

__all__ = [
    "SUFFIX",
    "CompanyFields",
    "CompanySession",
    "FileKey",
    "change_passphrase",
    "create_company",
    "forget_key",
    "key_from_passphrase",
    "remember_key",
    "remembered_key",
    "restore_backup",
]

P = ParamSpec("P")
R = TypeVar("R")


def damage_is_typed(func: Callable[P, R]) -> Callable[P, R]:
    """Turn the driver's 'malformed' / 'not a database' errors into DamagedFile."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except DBAPIError as exc:
            if is_damage_error(exc):
                raise DamagedFile(f"the company file is damaged: {exc}") from exc
            raise

    return wrapper


# Tests create hundreds of files; this switch makes key stretching cheap for them only.
FAST_KDF_VARIABLE = "INVOICE_DESK_INSECURE_FAST_KDF"


def kdf_params() -> KdfParams:
    return FAST_TEST_PARAMS if os.environ.get(FAST_KDF_VARIABLE) == "1" else DEFAULT_PARAMS


@damage_is_typed
def key_from_passphrase(path: Path, passphrase: str) -> FileKey:
    """Stretch the passphrase with the parameters stored in the file (~0.35 s)."""
    return unlock(path, passphrase)


@damage_is_typed
def remembered_key(path: Path) -> FileKey | None:
    """The key this computer remembers for the file, if it still fits the file."""
    require_existing(path)
    header = read_header(path)
    stored = secrets.load_key(header.raw[:8].hex())
    if stored is None:
        return None
    try:
        file_key = FileKey.deserialize(stored)
    except ValueError:
        return None
    return file_key if remembered_key_fits(path, file_key) else None


def remember_key(file_key: FileKey) -> None:
    secrets.store_key(file_key.file_id, file_key.serialize())


@damage_is_typed
def forget_key(path: Path) -> bool:
    require_existing(path)
    return secrets.forget_key(read_header(path).raw[:8].hex())


@damage_is_typed
def create_company(path: Path, passphrase: str, fields: CompanyFields) -> FileKey:
    return create(path, passphrase, fields, kdf_params())


@damage_is_typed
def change_passphrase(path: Path, old_key: FileKey, new_passphrase: str) -> FileKey:
    """Re-encrypt under a new passphrase; a remembered key is replaced by the new one."""
    was_remembered = remembered_key(path) is not None
    new_key = maintenance.change_passphrase(path, old_key, new_passphrase, kdf_params())
    if was_remembered:
        secrets.forget_key(old_key.file_id)
        remember_key(new_key)
    return new_key


@damage_is_typed
def restore_backup(
    backup: Path, backup_key: FileKey, target: Path, *, replace: bool
) -> Path | None:
    return maintenance.restore(backup, backup_key, target, replace=replace)


@damage_is_typed
def file_info(path: Path, file_key: FileKey) -> dict[str, Any]:
    return maintenance.file_info(path, file_key).as_dict()


@damage_is_typed
def verify_file(path: Path, file_key: FileKey) -> dict[str, Any]:
    report = maintenance.verify_file(path, file_key)
    return {"ok": report.ok, "checks": report.checks}


class CompanySession:
    """An unlocked company file opened for writing (holds the writer lock until close)."""

    def __init__(self, path: Path, file_key: FileKey) -> None:
        self.path = path
        self.file_key = file_key
        self._file = CompanyFile(path, file_key)

    @damage_is_typed
    def open(self) -> CompanySession:
        self._file.open()
        return self

    def __enter__(self) -> CompanySession:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._file.close()

    @property
    def migrated_from(self) -> str | None:
        return self._file.migrated_from

    @property
    def automatic_backup(self) -> Path | None:
        return self._file.backup_path

    @damage_is_typed
    def info(self) -> dict[str, Any]:
        return file_info(self.path, self.file_key)

    @damage_is_typed
    def settings(self) -> dict[str, Any]:
        return read_settings(self._file.require_engine())

    @damage_is_typed
    def backup(self, target: Path) -> dict[str, int]:
        """A verified copy of the open file at ``target`` (same passphrase)."""
        with CompanyFile.dbapi_connection(self._file.require_engine()) as raw:
            return write_verified_copy(raw, target, self.file_key)


@damage_is_typed
def backup_file(path: Path, file_key: FileKey, target: Path) -> dict[str, int]:
    return maintenance.backup_file(path, file_key, target)
