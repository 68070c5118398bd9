"""One writer at a time; a lock left by a crashed process is taken over."""

from __future__ import annotations

import signal
import socket
import subprocess
from pathlib import Path

from app import bootstrap
from app.services.errors import FileInUse
from app.store.lock import current_holder, lock_path
from tests.conftest import PASSPHRASE, run_cli
from tests.helpers import start_holder, stop


def test_second_writer_is_refused_with_holder_named(
    company: Path, held_open: subprocess.Popen[str], passphrase_file: Path, tmp_path: Path
) -> None:
    before = company.read_bytes()
    result = run_cli(
        "--file",
        company,
        "--passphrase-file",
        passphrase_file,
        "passwd",
        env={"INVOICE_DESK_NEW_PASSPHRASE": "another passphrase"},
    )
    assert result.code == 4, result.err
    assert f"company file is in use by {socket.gethostname()}/{held_open.pid} since" in result.err
    assert company.read_bytes() == before
    in_process = bootstrap.CompanySession(
        company, bootstrap.key_from_passphrase(company, PASSPHRASE)
    )
    try:
        in_process.open()
        raise AssertionError("a second writer was let in")
    except FileInUse as exc:
        assert exc.pid == held_open.pid


def test_readers_still_work_and_name_the_lock_holder(
    company: Path, held_open: subprocess.Popen[str], passphrase_file: Path, tmp_path: Path
) -> None:
    info = run_cli("--file", company, "--passphrase-file", passphrase_file, "info", "--json")
    assert info.code == 0, info.err
    assert info.json()["lock"]["pid"] == held_open.pid  # type: ignore[index]
    backup = run_cli(
        "--file",
        company,
        "--passphrase-file",
        passphrase_file,
        "backup",
        "--to",
        tmp_path / "while-open.invoicedesk",
    )
    assert backup.code == 0, backup.err


def test_stale_lock_of_a_killed_process_is_taken_over(company: Path) -> None:
    holder = start_holder(company)
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    assert str(holder.pid) in lock_path(company).read_text()  # the dead holder's record stays
    assert current_holder(company) is None  # but nobody holds the lock any more
    session = bootstrap.CompanySession(company, bootstrap.key_from_passphrase(company, PASSPHRASE))
    with session:
        lock = session._file.lock
        assert lock is not None and lock.took_over is not None
        assert lock.took_over.pid == holder.pid
        assert session.info()["company"]["name"] == "Acme Müller GmbH"
    stop(holder)
