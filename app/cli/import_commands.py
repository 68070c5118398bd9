"""import einvoice FILE: a UBL or CII invoice (or the XML inside a Factur-X PDF) as a draft."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.output import emit
from app.cli.session import company_context
from app.einvoice.read import read_einvoice
from app.services.errors import InvalidInput
from app.services.imports import import_einvoice


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


def _plain(report: dict[str, Any]) -> str:
    source = report["source"]
    who = "new customer" if report["customer_created"] else "existing customer"
    lines = [
        f"draft {report['draft']} ({report['type']}) from {source['number']}"
        f" ({source['syntax'].upper()}); {who} {report['customer']}"
    ]
    for d in report["line_differences"]:
        lines.append(
            f"  line {d['line']}: stated net {d['stated_net']},"
            f" quantity x price gives {d['computed_net']} (kept as stated)"
        )
    for d in report["total_differences"]:
        lines.append(f"  {d['term']} {d['name']}: stated {d['stated']}, computed {d['computed']}")
    for d in report["vat_differences"]:
        lines.append(
            f"  VAT {d['category']} {d['rate']}: stated {d['stated']}, computed {d['computed']}"
        )
    if not (report["line_differences"] or report["total_differences"] or report["vat_differences"]):
        lines.append("  totals: the program computes exactly the stated amounts")
    lines += [f"  warning: {w}" for w in report["warnings"]]
    lines += [f"  not imported: {n}" for n in report["not_imported"]]
    lines += [f"  to fix before issuing: {p['field']}: {p['message']}" for p in report["problems"]]
    return "\n".join(lines)


def cmd_import_einvoice(args: argparse.Namespace) -> int:
    try:
        data = args.source.read_bytes()
    except OSError as exc:
        raise InvalidInput("FILE", f"cannot read {args.source}: {exc.strerror}") from exc
    imported, xml = read_einvoice(data)
    with company_context(args) as ctx:
        report = import_einvoice(ctx, imported, xml)
    emit(args, report, _plain(report))
    return 0
