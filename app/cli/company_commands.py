"""company show | company edit: the seller's details printed on every document."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.output import emit
from app.cli.session import company_context
from app.services import company_details

HELP = {
    "legal_id": "company registration number (BT-30), e.g. HRB 12345",
    "legal_info": "additional legal information printed on documents (BT-33)",
    "electronic_address": "e-invoicing address (BT-34), e.g. a Peppol participant id",
    "iban": "account for credit transfers (validated)",
    "contact_name": "contact person (BT-41; XRechnung needs it)",
    "phone": "contact telephone (BT-42; XRechnung needs it)",
}


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    company = commands.add_parser("company", help="the company's own details").add_subparsers(
        dest="company_command", required=True, metavar="show|edit"
    )
    show = company.add_parser("show", parents=[common], help="the company's details")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_company_show)
    edit = company.add_parser(
        "edit",
        parents=[common],
        help="change the company's details (an empty value clears a field)",
    )
    for name in company_details.EDITABLE:
        edit.add_argument("--" + name.replace("_", "-"), dest=name, help=HELP.get(name))
    edit.add_argument("--json", action="store_true")
    edit.set_defaults(handler=cmd_company_edit)


def _plain(details: dict[str, Any]) -> str:
    return "\n".join(f"{k.replace('_', ' ')}: {v}" for k, v in details.items() if v is not None)


def cmd_company_show(args: argparse.Namespace) -> int:
    with company_context(args, readonly=True) as ctx:
        details = company_details.show_company(ctx)
    emit(args, details, _plain(details))
    return 0


def cmd_company_edit(args: argparse.Namespace) -> int:
    changes = {name: getattr(args, name) for name in company_details.EDITABLE}
    with company_context(args) as ctx:
        details = company_details.edit_company(ctx, changes)
    emit(args, details, _plain(details))
    return 0
