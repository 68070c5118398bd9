"""The company file is encrypted, authenticated, and tells wrong passphrases from damage."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, run_cli


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_plain_sqlite3_cannot_read_the_file(company: Path) -> None:
    data = company.read_bytes()
    assert b"Acme" not in data and b"SQLite format 3" not in data
    conn = sqlite3.connect(company)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_wrong_passphrase_exits_3_and_leaves_the_file_byte_identical(
    company: Path, tmp_path: Path
) -> None:
    before = _digest(company)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    for command in ("info", "verify"):
        result = run_cli("--file", company, "--passphrase-file", wrong, command)
        assert result.code == 3, result.err
        assert "wrong passphrase" in result.err
    assert _digest(company) == before


def _flip(company: Path, offset: int) -> None:
    data = bytearray(company.read_bytes())
    data[offset] ^= 0x01
    company.write_bytes(bytes(data))


@pytest.mark.parametrize("where", ["header", "page1", "middle", "last-byte"])
def test_one_flipped_byte_anywhere_is_a_damaged_file_exit_5(
    company: Path, passphrase_file: Path, where: str
) -> None:
    size = company.stat().st_size
    offset = {"header": 3, "page1": 2000, "middle": size // 2 + 123, "last-byte": size - 1}[where]
    _flip(company, offset)
    damaged = _digest(company)
    result = run_cli("--file", company, "--passphrase-file", passphrase_file, "verify")
    assert result.code == 5, (result.code, result.out, result.err)
    assert "damaged" in (result.err + result.out).lower() or "FAILED" in result.out
    assert _digest(company) == damaged  # verification never writes


def test_passphrase_from_environment(company: Path) -> None:
    result = run_cli(
        "--file", company, "info", "--json", env={"INVOICE_DESK_PASSPHRASE": PASSPHRASE}
    )
    assert result.code == 0, result.err
    assert result.json()["company"]["name"] == "Acme Müller GmbH"  # type: ignore[index]


def test_no_passphrase_source_is_a_clear_error(company: Path) -> None:
    result = run_cli("--file", company, "info")
    assert result.code == 3
    assert "--passphrase-file" in result.err and "INVOICE_DESK_PASSPHRASE" in result.err
