"""SFTP servers on 127.0.0.1 for the delivery tests: an in-process asyncssh server (password
login, a switch that drops the connection after N bytes written) and a throwaway OpenSSH
sshd (key login, internal-sftp), started and stopped by the tests by their PID."""

from __future__ import annotations

import asyncio
import os
import pwd
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncssh

USER, PASSWORD = "accountant", "s3cret-Pa55"


def public_line(key: asyncssh.SSHKey) -> str:
    return " ".join(key.export_public_key("openssh").decode().split()[:2])


@dataclass
class Faults:
    """Drop the connection once ``kill_after`` bytes of file data have arrived."""

    kill_after: int | None = None
    written: int = 0
    kills: int = 0


def _sftp_factory(root: Path, faults: Faults) -> Any:
    class _Server(asyncssh.SFTPServer):
        def __init__(self, chan: Any) -> None:
            super().__init__(chan, chroot=str(root).encode())

        def write(self, file_obj: object, offset: int, data: bytes) -> Any:
            limit = faults.kill_after
            if limit is not None and faults.written + len(data) > limit:
                keep = max(0, limit - faults.written)
                if keep:
                    super().write(file_obj, offset, data[:keep])
                faults.written += keep
                faults.kill_after = None
                faults.kills += 1
                self.connection.abort()  # the server dies: no answer, the socket closes
                raise asyncssh.SFTPConnectionLost("server killed")
            faults.written += len(data)
            return super().write(file_obj, offset, data)

    return _Server


class _Login(asyncssh.SSHServer):
    def begin_auth(self, username: str) -> bool:
        return True

    def password_auth_supported(self) -> bool:
        return True

    def validate_password(self, username: str, password: str) -> bool:
        return username == USER and password == PASSWORD


@dataclass
class AsyncSftpServer:
    root: Path
    key: asyncssh.SSHKey = field(
        default_factory=lambda: asyncssh.generate_private_key("ssh-ed25519")
    )
    faults: Faults = field(default_factory=Faults)
    port: int = 0

    @property
    def host_key(self) -> str:
        return public_line(self.key)

    @contextmanager
    def running(self) -> Iterator[AsyncSftpServer]:
        loop = asyncio.new_event_loop()
        started = threading.Event()
        holder: dict[str, Any] = {}

        def serve() -> None:
            asyncio.set_event_loop(loop)

            async def start() -> None:
                holder["acceptor"] = await asyncssh.listen(
                    "127.0.0.1",
                    0,
                    server_host_keys=[self.key],
                    server_factory=_Login,
                    sftp_factory=_sftp_factory(self.root, self.faults),
                )
                self.port = holder["acceptor"].get_port()
                started.set()

            loop.run_until_complete(start())
            loop.run_forever()

        thread = threading.Thread(target=serve, daemon=True)
        thread.start()
        assert started.wait(10)
        try:
            yield self
        finally:
            loop.call_soon_threadsafe(holder["acceptor"].close)
            loop.call_soon_threadsafe(loop.stop)
            thread.join(10)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class OpenSsh:
    """A throwaway sshd: its own host key, config and authorized_keys, key login only."""

    home: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    def __post_init__(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        self.host_key_file = self.home / "host_ed25519"
        self.client_key_file = self.home / "client_ed25519"
        for path in (self.host_key_file, self.client_key_file):
            if not path.exists():
                subprocess.run(
                    ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(path)], check=True
                )
        shutil.copy(self.client_key_file.with_suffix(".pub"), self.home / "authorized_keys")
        self.user = pwd.getpwuid(os.getuid()).pw_name
        (self.home / "sshd_config").write_text(
            f"Port {self.port}\nListenAddress 127.0.0.1\nHostKey {self.host_key_file}\n"
            f"PidFile {self.home / 'sshd.pid'}\n"
            f"AuthorizedKeysFile {self.home / 'authorized_keys'}\n"
            "PasswordAuthentication no\nKbdInteractiveAuthentication no\nPubkeyAuthentication yes\n"
            "PermitRootLogin prohibit-password\nStrictModes no\nUsePAM no\n"
            "Subsystem sftp internal-sftp\nLogLevel ERROR\n",
            encoding="utf-8",
        )

    @property
    def host_key(self) -> str:
        text = self.host_key_file.with_suffix(".pub").read_text(encoding="utf-8")
        return " ".join(text.split()[:2])

    def start(self) -> None:
        if os.getuid() == 0:
            Path("/run/sshd").mkdir(parents=True, exist_ok=True)
        sshd = shutil.which("sshd") or "/usr/sbin/sshd"
        self.process = subprocess.Popen(
            [sshd, "-D", "-e", "-f", str(self.home / "sshd_config")],
            start_new_session=True,  # its connection children share its process group
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.01)
        raise RuntimeError("sshd did not start")

    def kill(self) -> None:
        """SIGKILL to the sshd we started and every process it forked (by their PIDs)."""
        if self.process is None:
            return
        for pid in [*descendants(self.process.pid), self.process.pid]:
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.process.wait(10)
        self.process = None


def descendants(pid: int) -> list[int]:
    """The children, grandchildren, ... of ``pid`` (from /proc), deepest first."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found: list[int] = []
    frontier = [pid]
    while frontier:
        children = [c for c, p in parents.items() if p in frontier]
        found = children + found
        frontier = children
    return found
