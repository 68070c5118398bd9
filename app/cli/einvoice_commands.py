"""einvoice NUMBER --format ... --out FILE, einvoice validate FILE."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.output import emit
from app.cli.session import company_context
from app.domain.einvoice_formats import EInvoiceFormat
from app.services.errors import InvalidInput

FORMATS = [f.value for f in EInvoiceFormat if f is not EInvoiceFormat.NONE]


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "einvoice",
        parents=[common],
        help="write an issued document as an e-invoice, or validate an e-invoice file",
        description=f"einvoice NUMBER [--format {'|'.join(FORMATS)}] [--out FILE]"
        " | einvoice validate FILE. Without --format: the XML frozen at issue.",
    )
    parser.add_argument("target", metavar="NUMBER|validate")
    parser.add_argument(
        "xml_file", nargs="?", type=Path, metavar="FILE", help="with validate: the XML file"
    )
    parser.add_argument("--format", choices=FORMATS, help="default: the format frozen at issue")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=cmd_einvoice)


def cmd_einvoice(args: argparse.Namespace) -> int:
    from app.services.documents.stored_files import einvoice

    if args.target == "validate":
        return _validate(args)
    fmt = EInvoiceFormat(args.format) if args.format else None
    with company_context(args, readonly=True) as ctx:
        xml = einvoice(ctx, args.target, fmt).data
    if args.out is None or str(args.out) == "-":
        sys.stdout.buffer.write(xml)
    else:
        args.out.write_bytes(xml)
        print(f"wrote {args.out}")
    return 0


def _validate(args: argparse.Namespace) -> int:
    from app.einvoice.validation import VALIDATOR, detect

    if args.xml_file is None:
        raise InvalidInput.of("file.name_xml", "xml_file")
    try:
        xml = args.xml_file.read_bytes()
    except OSError as exc:
        raise InvalidInput.of(
            "file.unreadable", "xml_file", path=args.xml_file, reason=exc.strerror
        ) from exc
    try:
        syntax = detect(xml)
    except Exception as exc:  # lxml syntax errors and unknown roots alike
        raise InvalidInput.of(
            "file.not_einvoice", "xml_file", path=args.xml_file, reason=exc
        ) from exc
    errors, failures = VALIDATOR.validate(xml, syntax)
    fatal = [f for f in failures if f.fatal]
    data = {
        "file": str(args.xml_file),
        "syntax": syntax.value,
        "valid": not errors and not fatal,
        "schema_errors": errors,
        "failed_rules": [
            {"rule": f.rule, "fatal": f.fatal, "text": f.text, "location": f.location}
            for f in failures
        ],
    }
    lines = [f"{args.xml_file}: {'valid' if data['valid'] else 'NOT valid'} ({syntax.value})"]
    lines += [f"  schema: {e}" for e in errors]
    lines += [f"  {'error' if f.fatal else 'warning'} {f.rule}: {f.text}" for f in failures]
    emit(args, data, "\n".join(lines))
    return 0 if data["valid"] else 2
