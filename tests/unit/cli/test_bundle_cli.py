"""bundle, destination and sync through the real command line: a bundle made, delivered to a
folder and to SFTP (host key confirmed with --trust), verified by the accountant without the
company file, and a tampered or missing bundle caught."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import Result, run_cli
from tests.sftp_server import PASSWORD, USER, AsyncSftpServer
from tests.unit.cli.test_receivables_cli import _issue


@pytest.fixture
def cli(company: Path, passphrase_file: Path):  # type: ignore[no-untyped-def]
    def call(*args: str | Path, env: dict[str, str] | None = None) -> Result:
        return run_cli("--file", company, "--passphrase-file", passphrase_file, *args, env=env)

    return call


def test_bundles_made_delivered_and_verified_by_the_accountant(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    customer = cli("customer", "add", "--name", "Kunde AG", "--country", "DE", "--json").json()[
        "id"
    ]
    number = _issue(cli, tmp_path, customer, "2026-10-07", "100.00")
    nas = tmp_path / "nas"
    nas.mkdir()
    assert cli("destination", "add", "nas", "--kind", "folder", "--path", nas).code == 0
    assert cli("bundle", "create", "--period", "2026-9").code == 0
    made = cli("bundle", "create", "--period", "2026-10", "--json").json()
    assert made["sequence"] == 2 and made["documents"] == 1 and made["jobs"] == 1
    again = cli("bundle", "create", "--from", "2026-10-01", "--to", "2026-10-31")
    assert again.code == 2 and "--correct" in again.err
    bad = cli("bundle", "create", "--period", "2026-13")
    assert bad.code == 2 and "'2026-13' is not a month" in bad.err
    run = cli("sync", "run", "--no-make")
    assert run.code == 0 and "delivered bundle 2 to nas" in run.out, run.err
    listed = cli("bundle", "list", "--json").json()
    assert [b["deliveries"][0]["state"] for b in listed] == ["delivered", "delivered"]
    key = cli("bundle", "key").out.strip()
    # the accountant: no company file, no passphrase
    ok = run_cli("bundle", "verify", nas, "--public-key", key)
    assert ok.code == 0 and ok.out.count(": ok") == 2, ok.out + ok.err
    second = nas / made["folder"]
    assert (second / "documents" / f"{number}.pdf").read_bytes().startswith(b"%PDF")
    (second / "journal.csv").write_bytes(b"changed by someone\r\n")
    tampered = run_cli("bundle", "verify", second, "--json")
    assert tampered.code == 7 and "FAILED" in tampered.err
    listed_size = next(
        f["size"]
        for f in json.loads((second / "manifest.json").read_bytes())["files"]
        if f["name"] == "journal.csv"
    )
    assert tampered.json()[0]["problems"] == [  # type: ignore[index]
        f"journal.csv: 20 bytes, the manifest says {listed_size}"
    ]
    shutil.rmtree(nas / listed[0]["folder"])  # bundle 1 never arrived
    (second / "journal.csv").unlink()
    gap = run_cli("bundle", "verify", nas, "--json")
    assert gap.code == 7
    assert gap.json()[0]["problems"] == [  # type: ignore[index]
        "journal.csv: missing",
        "sequence 2 after 0: bundle 1 is missing or came twice",
    ]
    later = run_cli("bundle", "verify", nas, "--first", "2", "--json")
    assert later.json()[0]["problems"] == ["journal.csv: missing"]  # type: ignore[index]


def test_an_sftp_destination_is_tested_and_its_host_key_confirmed(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "sftp"
    root.mkdir()
    with AsyncSftpServer(root).running() as server:
        added = cli(
            "destination",
            "add",
            "accountant",
            "--kind",
            "sftp",
            "--host",
            "127.0.0.1",
            "--port",
            str(server.port),
            "--user",
            USER,
            "--remote-dir",
            "/in",
        )
        assert added.code == 0 and "destination secret accountant" in added.out
        env = {"INVOICE_DESK_DESTINATION_SECRET_ACCOUNTANT": PASSWORD}
        unknown = cli("destination", "test", "accountant", env=env)
        assert unknown.code == 8 and "is not known yet" in unknown.err
        fingerprint = unknown.err.split("--trust ")[1].split()[0]
        wrong = cli("destination", "test", "accountant", "--trust", "SHA256:nope", env=env)
        assert wrong.code == 8
        trusted = cli("destination", "test", "accountant", "--trust", fingerprint, env=env)
        assert trusted.code == 0 and f"pinned {fingerprint}" in trusted.out, trusted.err
        listed = cli("destination", "list", "--json").json()
        assert listed[0]["config"]["host_key"] == server.host_key
        assert "password" not in json.dumps(listed).lower().replace('"auth": "password"', "")
        assert cli("destination", "test", "accountant", env=env).code == 0
        assert cli("destination", "test", "accountant").code == 8  # no secret anywhere
