"""import einvoice FILE: a UBL or CII invoice (or the XML inside a Factur-X PDF) as a draft."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import shapes_import
from app.cli.output import emit
from app.cli.session import company_context
from app.services.errors import InvalidInput


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    kinds = commands.add_parser("import", help="bring documents in from another program")
    sub = kinds.add_subparsers(dest="import_command", required=True, metavar="einvoice")
    parser = sub.add_parser(
        "einvoice",
        parents=[common],
        help="a UBL or CII e-invoice, or a Factur-X / ZUGFeRD PDF, as a draft",
        description="Reads the document into a draft (the buyer becomes a customer), recomputes"
        " its totals with the program's engine and reports every difference from the stated"
        " ones. Nothing is created when the file is refused.",
    )
    parser.add_argument("source", type=Path, metavar="FILE")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=cmd_import_einvoice)


def cmd_import_einvoice(args: argparse.Namespace) -> int:
    from app.einvoice.read import read_einvoice
    from app.services.documents.import_report import report_text
    from app.services.documents.imports import import_einvoice

    try:
        data = args.source.read_bytes()
    except OSError as exc:
        raise InvalidInput.of(
            "file.unreadable", "source", path=args.source, reason=exc.strerror
        ) from exc
    imported, xml = read_einvoice(data)
    with company_context(args) as ctx:
        report = import_einvoice(ctx, imported, xml).value
    emit(args, shapes_import.import_report(report), report_text(report))
    return 0
