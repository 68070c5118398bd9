"""Shared fixtures: an isolated home, cheap key stretching, company files, the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# A Qt test process with neither a platform nor a display aborts; tests run offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("INVOICE_DESK_PASSPHRASE", None)
os.environ.pop("INVOICE_DESK_FILE", None)

REPO = Path(__file__).resolve().parents[1]


def _shared() -> Path:
    """../shared beside the repository, or beside the repository this clone came from."""
    beside = REPO.parent / "shared"
    if beside.is_dir():
        return beside
    origin = subprocess.run(
        ["git", "-C", str(REPO), "remote", "get-url", "origin"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return Path(origin).parent / "shared" if origin else beside


SHARED = _shared()
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """New keys in this process get cheap Argon2id parameters (see tests/cheap_kdf.py); files
    keep them in their header, so children that open them stretch cheaply too."""
    from app.store import kdf
    from tests.cheap_kdf import FAST_TEST_PARAMS

    monkeypatch.setattr(kdf, "DEFAULT_PARAMS", FAST_TEST_PARAMS)


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own HOME and XDG folders, so QSettings and keyrings never leak."""
    home = tmp_path_factory.mktemp("home")
    for name, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    # No keyring backend unless a test starts the real Secret Service.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    return home


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> object:
        return json.loads(self.out)


def run_cli(*args: str | Path, env: dict[str, str] | None = None, timeout: float = 120) -> Result:
    """Run ``invoice-desk`` in a child process as a user or a script would (new keys with the
    tests' cheap key stretching: ``python -m tests.cheap_kdf``)."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "tests.cheap_kdf", *map(str, args)],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=REPO,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def company(tmp_path: Path, passphrase_file: Path) -> Path:
    """A fresh company file created through the command line."""
    path = tmp_path / "acme.invoicedesk"
    result = run_cli(
        "--file",
        path,
        "--passphrase-file",
        passphrase_file,
        "init",
        "--name",
        "Acme Müller GmbH",
        "--country",
        "DE",
        "--currency",
        "EUR",
        "--vat-id",
        "DE136695976",
        "--street",
        "Hauptstraße 5",
        "--postcode",
        "10115",
        "--city",
        "Berlin",
    )
    assert result.code == 0, result.err
    return path


@pytest.fixture
def held_open(company: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process that has the company file open for writing until the test ends."""
    from tests.helpers import start_holder, stop

    proc = start_holder(company)
    yield proc
    stop(proc)


class FixedClock:
    """A clock the test moves by hand (aware datetimes, as the real one returns)."""

    def __init__(self, start: str = "2026-11-24T10:00:00+01:00") -> None:
        from datetime import datetime

        self.now = datetime.fromisoformat(start)

    def __call__(self) -> object:
        return self.now

    def set(self, moment: str) -> None:
        from datetime import datetime

        self.now = datetime.fromisoformat(moment)

    def advance(self, **delta: float) -> None:
        from datetime import timedelta

        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def session(tmp_path: Path) -> Iterator[object]:
    """An open company file (DE, EUR, with VAT ID) in this process."""
    from app import bootstrap

    path = tmp_path / "core.invoicedesk"
    file_key = bootstrap.create_company(
        path,
        PASSPHRASE,
        bootstrap.CompanyFields(
            name="Acme Müller GmbH",
            country="DE",
            currency="EUR",
            vat_id="DE136695976",
            street="Hauptstraße 5",
            postcode="10115",
            city="Berlin",
        ),
    )
    opened = bootstrap.CompanySession(path, file_key, actor="tester@test").open()
    yield opened
    opened.close()


@pytest.fixture
def ctx(session: object, clock: FixedClock) -> object:
    from dataclasses import replace

    return replace(session.context(), clock=clock)  # type: ignore[attr-defined]
