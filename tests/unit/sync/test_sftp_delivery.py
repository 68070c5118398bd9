"""SFTP delivery against an in-process asyncssh server on 127.0.0.1: a bundle lands complete
and once, the host key is pinned, a wrong password and a file in the way are refused for
good, and a server that dies mid-upload at random offsets never leaves a half bundle."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.services.accountant import bundles, outbox
from sync.bundle_maker import PeriodBundleMaker
from sync.manifest import verify_bundle
from sync.runner import outgoing, run
from sync.transports.base import DeliveryFailed, Outgoing
from sync.transports.sftp import SftpDestination, SftpTransport, UnknownHostKey, fingerprint
from tests.sftp_server import PASSWORD, USER, AsyncSftpServer, public_line

NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def server(tmp_path: Path) -> Any:
    root = tmp_path / "sftp-root"
    root.mkdir()
    with AsyncSftpServer(root).running() as running:
        yield running


def _destination(server: AsyncSftpServer, **kw: Any) -> SftpDestination:
    values = {
        "host": "127.0.0.1",
        "port": server.port,
        "user": USER,
        "remote_dir": "/inbox",
        "host_key": server.host_key,
        "password": PASSWORD,
        "timeout": 10.0,
        **kw,
    }
    return SftpDestination(**values)


def _bundle(ctx: Any, server: AsyncSftpServer) -> Outgoing:
    outbox.add_destination(
        ctx,
        "accountant",
        "sftp",
        {
            "host": "127.0.0.1",
            "port": server.port,
            "user": USER,
            "remote_dir": "/inbox",
            "host_key": server.host_key,
        },
    )
    made = bundles.create_bundle(ctx, *NOVEMBER, PeriodBundleMaker(ctx.clock())).value
    return outgoing(ctx, outbox.jobs(ctx, made.bundle.id)[0])


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_the_runner_delivers_a_bundle_over_sftp_once(
    ctx: Any, month: Any, server: AsyncSftpServer, monkeypatch: Any
) -> None:
    sent = _bundle(ctx, server)
    monkeypatch.setenv("INVOICE_DESK_DESTINATION_SECRET_ACCOUNTANT", PASSWORD)
    report = run(ctx, make_due=False)
    assert [j.state for j, _ in report.delivered] == ["delivered"] and not report.failed
    folder = server.root / "inbox" / sent.folder
    checked = verify_bundle(folder, public_key=bundles.public_key(ctx))
    assert checked.ok, checked.problems
    assert len(_files(folder)) == len(sent.files) + 1  # and the manifest
    assert not [n for n in _files(server.root) if n.endswith(".part")]
    # delivering the same bundle again writes nothing and changes nothing
    before = {n: (folder / n).stat().st_mtime_ns for n in _files(folder)}
    detail = SftpTransport(_destination(server)).deliver(sent)
    assert detail.startswith(f"0 files written, {len(sent.files) + 1} already there")
    assert {n: (folder / n).stat().st_mtime_ns for n in _files(folder)} == before


def test_an_unknown_host_key_is_shown_by_its_fingerprint_and_a_changed_one_refused(
    ctx: Any, month: Any, server: AsyncSftpServer
) -> None:
    with pytest.raises(UnknownHostKey) as unknown:
        SftpTransport(_destination(server, host_key=None)).check()
    assert unknown.value.key == server.host_key
    assert unknown.value.fingerprint == fingerprint(server.host_key)
    assert unknown.value.fingerprint in str(unknown.value) and unknown.value.permanent
    assert "holds" in SftpTransport(_destination(server)).check()
    import asyncssh

    impostor = public_line(asyncssh.generate_private_key("ssh-ed25519"))
    sent = _bundle(ctx, server)
    with pytest.raises(DeliveryFailed, match="CHANGED") as changed:
        SftpTransport(_destination(server, host_key=impostor)).deliver(sent)
    assert changed.value.permanent and not (server.root / "inbox" / sent.folder).exists()


def test_a_wrong_password_is_refused_for_good(server: AsyncSftpServer) -> None:
    with pytest.raises(DeliveryFailed, match="refused user accountant") as refused:
        SftpTransport(_destination(server, password="guess")).check()
    assert refused.value.permanent


def test_a_different_file_under_the_same_name_is_never_overwritten(
    ctx: Any, month: Any, server: AsyncSftpServer
) -> None:
    sent = _bundle(ctx, server)
    folder = server.root / "inbox" / sent.folder
    folder.mkdir(parents=True)
    (folder / "journal.csv").write_bytes(b"someone else's journal\n")
    with pytest.raises(DeliveryFailed, match=r"journal\.csv exists with other content") as refused:
        SftpTransport(_destination(server)).deliver(sent)
    assert refused.value.permanent
    assert (folder / "journal.csv").read_bytes() == b"someone else's journal\n"
    assert not (folder / "manifest.json").exists()


def test_a_server_killed_mid_upload_50_times_leaves_exactly_one_complete_copy(
    ctx: Any, month: Any, server: AsyncSftpServer
) -> None:
    sent = _bundle(ctx, server)
    sizes = {f.name: f.size for f in sent.files} | {"manifest.json": len(sent.manifest)}
    chance = random.Random(20261124)
    kills = 0
    for round_ in range(50):
        transport = SftpTransport(_destination(server, remote_dir=f"/run{round_}"))
        folder = server.root / f"run{round_}" / sent.folder
        for _ in range(chance.randint(1, 3)):  # one to three deaths before it gets through
            in_place = set(_files(folder)) if folder.exists() else set()
            to_write = sum(size for name, size in sizes.items() if name not in in_place)
            server.faults.written = 0
            server.faults.kill_after = chance.randrange(to_write)  # dies inside what is left
            with pytest.raises(DeliveryFailed) as died:
                transport.deliver(sent)
            assert not died.value.permanent, died.value
            kills += 1
            assert not (folder / "manifest.json").exists()  # never a manifest before the data
        server.faults.kill_after = None
        transport.deliver(sent)
        checked = verify_bundle(folder, public_key=bundles.public_key(ctx))
        assert checked.ok, (round_, checked.problems)  # no file missing, changed or extra
        assert not [n for n in _files(folder) if n.endswith(".part")]
    assert kills >= 50 and server.faults.kills == kills
