"""SFTP delivery against a real OpenSSH sshd on 127.0.0.1 (key login, internal-sftp, plain
SFTP rename): the bundle lands and verifies, the host key is pinned, and an sshd killed with
SIGKILL mid-upload 50 times never leaves a half or doubled bundle."""

from __future__ import annotations

import random
import shutil
import subprocess
import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.services.accountant import bundles, outbox
from sync.bundle_maker import PeriodBundleMaker
from sync.manifest import verify_bundle
from sync.runner import outgoing
from sync.transports.base import DeliveryFailed, Outgoing
from sync.transports.sftp import SftpDestination, SftpTransport, UnknownHostKey
from tests.sftp_server import OpenSsh

pytestmark = pytest.mark.skipif(
    shutil.which("sshd") is None and not Path("/usr/sbin/sshd").exists(),
    reason="OpenSSH server not installed (.ci/run installs it)",
)

NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def sshd(tmp_path: Path) -> Any:
    server = OpenSsh(tmp_path / "sshd")
    (tmp_path / "remote").mkdir()
    server.start()
    try:
        yield server
    finally:
        server.kill()


def _destination(sshd: OpenSsh, remote: Path, **kw: Any) -> SftpDestination:
    values = {
        "host": "127.0.0.1",
        "port": sshd.port,
        "user": sshd.user,
        "remote_dir": str(remote),
        "host_key": sshd.host_key,
        "key_file": str(sshd.client_key_file),
        "timeout": 10.0,
        **kw,
    }
    return SftpDestination(**values)


def _bundle(ctx: Any) -> Outgoing:
    outbox.add_destination(ctx, "nas", "folder", {"path": "/srv/unused"})
    made = bundles.create_bundle(ctx, *NOVEMBER, PeriodBundleMaker(ctx.clock())).value
    return outgoing(ctx, outbox.jobs(ctx, made.bundle.id)[0])


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_a_bundle_reaches_openssh_and_verifies(
    ctx: Any, month: Any, sshd: OpenSsh, tmp_path: Path
) -> None:
    sent = _bundle(ctx)
    transport = SftpTransport(_destination(sshd, tmp_path / "remote"))
    assert transport.deliver(sent).startswith(f"{len(sent.files) + 1} files written")
    folder = tmp_path / "remote" / sent.folder
    checked = verify_bundle(folder, public_key=bundles.public_key(ctx))
    assert checked.ok, checked.problems
    assert transport.deliver(sent).startswith("0 files written")


def test_openssh_host_key_unknown_then_changed(sshd: OpenSsh, tmp_path: Path) -> None:
    with pytest.raises(UnknownHostKey) as unknown:
        SftpTransport(_destination(sshd, tmp_path / "remote", host_key=None)).check()
    listed = subprocess.run(
        ["ssh-keygen", "-l", "-E", "sha256", "-f", str(sshd.host_key_file.with_suffix(".pub"))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()[1]
    assert unknown.value.fingerprint == listed  # what `ssh-keygen -l` shows on the server
    other = OpenSsh(tmp_path / "other")  # another server's key pinned for this one
    with pytest.raises(DeliveryFailed, match="CHANGED") as changed:
        SftpTransport(_destination(sshd, tmp_path / "remote", host_key=other.host_key)).check()
    assert changed.value.permanent


def _size(path: Path) -> int:
    """0 for a directory, or a .part renamed away since the listing."""
    try:
        return path.stat().st_size if path.is_file() else 0
    except FileNotFoundError:
        return 0


def _kill_when_written(
    sshd: OpenSsh, folder: Path, skip: set[str], offset: int, done: threading.Event
) -> threading.Thread:
    def watch() -> None:
        while not done.is_set():
            if folder.exists():
                arrived = sum(
                    _size(p) for p in folder.rglob("*") if str(p.relative_to(folder)) not in skip
                )
                if arrived >= offset:
                    sshd.kill()
                    return
            time.sleep(0.0005)

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    return thread


def test_sshd_killed_mid_upload_50_times_leaves_exactly_one_complete_copy(
    ctx: Any, month: Any, sshd: OpenSsh, tmp_path: Path
) -> None:
    sent = _bundle(ctx)
    sizes = {f.name: f.size for f in sent.files} | {"manifest.json": len(sent.manifest)}
    chance = random.Random(1124)
    kills = tries = 0
    round_ = 0
    while kills < 50:
        round_ += 1
        remote = tmp_path / "remote" / f"run{round_}"
        remote.mkdir()
        transport = SftpTransport(_destination(sshd, remote))
        folder = remote / sent.folder
        in_place = set(_files(folder)) if folder.exists() else set()
        to_write = sum(size for name, size in sizes.items() if name not in in_place)
        done = threading.Event()
        watcher = _kill_when_written(sshd, folder, in_place, chance.randrange(to_write), done)
        tries += 1
        try:
            transport.deliver(sent)
        except DeliveryFailed as exc:
            assert not exc.permanent, exc
            kills += 1
        done.set()
        watcher.join()
        if sshd.process is None:
            sshd.start()
        assert tries < 200, "the watcher could not catch the uploads"
        transport.deliver(sent)
        checked = verify_bundle(folder, public_key=bundles.public_key(ctx))
        assert checked.ok, (round_, checked.problems)
        assert not [n for n in _files(folder) if n.endswith(".part")]


def test_openssh_refuses_a_key_it_does_not_know_for_good(sshd: OpenSsh, tmp_path: Path) -> None:
    stranger = tmp_path / "stranger_ed25519"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(stranger)], check=True)
    with pytest.raises(DeliveryFailed, match=f"refused user {sshd.user}") as refused:
        SftpTransport(_destination(sshd, tmp_path / "remote", key_file=str(stranger))).check()
    assert refused.value.permanent
