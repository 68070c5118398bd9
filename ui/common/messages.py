"""Plain-language texts for the errors the user can meet while opening a company file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.errors import (
    DamagedFile,
    FileInUse,
    InvalidInput,
    InvoiceDeskError,
    KeyringUnavailable,
    NotACompanyFile,
    Rejected,
    WrongPassphrase,
)
from ui.common.problem_texts import problem_line, problem_text


def tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def describe(exc: BaseException) -> str:
    """One or two sentences that say what happened and what to do."""
    if isinstance(exc, WrongPassphrase):
        return tr("Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.")
    if isinstance(exc, FileInUse):
        return tr(
            "This company file is in use by {host}/{pid} since {since}. Close it there first."
        ).format(host=exc.host, pid=exc.pid, since=exc.since)
    if isinstance(exc, NotACompanyFile):
        return tr("This is not an Invoice Desk company file ({detail}).").format(detail=str(exc))
    if isinstance(exc, DamagedFile):
        return tr(
            "The company file is damaged and cannot be opened safely ({detail}). "
            "Restore it from a backup."
        ).format(detail=str(exc))
    if isinstance(exc, KeyringUnavailable):
        return tr("The passphrase cannot be remembered: {detail}").format(detail=str(exc))
    if isinstance(exc, InvalidInput):
        return problem_text(exc.problem)
    if isinstance(exc, Rejected):
        return "\n".join(problem_line(found) for found in exc.problems)
    if isinstance(exc, InvoiceDeskError):
        return str(exc)
    return tr("Unexpected error: {detail}").format(detail=f"{type(exc).__name__}: {exc}")
