"""Raw SQLCipher connections with the company key, and the SQLAlchemy engine over them."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher

from app.services.errors import DamagedFile
from app.store.kdf import FileKey

if TYPE_CHECKING:  # info and unlocking use the driver only; the ORM loads with the engine
    from sqlalchemy import Engine

DBAPIError = sqlcipher.DatabaseError
BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 65_536


def is_damage_error(exc: BaseException) -> bool:
    """Whether a driver error means the file's pages fail their checks."""
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text or "hmac" in text


def connect(
    path: Path, file_key: FileKey, *, readonly: bool = False, _recovered: bool = False
) -> Any:
    """Open and key one DB-API connection; checks that page 1 decrypts.

    The caller must have checked the key against the file header already: a failure here
    then means damage, not a wrong passphrase.
    """
    if readonly:
        uri = f"file:{path.as_posix()}?mode=ro"
        conn = sqlcipher.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    else:
        conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {file_key.pragma_literal()}")
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Decrypted pages stay cached (up to 64 MiB): reports over 100,000 invoices re-read
        # the same index pages, and decrypting them again costs more than reading them.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise DamagedFile(f"the company file refused WAL mode (got {mode})")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlcipher.DatabaseError as exc:
        conn.close()
        if is_damage_error(exc):
            raise DamagedFile(f"the company file is damaged: {exc}") from exc
        if readonly and not _recovered and _needs_recovery(exc):
            # A crash left committed transactions in the write-ahead log and no -shm file:
            # only a writable connection may replay them (SQLite's own recovery, as at any
            # normal open). Replay them once, then read as asked.
            connect(path, file_key).close()
            return connect(path, file_key, readonly=True, _recovered=True)
        raise
    return conn


def _needs_recovery(exc: BaseException) -> bool:
    """A read-only open refused because the write-ahead log must be recovered first."""
    return "readonly database" in str(exc).lower()


def create_new_file(path: Path, file_key: FileKey) -> None:
    """Create an empty encrypted database whose header is ``file_key.header``."""
    conn = sqlcipher.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {file_key.pragma_literal()}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE _init(x)")
        conn.execute("DROP TABLE _init")
    finally:
        conn.close()
    with path.open("rb") as handle:
        if handle.read(16) != file_key.header:
            raise DamagedFile("SQLCipher did not write the expected file header")


def make_engine(path: Path, file_key: FileKey, *, readonly: bool = False) -> Engine:
    """A SQLAlchemy engine whose write transactions start with BEGIN IMMEDIATE."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher,
        creator=lambda: connect(path, file_key, readonly=readonly),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    return engine


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
