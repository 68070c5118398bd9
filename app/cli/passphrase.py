"""Where the passphrase comes from, in order: file, environment, keyring, terminal."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from app import bootstrap
from app.bootstrap import FileKey
from app.services.errors import InvalidInput, PassphraseUnavailable

PASSPHRASE_VARIABLE = "INVOICE_DESK_PASSPHRASE"
NEW_PASSPHRASE_VARIABLE = "INVOICE_DESK_NEW_PASSPHRASE"


def read_passphrase_file(path: Path, option: str) -> str:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InvalidInput.of("file.unreadable", option, path=path, reason=exc.strerror) from exc
    except UnicodeDecodeError as exc:
        raise InvalidInput.of("file.not_utf8", option, path=path) from exc
    passphrase = text.splitlines()[0] if text else ""
    if not passphrase:
        raise InvalidInput.of("file.empty", option, path=path)
    return passphrase


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise PassphraseUnavailable(
            "no passphrase: use --passphrase-file, set INVOICE_DESK_PASSPHRASE, remember the key"
            " in the keyring (--remember), or run in a terminal"
        )
    return getpass.getpass(label)


def unlock_key(company: Path, passphrase_file: Path | None, remember: bool) -> FileKey:
    """The key of an existing file from the first source that has one."""
    passphrase: str | None = None
    if passphrase_file is not None:
        passphrase = read_passphrase_file(passphrase_file, "passphrase_file")
    elif os.environ.get(PASSPHRASE_VARIABLE):
        passphrase = os.environ[PASSPHRASE_VARIABLE]
    else:
        remembered = bootstrap.remembered_key(company)
        if remembered is not None:
            return remembered
        passphrase = _prompt(f"Passphrase for {company.name}: ")
    file_key = bootstrap.key_from_passphrase(company, passphrase)
    if remember:
        bootstrap.remember_key(file_key)
    return file_key


def new_passphrase(passphrase_file: Path | None, variable: str, option: str) -> str:
    """A passphrase for a new file or a passphrase change (asked twice on a terminal)."""
    if passphrase_file is not None:
        return read_passphrase_file(passphrase_file, option)
    if os.environ.get(variable):
        return os.environ[variable]
    first = _prompt("New passphrase: ")
    if not first:
        raise InvalidInput.of("passphrase.empty", "passphrase")
    if _prompt("Repeat the new passphrase: ") != first:
        raise InvalidInput.of("passphrase.differ", "passphrase")
    return first
