"""One writer at a time: an OS-level lock on ``<file>.lock`` plus who holds it.

The OS releases the lock when a process dies, however it dies, so a lock file whose lock can
be taken is stale by definition: its recorded holder is gone, and we take it over.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from app.services.errors import FileInUse

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(handle: IO[str], exclusive: bool) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str], exclusive: bool) -> bool:
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(handle.fileno(), mode | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@dataclass(frozen=True)
class LockHolder:
    host: str
    pid: int
    since: str

    def as_dict(self) -> dict[str, str | int]:
        return {"host": self.host, "pid": self.pid, "since": self.since}


def lock_path(company_file: Path) -> Path:
    return company_file.with_name(company_file.name + ".lock")


def _read_holder(handle: IO[str]) -> LockHolder | None:
    handle.seek(0)
    try:
        data = json.loads(handle.read() or "null")
        return LockHolder(host=str(data["host"]), pid=int(data["pid"]), since=str(data["since"]))
    except (ValueError, KeyError, TypeError):
        return None


class WriterLock:
    """Held for as long as a process has a company file open for writing."""

    def __init__(self, company_file: Path) -> None:
        self.path = lock_path(company_file)
        self._handle: IO[str] | None = None
        self.took_over: LockHolder | None = None

    def acquire(self) -> None:
        """Take the lock or raise FileInUse naming the holder."""
        handle = self.path.open("a+", encoding="utf-8")
        if not _try_lock(handle, exclusive=True):
            holder = _read_holder(handle)
            handle.close()
            if holder is None:
                raise FileInUse("unknown host", 0, "an unknown time")
            raise FileInUse(holder.host, holder.pid, holder.since)
        self.took_over = _read_holder(handle)
        me = LockHolder(
            host=socket.gethostname(),
            pid=os.getpid(),
            since=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps(me.as_dict()))
        handle.flush()
        os.fsync(handle.fileno())
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        with contextlib.suppress(OSError):
            handle.seek(0)
            handle.truncate()
            handle.flush()
        _unlock(handle)
        handle.close()


def current_holder(company_file: Path) -> LockHolder | None:
    """Who holds the writer lock right now (None when nobody does)."""
    path = lock_path(company_file)
    if not path.exists():
        return None
    with path.open("r", encoding="utf-8") as handle:
        if _try_lock(handle, exclusive=False):
            _unlock(handle)
            return None
        return _read_holder(handle)
