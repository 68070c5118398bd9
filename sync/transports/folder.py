"""A local (or mounted network) folder: ``<path>/<bundle folder>/...``.

Each file is written as ``.name.part``, flushed to disk, then linked to its final name (a
link never replaces an existing file); a file already there with the same SHA-256 counts as
delivered, a different one is never overwritten.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from app.services.accountant.sync_ports import FileRef
from app.services.files import fsync_dir
from sync.transports.base import MANIFEST, DeliveryFailed, Outgoing, chunks, part_name


class FolderTransport:
    def __init__(self, path: Path) -> None:
        self.path = path

    def check(self) -> str:
        if not self.path.is_dir():
            raise DeliveryFailed(f"{self.path} is not a folder (or not mounted)", permanent=False)
        if not os.access(self.path, os.W_OK | os.X_OK):
            raise DeliveryFailed(f"{self.path}: no permission to write", permanent=True)
        return f"{self.path} is a writable folder"

    def deliver(self, outgoing: Outgoing) -> str:
        self.check()
        target = self.path / outgoing.folder
        written = present = 0
        manifest_ref = FileRef(
            MANIFEST, hashlib.sha256(outgoing.manifest).hexdigest(), len(outgoing.manifest)
        )
        batches = [(part, outgoing.read(part)) for part in chunks(outgoing.files)]
        batches.append(([manifest_ref], {MANIFEST: outgoing.manifest}))
        try:
            for part, found in batches:
                for ref in part:
                    if _put(target, ref, found[ref.name]):
                        written += 1
                    else:
                        present += 1
            for folder in {target, *(p.parent for p in target.rglob("*") if p.is_file())}:
                fsync_dir(folder)
        except OSError as exc:
            raise DeliveryFailed(f"{target}: {exc.strerror or exc}", permanent=False) from exc
        return f"{written} files written, {present} already there, in {target}"


def _same(path: Path, ref: FileRef) -> bool:
    data = path.read_bytes()
    return len(data) == ref.size and hashlib.sha256(data).hexdigest() == ref.sha256


def _put(target: Path, ref: FileRef, data: bytes) -> bool:
    """True when written, False when the same file was there already."""
    final = target / ref.name
    if final.exists():
        if _same(final, ref):
            return False
        raise DeliveryFailed(
            f"{final} exists with other content; it is never overwritten", permanent=True
        )
    final.parent.mkdir(parents=True, exist_ok=True)
    part = target / part_name(ref.name)
    with open(part, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    if part.stat().st_size != ref.size:
        raise DeliveryFailed(f"{part}: short write", permanent=False)
    try:
        os.link(part, final)
    except FileExistsError:  # another delivery got there first
        if not _same(final, ref):
            raise DeliveryFailed(
                f"{final} exists with other content; it is never overwritten", permanent=True
            ) from None
    part.unlink()
    return True
