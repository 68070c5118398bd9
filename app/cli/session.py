"""Opening the company file for a command, and reading JSON input."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.services.errors import InvalidInput

if TYPE_CHECKING:
    from app.services.ports import Context


@contextmanager
def company_context(args: argparse.Namespace, *, readonly: bool = False) -> Iterator[Context]:
    """Unlock and open the file named by the arguments; yields the use cases' context."""
    from app import bootstrap  # the store loads with the first command that opens a file
    from app.cli import passphrase
    from app.cli.main import company_path

    path = company_path(args)
    file_key = passphrase.unlock_key(path, args.passphrase_file, args.remember)
    with bootstrap.CompanySession(path, file_key, readonly=readonly) as session:
        yield session.context()


def read_json_input(source: str, option: str = "json_file") -> Any:
    """JSON from a file, or from standard input for ``-``; a BOM is tolerated."""
    try:
        if source == "-":
            text = sys.stdin.buffer.read().decode("utf-8-sig")
        else:
            text = Path(source).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InvalidInput.of("file.unreadable", option, path=source, reason=exc.strerror) from exc
    except UnicodeDecodeError as exc:
        raise InvalidInput.of("file.not_utf8", option, path=source) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput.of(
            "file.not_json", option, path=source, line=exc.lineno, column=exc.colno, reason=exc.msg
        ) from exc
