"""Typed errors every layer may raise; the command line maps them to exit codes.

Exit codes (docs/cli.md): 0 ok, 1 usage error, 2 invalid input, 3 wrong passphrase,
4 file in use, 5 damaged file or failed integrity check, 6 a message could not be sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Self

from app.domain.problems import Problem, problem


class InvoiceDeskError(Exception):
    """Base of every error that is meant to be shown to the user as it is."""

    exit_code = 1


class UsageError(InvoiceDeskError):
    """The command was called the wrong way."""

    exit_code = 1


class InvalidInput(InvoiceDeskError):
    """A value given by the user is not acceptable; ``problem`` says which field and why.

    ``InvalidInput(problem)``, or ``InvalidInput.of(code, field, **params)``.
    """

    exit_code = 2

    def __init__(self, found: Problem) -> None:
        super().__init__(str(found))
        self.problem = found

    @classmethod
    def of(cls, code: str, field: str, **params: object) -> Self:
        """The error of one coded problem."""
        return cls(problem(code, field, **params))

    @property
    def field(self) -> str:
        return self.problem.field

    @property
    def message(self) -> str:
        """The English sentence (without the field)."""
        return self.problem.message


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
    """A rule refused the request; ``problems`` lists every Problem at fault."""

    exit_code = 2

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = list(problems)

    @classmethod
    def of(cls, code: str, field: str, **params: object) -> Self:
        """The refusal of one coded problem."""
        return cls([problem(code, field, **params)])


class MailFailed(InvoiceDeskError):
    """Sending failed: ``kind`` is auth, recipient, sender, tls, connection or config."""

    exit_code = 6

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
