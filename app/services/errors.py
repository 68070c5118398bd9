"""Typed errors every layer may raise; the command line maps them to exit codes.

Exit codes (docs/cli.md): 0 ok, 1 usage error, 2 invalid input, 3 wrong passphrase,
4 file in use, 5 damaged file or failed integrity check, 6 a message could not be sent.
"""

from __future__ import annotations


class InvoiceDeskError(Exception):
    """Base of every error that is meant to be shown to the user as it is."""

    exit_code = 1


class UsageError(InvoiceDeskError):
    """The command was called the wrong way."""

    exit_code = 1


class InvalidInput(InvoiceDeskError):
    """A value given by the user is not acceptable; ``field`` names it."""

    exit_code = 2

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class WrongPassphrase(InvoiceDeskError):
    """The passphrase (or remembered key) does not unlock the company file."""

    exit_code = 3


class PassphraseUnavailable(InvoiceDeskError):
    """No passphrase source answered (no file, no variable, no keyring entry, no terminal)."""

    exit_code = 3


class FileInUse(InvoiceDeskError):
    """Another process holds the company file open for writing."""

    exit_code = 4

    def __init__(self, host: str, pid: int, since: str) -> None:
        super().__init__(f"company file is in use by {host}/{pid} since {since}")
        self.host = host
        self.pid = pid
        self.since = since


class DamagedFile(InvoiceDeskError):
    """The file fails its authentication or integrity checks."""

    exit_code = 5


class NotACompanyFile(DamagedFile):
    """The file is not an Invoice Desk company file at all."""


class KeyringUnavailable(InvoiceDeskError):
    """No usable OS keyring (Secret Service, macOS Keychain, Windows Credential Locker)."""

    exit_code = 1


class NotFound(InvalidInput):
    """The thing named (a customer id, an invoice number) does not exist."""


class Rejected(InvoiceDeskError):
    """A rule refused the request; ``problems`` lists every (field, message) at fault."""

    exit_code = 2

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("\n".join(f"{field}: {message}" for field, message in problems))
        self.problems = problems


class MailFailed(InvoiceDeskError):
    """Sending failed: ``kind`` is auth, recipient, sender, tls, connection or config."""

    exit_code = 6

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
