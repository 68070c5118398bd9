"""The accountant's bundle end to end: make it from the bench company and deliver it to an
OpenSSH server on 127.0.0.1 over SFTP.

    .venv/bin/python -m bench.export --file /tmp/bench-100k.invoicedesk [--documents 5000]

The period is the latest run of whole months of the bench dataset (bench/dataset.py) that
holds at least ``--documents`` issued documents. Prints the time to make the bundle (the
exports, the signed manifest, the stored rows), to deliver it (every PDF and XML, the exports,
the manifest; .part files renamed into place) and to verify the delivered copy. Target: a
month of 5,000 invoices delivered end to end in under 10 s. The server stores into RAM
(/dev/shm) unless ``--server-dir`` names a disk folder: on a slow virtual disk the server's
own file creation dominates. Every run adds a correction bundle
to the file (bundles are never changed or deleted). Record the figures in docs/performance.md.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from app import bootstrap
from app.services.accountant import bundles
from app.services.accountant.period import parse_period
from app.services.accountant.sync_ports import Destination, Job
from app.services.ports import Context
from bench.dataset import PASSPHRASE
from sync.bundle_maker import PeriodBundleMaker
from sync.manifest import verify_bundle
from sync.runner import outgoing
from sync.transports.sftp import SftpDestination, SftpTransport
from tests.sftp_server import OpenSsh


def _period(ctx: Context, last_month: str, wanted: int) -> tuple[date, date, int]:
    """Whole months back from ``last_month`` until they hold ``wanted`` documents."""
    _, end = parse_period(last_month)
    start = end.replace(day=1)
    while True:
        with ctx.uow() as uow:
            count = len(uow.bundles.document_files(start, end)) // 2  # a PDF and an XML each
        if count >= wanted or start.year < 2000:
            return start, end, count
        start = (start - timedelta(days=1)).replace(day=1)


def run(ctx: Context, period: tuple[date, date], remote: Path) -> None:
    start, end = period
    began = time.perf_counter()
    covered = bool(bundles.bundles(ctx)) and any(
        (b.period_from, b.period_to) == period for b in bundles.bundles(ctx)
    )
    made = bundles.create_bundle(
        ctx, start, end, PeriodBundleMaker(ctx.clock()), correct=covered
    ).value
    making = time.perf_counter() - began
    sshd = OpenSsh(remote / "sshd")
    (remote / "inbox").mkdir()
    sshd.start()
    try:
        transport = SftpTransport(
            SftpDestination(
                host="127.0.0.1",
                port=sshd.port,
                user=sshd.user,
                remote_dir=str(remote / "inbox"),
                host_key=sshd.host_key,
                key_file=str(sshd.client_key_file),
            )
        )
        job = Job(
            0,
            made.bundle.id,
            made.bundle.sequence,
            made.bundle.folder,
            made.bundle.export_id,
            Destination(0, "bench", "sftp", {}, True),
            "bench",
            "pending",
            0,
            "",
            None,
            None,
        )
        began = time.perf_counter()
        detail = transport.deliver(outgoing(ctx, job))
        delivering = time.perf_counter() - began
    finally:
        sshd.kill()
    began = time.perf_counter()
    checked = verify_bundle(
        remote / "inbox" / made.bundle.folder, public_key=bundles.public_key(ctx)
    )
    verifying = time.perf_counter() - began
    assert checked.ok, checked.problems[:5]
    counts = made.bundle.summary["counts"]
    print(
        f"period {start} to {end}: {counts['documents']} documents, "
        f"{counts['transactions']} transactions"
    )
    print(f"bundle {made.bundle.sequence}: {made.files} files, {made.size / 1e6:.1f} MB")
    print(f"make (exports, manifest, stored rows): {making:6.2f} s")
    print(
        f"deliver over SFTP to OpenSSH on 127.0.0.1: {delivering:6.2f} s"
        f" ({made.size / 1e6 / delivering:.0f} MB/s, {made.files / delivering:.0f} files/s)"
    )
    print(f"end to end (make + deliver): {making + delivering:6.2f} s   (target < 10 s)")
    print(f"verify the delivered copy: {verifying:6.2f} s  [{detail}]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, required=True)
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--last-month", default="2026-11", help="the period ends with this month")
    parser.add_argument(
        "--server-dir",
        type=Path,
        default=Path("/dev/shm") if Path("/dev/shm").is_dir() else None,
        help="where the SFTP server stores what it receives (default: RAM, /dev/shm, so the"
        " figure is about this program and not about the server's disk)",
    )
    args = parser.parse_args()
    key = bootstrap.key_from_passphrase(args.file, PASSPHRASE)
    with bootstrap.CompanySession(args.file, key) as session:
        ctx = session.context()
        start, end, count = _period(ctx, args.last_month, args.documents)
        print(f"{count} documents issued from {start} to {end}")
        print(f"the SFTP server stores into {args.server_dir or tempfile.gettempdir()}")
        with tempfile.TemporaryDirectory(dir=args.server_dir) as tmp:
            run(ctx, (start, end), Path(tmp))


if __name__ == "__main__":
    main()
