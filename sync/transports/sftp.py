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

from app.services.sync_ports import FileRef
from sync.transports.base import MANIFEST, DeliveryFailed, Outgoing, chunks, part_name

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
    parallel: int = 16


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
    return str(asyncssh.import_public_key(key_line).get_fingerprint("sha256"))


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
    def __init__(self, sftp: asyncssh.SFTPClient, d: SftpDestination, out: Outgoing) -> None:
        self.sftp, self.out = sftp, out
        self.root = posixpath.join(d.remote_dir, out.folder)
        self.gate = asyncio.Semaphore(d.parallel)
        self.there: dict[str, int] = {}
        self.written = self.present = 0

    async def run(self) -> str:
        folders = {posixpath.dirname(f.name) for f in self.out.files} | {""}
        for folder in sorted(folders):
            path = posixpath.join(self.root, folder) if folder else self.root
            await self.sftp.makedirs(path, exist_ok=True)
            for entry in await self.sftp.readdir(path):
                base = str(entry.filename)
                name = posixpath.join(folder, base) if folder else base
                self.there[name] = entry.attrs.size or 0
        for part in chunks(self.out.files):
            found = await asyncio.to_thread(self.out.read, part)
            await asyncio.gather(*(self._put(ref, found[ref.name]) for ref in part))
        manifest = self.out.manifest
        ref = FileRef(MANIFEST, hashlib.sha256(manifest).hexdigest(), len(manifest))
        await self._put(ref, manifest)
        return f"{self.written} files written, {self.present} already there, in {self.root}"

    async def _same(self, path: str, ref: FileRef) -> bool:
        async with self.sftp.open(path, "rb") as handle:
            raw: Any = await handle.read()  # typed as str; bytes in binary mode
        data = bytes(raw)
        return len(data) == ref.size and hashlib.sha256(data).hexdigest() == ref.sha256

    async def _put(self, ref: FileRef, data: bytes) -> None:
        async with self.gate:
            final = posixpath.join(self.root, ref.name)
            if ref.name in self.there:
                if await self._same(final, ref):
                    self.present += 1
                    await self._drop_part(ref)
                    return
                raise DeliveryFailed(
                    f"{final} exists with other content; it is never overwritten", permanent=True
                )
            part = posixpath.join(self.root, part_name(ref.name))
            async with self.sftp.open(part, "wb") as handle:
                await handle.write(data)
            size = (await self.sftp.stat(part)).size
            if size != ref.size:
                raise DeliveryFailed(f"{part}: {size} bytes arrived of {ref.size}", permanent=False)
            try:
                await self.sftp.rename(part, final)
            except asyncssh.SFTPError:  # the final name exists: the same file, or refuse
                if not await self._same(final, ref):
                    raise DeliveryFailed(
                        f"{final} exists with other content; it is never overwritten",
                        permanent=True,
                    ) from None
                await self.sftp.remove(part)
            self.written += 1

    async def _drop_part(self, ref: FileRef) -> None:
        """Remove a .part an interrupted attempt left beside a file that is in place."""
        if part_name(ref.name) in self.there:
            await self.sftp.remove(posixpath.join(self.root, part_name(ref.name)))
