"""A process killed in the middle of a write can leave a hot rollback journal (passwd switches
the file out of WAL mode before it re-encrypts); read-only commands (verify, info, show) then
still open the file: SQLite's own recovery rolls the half-written transaction back first."""

from __future__ import annotations

import shutil
from pathlib import Path

from app import bootstrap
from app.store.sqlcipher import connect
from tests.conftest import PASSPHRASE


def test_a_read_only_open_rolls_back_a_write_cut_off_by_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "co.invoicedesk"
    file_key = bootstrap.create_company(
        path, PASSPHRASE, bootstrap.CompanyFields(name="Acme", country="DE", currency="EUR")
    )
    writer = connect(path, file_key)
    writer.execute("PRAGMA journal_mode = DELETE")
    writer.execute("PRAGMA cache_size = 1")  # the change reaches the file before the commit
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE company SET name = 'never committed'")
    writer.execute("CREATE TABLE filler (x BLOB)")
    writer.execute("INSERT INTO filler VALUES (randomblob(200000))")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    # what the disk holds when the writer is killed: the file and its hot journal
    for suffix in ("", "-journal"):
        shutil.copy(Path(f"{path}{suffix}"), crashed / f"{path.name}{suffix}")
    writer.execute("ROLLBACK")
    writer.close()
    copy = crashed / path.name
    assert Path(f"{copy}-journal").stat().st_size > 0

    reader = connect(copy, file_key, readonly=True)
    assert reader.execute("SELECT name FROM company").fetchone()[0] == "Acme"
    reader.close()
    assert bootstrap.verify_file(copy, file_key)["ok"]
