"""init / info / verify / backup / restore / passwd / forget through the real command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, run_cli


def test_init_then_info_json_has_the_documented_shape(company: Path, passphrase_file: Path) -> None:
    result = run_cli("--file", company, "--passphrase-file", passphrase_file, "info", "--json")
    assert result.code == 0, result.err
    info = result.json()
    assert isinstance(info, dict)
    assert set(info) == {
        "file",
        "file_size",
        "company",
        "schema_version",
        "schema_head",
        "counts",
        "lock",
        "kdf",
    }
    assert info["company"] == {
        "name": "Acme Müller GmbH",
        "country": "DE",
        "currency": "EUR",
        "vat_id": "DE136695976",
        "street": "Hauptstraße 5",
        "postcode": "10115",
        "city": "Berlin",
    }
    assert info["schema_version"] == info["schema_head"]
    assert info["counts"]["company"] == 1
    assert info["lock"] is None
    assert info["file_size"] == company.stat().st_size
    assert info["kdf"]["algorithm"] == "argon2id"


@pytest.mark.parametrize(
    ("option", "value", "field"),
    [
        ("--country", "Germany", "--country"),
        ("--currency", "EURO", "--currency"),
        ("--vat-id", "DE123", "--vat-id"),
        ("--name", "   ", "--name"),
    ],
)
def test_init_names_the_bad_field_and_writes_nothing(
    tmp_path: Path, passphrase_file: Path, option: str, value: str, field: str
) -> None:
    path = tmp_path / "bad.invoicedesk"
    args = {"--name": "X", "--country": "DE", "--currency": "EUR"}
    args[option] = value
    flat = [item for pair in args.items() for item in pair]
    result = run_cli("--file", path, "--passphrase-file", passphrase_file, "init", *flat)
    assert result.code == 2
    assert field in result.err
    assert list(tmp_path.iterdir()) == [passphrase_file]


def test_init_refuses_to_overwrite(company: Path, passphrase_file: Path) -> None:
    before = company.read_bytes()
    result = run_cli(
        "--file",
        company,
        "--passphrase-file",
        passphrase_file,
        "init",
        "--name",
        "Other",
        "--country",
        "FR",
        "--currency",
        "EUR",
    )
    assert result.code == 2 and "exists already" in result.err
    assert company.read_bytes() == before


def test_usage_errors_exit_1() -> None:
    assert run_cli("info", "--no-such-option").code == 1
    result = run_cli("info")
    assert result.code == 1 and "--file" in result.err


def test_verify_ok(company: Path, passphrase_file: Path) -> None:
    result = run_cli("--file", company, "--passphrase-file", passphrase_file, "verify", "--json")
    assert result.code == 0
    assert result.json() == {
        "ok": True,
        "checks": [
            {"name": "sqlcipher_pages", "ok": True, "problems": []},
            {"name": "sqlite_structure", "ok": True, "problems": []},
            {"name": "foreign_keys", "ok": True, "problems": []},
            {"name": "audit_chain", "ok": True, "problems": []},
            {"name": "receivable_balances", "ok": True, "problems": []},
        ],
    }


def test_backup_and_restore_round_trip(
    company: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "copy.invoicedesk"
    made = run_cli(
        "--file", company, "--passphrase-file", passphrase_file, "backup", "--to", backup, "--json"
    )
    assert made.code == 0, made.err
    assert made.json()["counts"]["company"] == 1  # type: ignore[index]
    again = run_cli(
        "--file", company, "--passphrase-file", passphrase_file, "backup", "--to", backup
    )
    assert again.code == 2 and "exists already" in again.err

    target = tmp_path / "restored.invoicedesk"
    restored = run_cli(
        "--file", target, "--passphrase-file", passphrase_file, "restore", "--from", backup
    )
    assert restored.code == 0, restored.err
    info = run_cli("--file", target, "--passphrase-file", passphrase_file, "info", "--json").json()
    assert info["company"]["name"] == "Acme Müller GmbH"  # type: ignore[index]

    refused = run_cli(
        "--file", company, "--passphrase-file", passphrase_file, "restore", "--from", backup
    )
    assert refused.code == 2 and "--force" in refused.err
    forced = run_cli(
        "--file",
        company,
        "--passphrase-file",
        passphrase_file,
        "restore",
        "--from",
        backup,
        "--force",
        "--json",
    )
    assert forced.code == 0, forced.err
    kept = Path(forced.json()["replaced_file_kept_at"])  # type: ignore[index]
    assert kept.exists()


def test_restore_refuses_a_damaged_backup(
    company: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "copy.invoicedesk"
    assert (
        run_cli(
            "--file", company, "--passphrase-file", passphrase_file, "backup", "--to", backup
        ).code
        == 0
    )
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0xFF
    backup.write_bytes(bytes(data))
    target = tmp_path / "restored.invoicedesk"
    result = run_cli(
        "--file", target, "--passphrase-file", passphrase_file, "restore", "--from", backup
    )
    assert result.code == 5, result.err
    assert not target.exists()


def test_passwd_changes_the_passphrase(
    company: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    new = tmp_path / "new.txt"
    new.write_text("a much better passphrase\n", encoding="utf-8")
    result = run_cli(
        "--file",
        company,
        "--passphrase-file",
        passphrase_file,
        "passwd",
        "--new-passphrase-file",
        new,
    )
    assert result.code == 0, result.err
    assert run_cli("--file", company, "--passphrase-file", passphrase_file, "info").code == 3
    info = run_cli("--file", company, "--passphrase-file", new, "info", "--json")
    assert info.code == 0 and info.json()["company"]["name"] == "Acme Müller GmbH"  # type: ignore[index]
    assert run_cli("--file", company, "--passphrase-file", new, "verify").code == 0
    assert not list(tmp_path.glob(".*passwd-new*"))


def test_forget_without_keyring_is_a_clear_error(company: Path) -> None:
    result = run_cli("--file", company, "forget", env={"INVOICE_DESK_PASSPHRASE": PASSPHRASE})
    assert result.code == 1
    assert "no usable keyring" in result.err
