"""Remember on this computer: the derived key in the real Secret Service (gnome-keyring)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, run_cli
from tests.secret_service import secret_service


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    with secret_service(tmp_path / "keyring-home") as variables:
        yield variables


def _secret_tool_dump(env: dict[str, str]) -> str:
    """Everything the keyring holds for invoice-desk, read with the keyring library itself."""
    script = (
        "import keyring, secretstorage\n"
        "conn = secretstorage.dbus_init()\n"
        "col = secretstorage.get_default_collection(conn)\n"
        "for item in col.get_all_items():\n"
        "    print(item.get_attributes(), item.get_secret().decode())\n"
    )
    import os
    import sys

    result = subprocess.run(
        [sys.executable, "-c", script],
        env=dict(os.environ, **env),
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def test_remember_unlocks_without_passphrase_then_forget(
    company: Path, passphrase_file: Path, env: dict[str, str]
) -> None:
    assert run_cli("--file", company, "info", env=env).code == 3  # nothing remembered yet
    remembered = run_cli(
        "--file", company, "--passphrase-file", passphrase_file, "--remember", "info", env=env
    )
    assert remembered.code == 0, remembered.err

    stored = _secret_tool_dump(env)
    assert "invoice-desk" in stored
    assert PASSPHRASE not in stored  # the derived key, never the passphrase

    by_keyring = run_cli("--file", company, "info", "--json", env=env)
    assert by_keyring.code == 0, by_keyring.err
    assert by_keyring.json()["company"]["name"] == "Acme Müller GmbH"  # type: ignore[index]

    forgot = run_cli("--file", company, "forget", env=env)
    assert forgot.code == 0 and "forgot" in forgot.out
    assert run_cli("--file", company, "info", env=env).code == 3
    assert "invoice-desk" not in _secret_tool_dump(env)


def test_passwd_replaces_the_remembered_key(
    company: Path, passphrase_file: Path, env: dict[str, str]
) -> None:
    run_cli("--file", company, "--passphrase-file", passphrase_file, "--remember", "info", env=env)
    changed = run_cli(
        "--file", company, "passwd", env={**env, "INVOICE_DESK_NEW_PASSPHRASE": "new one!"}
    )
    assert changed.code == 0, changed.err
    after = run_cli("--file", company, "info", "--json", env=env)  # the new key, remembered
    assert after.code == 0, after.err
    assert _secret_tool_dump(env).count("invoice-desk") == 1


def test_no_keyring_is_a_clear_error(company: Path, passphrase_file: Path) -> None:
    result = run_cli("--file", company, "--passphrase-file", passphrase_file, "--remember", "info")
    assert result.code == 1
    assert "no usable keyring" in result.err


def test_a_destination_password_lives_in_the_keyring(
    company: Path, passphrase_file: Path, env: dict[str, str], tmp_path: Path
) -> None:
    import os
    import sys

    from tests.conftest import REPO
    from tests.sftp_server import PASSWORD, USER, AsyncSftpServer

    (tmp_path / "sftp").mkdir()
    with AsyncSftpServer(tmp_path / "sftp").running() as server:
        base = ("--file", company, "--passphrase-file", passphrase_file)
        added = run_cli(
            *base,
            "destination",
            "add",
            "Kanzlei",
            "--kind",
            "sftp",
            "--host",
            "127.0.0.1",
            "--port",
            str(server.port),
            "--user",
            USER,
            env=env,
        )
        assert added.code == 0, added.err
        stored = subprocess.run(
            [
                sys.executable,
                "-m",
                "ui.launcher",
                *map(str, base),
                "destination",
                "secret",
                "Kanzlei",
            ],
            input=PASSWORD + "\n",
            capture_output=True,
            text=True,
            cwd=REPO,
            env=dict(os.environ, **env),
            check=False,
        )
        assert stored.returncode == 0, stored.stderr
        assert PASSWORD in _secret_tool_dump(env)
        assert PASSWORD not in run_cli(*base, "destination", "list", "--json", env=env).out
        unknown = run_cli(*base, "destination", "test", "Kanzlei", env=env)
        fingerprint = unknown.err.split("--trust ")[1].split()[0]
        trusted = run_cli(*base, "destination", "test", "Kanzlei", "--trust", fingerprint, env=env)
        assert trusted.code == 0, trusted.err  # logged in with the password from the keyring
