"""SFTP delivery (asyncssh): ``<remote dir>/<bundle folder>/...``.

The server's host key is pinned: a server whose key is not pinned yet is refused with its
fingerprint (the user confirms it, the program pins it), a changed key is refused for good.
Every file goes up as ``.name.part``, its size is checked, and it is renamed into place (SFTP
rename does not replace an existing file on OpenSSH); a final file already there with the same
SHA-256 counts as delivered, a different one is never overwritten. Data files first, the
manifest last. Several files are in flight at once over one connection.
"""

from __future__ import annotations

import asyncio
import hashlib
import posixpath
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import asyncssh

from app.domain.invariants import broken
from app.services.accountant.sync_ports import FileRef
from sync.transports.base import (
    MANIFEST,
    DeliveryFailed,
    Outgoing,
    chunks,
    key_fingerprint,
    part_name,
)

T = TypeVar("T")


@dataclass(frozen=True)
class SftpDestination:
    host: str
    port: int
    user: str
    remote_dir: str = "."
    host_key: str | None = None  # the pinned OpenSSH public key ("ssh-ed25519 AAAA...")
    password: str | None = None  # from the keyring
    key_file: str | None = None
    key_passphrase: str | None = None  # from the keyring
    timeout: float = 30.0
    parallel: int = 64


class UnknownHostKey(DeliveryFailed):
    """The server's key is not pinned yet: show the fingerprint, pin ``key`` when confirmed."""

    def __init__(self, host: str, key: str, fingerprint: str) -> None:
        super().__init__(
            f"{host} is not known yet: its host key fingerprint is {fingerprint};"
            " confirm it to trust this server",
            permanent=True,
        )
        self.key, self.fingerprint = key, fingerprint


def fingerprint(key_line: str) -> str:
    return key_fingerprint(key_line)


class _Pinning(asyncssh.SSHClient):
    def __init__(self) -> None:
        self.seen: asyncssh.SSHKey | None = None

    def validate_host_public_key(
        self, host: str, addr: str, port: int, key: asyncssh.SSHKey
    ) -> bool:
        self.seen = key
        return False


class SftpTransport:
    def __init__(self, destination: SftpDestination) -> None:
        self.d = destination

    def check(self) -> str:
        async def look(sftp: asyncssh.SFTPClient) -> str:
            await sftp.makedirs(self.d.remote_dir, exist_ok=True)
            names = await sftp.listdir(self.d.remote_dir)
            return f"connected to {self.d.host}; {self.d.remote_dir} holds {len(names) - 2} entries"

        return self._run(look)

    def deliver(self, outgoing: Outgoing) -> str:
        async def put(sftp: asyncssh.SFTPClient) -> str:
            return await _Upload(sftp, self.d, outgoing).run()

        return self._run(put)

    def _run(self, work: Callable[[asyncssh.SFTPClient], Awaitable[T]]) -> T:
        try:
            return asyncio.run(self._session(work))
        except DeliveryFailed:
            raise
        except asyncssh.PermissionDenied as exc:
            raise DeliveryFailed(
                f"{self.d.host} refused user {self.d.user} (wrong password or key): {exc.reason}",
                permanent=True,
            ) from exc
        except asyncssh.SFTPPermissionDenied as exc:
            raise DeliveryFailed(f"{self.d.host}: {exc.reason}", permanent=True) from exc
        except (TimeoutError, OSError, asyncssh.Error) as exc:
            text = getattr(exc, "reason", None) or str(exc) or type(exc).__name__
            raise DeliveryFailed(f"{self.d.host}:{self.d.port}: {text}", permanent=False) from exc

    async def _session(self, work: Callable[[asyncssh.SFTPClient], Awaitable[T]]) -> T:
        pinned = [asyncssh.import_public_key(self.d.host_key)] if self.d.host_key else []
        client = _Pinning()
        options: dict[str, Any] = {
            "username": self.d.user,
            "known_hosts": (pinned, [], []),
            "client_factory": lambda: client,
            "connect_timeout": self.d.timeout,
            "agent_path": None,
            # AES-GCM runs in one OpenSSL call per packet; asyncssh's ChaCha20-Poly1305 makes
            # several Python calls per packet and was the bottleneck (3x slower uploads)
            "encryption_algs": [
                "aes128-gcm@openssh.com",
                "aes256-gcm@openssh.com",
                "aes128-ctr",
                "aes256-ctr",
                "chacha20-poly1305@openssh.com",
            ],
        }
        if self.d.key_file:
            options["client_keys"] = [self.d.key_file]
            options["passphrase"] = self.d.key_passphrase
        else:
            options["client_keys"] = None
            options["password"] = self.d.password or ""
        try:
            conn = await asyncssh.connect(self.d.host, self.d.port, **options)
        except asyncssh.HostKeyNotVerifiable as exc:
            raise self._refused(client.seen, exc) from exc
        async with conn, conn.start_sftp_client() as sftp:
            result = await work(sftp)
        return result

    def _refused(self, seen: asyncssh.SSHKey | None, exc: Exception) -> DeliveryFailed:
        if seen is None:
            return DeliveryFailed(f"{self.d.host}: host key not verifiable: {exc}", permanent=True)
        line = seen.export_public_key("openssh").decode().split()
        key = " ".join(line[:2])
        if not self.d.host_key:
            return UnknownHostKey(self.d.host, key, seen.get_fingerprint("sha256"))
        return DeliveryFailed(
            f"the host key of {self.d.host} CHANGED: pinned {fingerprint(self.d.host_key)},"
            f" the server shows {seen.get_fingerprint('sha256')}; refused (if the server really"
            " got a new key, remove the pinned one and confirm the new one)",
            permanent=True,
        )


class _Upload:
    """Three steps, each with many requests in flight: every missing file up as .part, one
    listing to check the sizes that arrived, every .part renamed into place; then the
    manifest the same way, alone."""

    def __init__(self, sftp: asyncssh.SFTPClient, d: SftpDestination, out: Outgoing) -> None:
        self.sftp, self.out = sftp, out
        self.root = posixpath.join(d.remote_dir, out.folder)
        self.gate = asyncio.Semaphore(d.parallel)
        self.there: dict[str, int] = {}
        self.written = self.present = 0

    async def run(self) -> str:
        folders = sorted({posixpath.dirname(f.name) for f in self.out.files} | {""})
        for folder in folders:
            await self.sftp.makedirs(self._path(folder), exist_ok=True)
        self.there = await self._listing(folders)
        uploaded = await self._send_parts()
        await self._check_sizes(uploaded, folders)
        await asyncio.gather(*(self._rename(ref) for ref in uploaded))
        manifest = self.out.manifest
        ref = FileRef(MANIFEST, hashlib.sha256(manifest).hexdigest(), len(manifest))
        if await self._needed(ref):
            await self._write_part(ref, manifest)
            await self._check_sizes([ref], [""])
            await self._rename(ref)
        return f"{self.written} files written, {self.present} already there, in {self.root}"

    def _path(self, name: str) -> str:
        return posixpath.join(self.root, name) if name else self.root

    async def _listing(self, folders: list[str]) -> dict[str, int]:
        """Name (relative to the bundle) -> size of every file there now, .part files too."""
        found: dict[str, int] = {}
        for folder in folders:
            for entry in await self.sftp.readdir(self._path(folder)):
                base = str(entry.filename)
                found[posixpath.join(folder, base) if folder else base] = entry.attrs.size or 0
        return found

    async def _send_parts(self) -> list[FileRef]:
        """Every data file not in place yet goes up as .part; the next few files are read
        from the company file while these travel."""
        uploaded: list[FileRef] = []
        batches = chunks(self.out.files)
        reading = (
            asyncio.create_task(asyncio.to_thread(self.out.read, batches[0])) if batches else None
        )
        for index, batch in enumerate(batches):
            if reading is None:
                raise broken("reading is None")
            found = await reading
            if index + 1 < len(batches):
                reading = asyncio.create_task(asyncio.to_thread(self.out.read, batches[index + 1]))
            needed = [ref for ref in batch if await self._needed(ref)]
            await asyncio.gather(*(self._write_part(ref, found[ref.name]) for ref in needed))
            uploaded += needed
        return uploaded

    async def _needed(self, ref: FileRef) -> bool:
        """False when the same file is in place (a .part left beside it is removed); a
        different file under the name is refused, never overwritten."""
        if ref.name not in self.there:
            return True
        if not await self._same(self._path(ref.name), ref):
            raise DeliveryFailed(
                f"{self._path(ref.name)} exists with other content; it is never overwritten",
                permanent=True,
            )
        self.present += 1
        if part_name(ref.name) in self.there:
            await self.sftp.remove(self._path(part_name(ref.name)))
        return False

    async def _same(self, path: str, ref: FileRef) -> bool:
        async with self.sftp.open(path, "rb") as handle:
            raw: Any = await handle.read()  # typed as str; bytes in binary mode
        data = bytes(raw)
        return len(data) == ref.size and hashlib.sha256(data).hexdigest() == ref.sha256

    async def _write_part(self, ref: FileRef, data: bytes) -> None:
        async with self.gate, self.sftp.open(self._path(part_name(ref.name)), "wb") as handle:
            await handle.write(data)

    async def _check_sizes(self, uploaded: list[FileRef], folders: list[str]) -> None:
        arrived = await self._listing(folders)
        for ref in uploaded:
            size = arrived.get(part_name(ref.name))
            if size != ref.size:
                raise DeliveryFailed(
                    f"{self._path(part_name(ref.name))}: {size} bytes arrived of {ref.size}",
                    permanent=False,
                )

    async def _rename(self, ref: FileRef) -> None:
        part, final = self._path(part_name(ref.name)), self._path(ref.name)
        async with self.gate:
            try:
                await self.sftp.rename(part, final)  # never replaces an existing file
            except asyncssh.SFTPError:  # the final name exists: the same file, or refuse
                if not await self._same(final, ref):
                    raise DeliveryFailed(
                        f"{final} exists with other content; it is never overwritten",
                        permanent=True,
                    ) from None
                await self.sftp.remove(part)
        self.written += 1
