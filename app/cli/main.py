"""Argument parsing, dispatch and the mapping of errors to exit codes."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from app import __version__
from app.cli import (
    company_commands,
    einvoice_commands,
    email_commands,
    file_commands,
    import_commands,
    invoice_commands,
    party_commands,
    pdf_commands,
    receivables_commands,
)
from app.cli.choices import Choices
from app.domain.errors import DomainError
from app.services.errors import InvoiceDeskError, UsageError

FILE_VARIABLE = "INVOICE_DESK_FILE"
Handler = Callable[[argparse.Namespace], int]


class Parser(argparse.ArgumentParser):
    """argparse with exit code 1 for usage errors (argparse's own default is 2)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(1, f"{self.prog}: error: {message}\n")

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        if not isinstance(kwargs.get("choices"), Choices):
            return super().add_argument(*args, **kwargs)
        with Choices.unread():  # argparse formats the new option to check it: not a reason to load
            return super().add_argument(*args, **kwargs)


def _common(suppress: bool) -> argparse.ArgumentParser:
    default: Any = argparse.SUPPRESS if suppress else None
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--file", type=Path, default=default, help="the company file")
    common.add_argument(
        "--passphrase-file", type=Path, default=default, help="read the passphrase from a file"
    )
    common.add_argument(
        "--remember",
        action="store_true",
        default=default if suppress else False,
        help="remember the derived key in the OS keyring",
    )
    return common


Registrar = Callable[[Any, argparse.ArgumentParser], None]


def build_parser(extra: Sequence[Registrar] = ()) -> Parser:
    """The parser; ``extra`` registers commands of the layers above (sync/ adds bundles)."""
    parser = Parser(
        prog="invoice-desk",
        description="Invoice Desk: desktop invoicing on an encrypted company file.",
        parents=[_common(suppress=False)],
    )
    parser.add_argument("--version", action="version", version=f"invoice-desk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    file_commands.register(commands, _common(suppress=True))
    company_commands.register(commands, _common(suppress=True))
    party_commands.register(commands, _common(suppress=True))
    invoice_commands.register(commands, _common(suppress=True))
    receivables_commands.register(commands, _common(suppress=True))
    einvoice_commands.register(commands, _common(suppress=True))
    import_commands.register(commands, _common(suppress=True))
    pdf_commands.register(commands, _common(suppress=True))
    email_commands.register(commands, _common(suppress=True))
    for register in extra:
        register(commands, _common(suppress=True))
    commands.add_parser("gui", help="open the desktop window (the default)")
    return parser


def company_path(args: argparse.Namespace) -> Path:
    """--file, else $INVOICE_DESK_FILE."""
    if args.file is not None:
        return Path(args.file).expanduser()
    if os.environ.get(FILE_VARIABLE):
        return Path(os.environ[FILE_VARIABLE]).expanduser()
    raise UsageError(f"no company file: give --file PATH or set {FILE_VARIABLE}")


def print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True))


def main(argv: Sequence[str] | None = None, extra: Sequence[Registrar] = ()) -> int:
    parser = build_parser(extra)
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 1
    try:
        return handler(args)
    except InvoiceDeskError as exc:
        from app.cli.problem_words import command_flags, error_text  # only when it failed

        text = error_text(exc, command_flags(parser, args))
        print(f"invoice-desk: error: {text}", file=sys.stderr)
        return exc.exit_code
    except DomainError as exc:
        print(f"invoice-desk: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("invoice-desk: interrupted", file=sys.stderr)
        return 130
