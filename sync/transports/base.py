"""What every transport is given and what it promises.

A transport puts one bundle at one destination and is idempotent: delivering the same bundle
again (after a crash, a lost answer, a retry) leaves exactly one copy. Data files go first,
``manifest.json`` last, so a consumer that waits for the manifest never sees half a bundle.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from app.services.accountant.sync_ports import FileRef

MANIFEST = "manifest.json"


@dataclass(frozen=True)
class Outgoing:
    """One bundle on its way: its folder name, its files, and how to read their bytes."""

    folder: str
    export_id: str
    sequence: int
    idempotency_key: str
    manifest: bytes
    files: list[FileRef]  # the data files, without the manifest
    read: Callable[[list[FileRef]], dict[str, bytes]]  # name -> bytes for a few files


class DeliveryFailed(Exception):
    """The delivery did not happen; ``permanent`` when trying again cannot help (refused,
    a different file in the way, a changed host key): the job then needs a person."""

    def __init__(self, message: str, *, permanent: bool, status: int | None = None) -> None:
        super().__init__(message)
        self.permanent, self.status = permanent, status


class Transport(Protocol):
    def deliver(self, outgoing: Outgoing) -> str:
        """Put the bundle in place; returns what happened in a few words."""
        ...

    def check(self) -> str:
        """Connect and look at the destination without writing a bundle ("test connection")."""
        ...


def key_fingerprint(key_line: str) -> str:
    """``SHA256:...`` of an OpenSSH public key line, as ``ssh-keygen -l`` shows it."""
    blob = base64.b64decode(key_line.split()[1])
    return "SHA256:" + base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")


def chunks(files: list[FileRef], size: int = 200) -> list[list[FileRef]]:
    return [files[index : index + size] for index in range(0, len(files), size)]


def part_name(name: str) -> str:
    """``documents/INV-1.pdf`` is written as ``documents/.INV-1.pdf.part`` first."""
    head, _, tail = name.rpartition("/")
    return f"{head}/.{tail}.part" if head else f".{tail}.part"
