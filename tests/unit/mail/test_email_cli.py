"""invoice-desk email through the real command line, the SMTP password in the real Secret
Service (gnome-keyring under a private dbus), the server on 127.0.0.1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO, run_cli
from tests.secret_service import secret_service
from tests.smtp_server import PASSWORD, USER

DRAFT = {
    "currency": "EUR",
    "issue_date": "2026-11-24",
    "lines": [
        {
            "description": "Consulting",
            "quantity": "2",
            "unit": "HUR",
            "unit_price": "95.00",
            "tax_category": "S",
            "tax_rate": "19",
        }
    ],
}


@pytest.fixture
def keyring_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    with secret_service(tmp_path / "keyring-home") as variables:
        yield variables


@pytest.mark.parametrize("server", ["auth"], indirect=True)
def test_password_in_the_keyring_then_send_and_list(
    company: Path, passphrase_file: Path, server: Any, keyring_env: dict[str, str], tmp_path: Path
) -> None:
    inbox, port, _ = server

    def cli(*args: str | Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "ui.launcher", "--file", str(company), "--passphrase-file",
             str(passphrase_file), *map(str, args)],
            input=stdin, capture_output=True, text=True, cwd=REPO,
            env=dict(os.environ, **keyring_env), timeout=120, check=False,
        )  # fmt: skip

    for key, value in (
        ("email.host", "127.0.0.1"),
        ("email.port", str(port)),
        ("email.security", "none"),
        ("email.user", USER),
        ("email.from", "billing@acme.example"),
    ):
        assert cli("settings", "set", key, value).returncode == 0
    customer = json.loads(
        cli("customer", "add", "--name", "Kunde AG", "--country", "DE", "--email",
            "kunde@example.de", "--language", "en", "--json").stdout
    )["id"]  # fmt: skip
    draft = tmp_path / "draft.json"
    draft.write_text(json.dumps({**DRAFT, "customer": str(customer)}), encoding="utf-8")
    number = cli("invoice", "issue", cli("invoice", "new", "--json-file", draft).stdout.strip())
    number_text = number.stdout.strip()

    no_password = cli("email", number_text)
    assert no_password.returncode == 6 and "email password" in no_password.stderr
    stored = cli("email", "password", stdin=PASSWORD + "\n")
    assert stored.returncode == 0, stored.stderr
    assert f"{USER}@127.0.0.1:{port}" in stored.stdout
    listed = json.loads(cli("email", "--unsent", "--list", "--json").stdout)
    assert [d["number"] for d in listed] == [number_text]

    sent = cli("email", number_text)
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.strip() == f"sent {number_text} to kunde@example.de"
    assert len(inbox.messages) == 1
    history = json.loads(cli("email", number_text, "--history", "--json").stdout)
    assert [h["status"] for h in history] == ["sent"]
    assert json.loads(cli("email", "--unsent", "--list", "--json").stdout) == []
    assert cli("audit", "verify").returncode == 0
    assert PASSWORD not in (company.read_bytes().decode("latin-1"))


def test_without_a_keyring_the_password_command_says_what_to_do(
    company: Path, passphrase_file: Path
) -> None:
    base = ("--file", company, "--passphrase-file", passphrase_file)
    assert run_cli(*base, "email", "password").code == 2  # nothing on stdin: empty password
    run_cli(*base, "settings", "set", "email.host", "smtp.example.org")
    run_cli(*base, "settings", "set", "email.user", USER)
    result = subprocess.run(
        [sys.executable, "-m", "ui.launcher", *map(str, base), "email", "password"],
        input="secret\n", capture_output=True, text=True, cwd=REPO, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 1 and "no usable keyring" in result.stderr


def test_reminders_issued_and_sent_by_email(
    company: Path, passphrase_file: Path, server: Any, tmp_path: Path
) -> None:
    inbox, port, _ = server

    def cli(*args: str | Path) -> Any:
        return run_cli("--file", company, "--passphrase-file", passphrase_file, *args)

    for key, value in {
        "email.host": "127.0.0.1",
        "email.port": str(port),
        "email.security": "none",
        "email.from": "billing@acme.example",
    }.items():
        assert cli("settings", "set", key, value).code == 0
    customer = cli(
        "customer",
        "add",
        "--name",
        "Late Payer Ltd",
        "--country",
        "GB",
        "--email",
        "ap@late.example",
        "--json",
    ).json()["id"]
    draft = tmp_path / "late.json"
    late = {**DRAFT, "issue_date": "2026-09-01", "due_date": "2026-09-15"}
    draft.write_text(json.dumps({**late, "customer": str(customer)}), encoding="utf-8")
    number = cli("invoice", "issue", cli("invoice", "new", "--json-file", draft).out.strip())
    result = cli("reminders", "issue", "--as-of", "2026-11-24", "--email", "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert [r["invoice"] for r in data["reminders"]] == [number.out.strip()]
    assert [e["status"] for e in data["emails"]] == ["sent"]
    keys = ["customer", "name", "invoices", "letter", "status", "message_id", "to"]
    (email,) = data["emails"]
    assert sorted(email) == sorted(keys) and email["to"] == ["ap@late.example"]
    ((envelope, message),) = inbox.messages
    assert envelope.rcpt_tos == ["ap@late.example"]
    assert message["Subject"].endswith(f"payment reminder for {number.out.strip()}")
