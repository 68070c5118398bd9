"""pdf NUMBER --out FILE (the bytes frozen at issue), pdf --draft ID --out FILE (a preview)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.session import company_context
from app.services.errors import InvalidInput


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "pdf",
        parents=[common],
        help="the PDF of an issued document, or a preview of a draft",
        description="pdf NUMBER --out FILE writes the PDF frozen at issue, byte for byte;"
        " pdf --draft ID --out FILE renders a draft with a DRAFT mark and no number.",
    )
    parser.add_argument("number", nargs="?", metavar="NUMBER")
    parser.add_argument("--draft", type=int, metavar="ID")
    parser.add_argument("--out", type=Path, required=True, help="the file to write, - for stdout")
    parser.set_defaults(handler=cmd_pdf)


def cmd_pdf(args: argparse.Namespace) -> int:
    from app.services.documents.stored_files import document_pdf, draft_pdf
    from app.services.files import write_atomically

    if (args.number is None) == (args.draft is None):
        raise InvalidInput.of("pdf.which", "number", draft_field="draft")
    with company_context(args, readonly=True) as ctx:
        if args.draft is not None:
            data = draft_pdf(ctx, args.draft)
        else:
            data = document_pdf(ctx, args.number).data
    if str(args.out) == "-":
        sys.stdout.buffer.write(data)
        return 0
    write_atomically(args.out, data)
    print(f"wrote {args.out}")
    return 0
