"""company show | company edit: the seller's details printed on every document."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import shapes_company
from app.cli.output import emit
from app.cli.session import company_context
from app.services.errors import InvalidInput

# The details ``company edit`` offers as options, in company_details.EDITABLE's order (a test
# keeps the two equal): the parser is built without loading the service (and schwifty).
EDITABLE = (
    "name",
    "street",
    "additional_street",
    "postcode",
    "city",
    "subdivision",
    "vat_id",
    "legal_id",
    "legal_id_scheme",
    "legal_info",
    "electronic_address",
    "electronic_address_scheme",
    "email",
    "phone",
    "contact_name",
    "iban",
    "bic",
    "bank_name",
)
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
        dest="company_command", required=True, metavar="show|edit|logo"
    )
    show = company.add_parser("show", parents=[common], help="the company's details")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_company_show)
    edit = company.add_parser(
        "edit",
        parents=[common],
        help="change the company's details (an empty value clears a field)",
    )
    for name in EDITABLE:
        edit.add_argument("--" + name.replace("_", "-"), dest=name, help=HELP.get(name))
    edit.add_argument("--json", action="store_true")
    edit.set_defaults(handler=cmd_company_edit)
    logo = company.add_parser("logo", parents=[common], help="the logo on printed documents")
    logo.add_argument("image", nargs="?", type=Path, metavar="FILE", help="PNG or JPEG")
    logo.add_argument("--remove", action="store_true")
    logo.add_argument("--json", action="store_true")
    logo.set_defaults(handler=cmd_company_logo)


def _plain(details: dict[str, Any]) -> str:
    return "\n".join(f"{k.replace('_', ' ')}: {v}" for k, v in details.items() if v is not None)


def cmd_company_show(args: argparse.Namespace) -> int:
    from app.services.company import company_details

    with company_context(args, readonly=True) as ctx:
        details = shapes_company.company_details(company_details.show_company(ctx))
    emit(args, details, _plain(details))
    return 0


def cmd_company_edit(args: argparse.Namespace) -> int:
    from app.services.company import company_details

    changes = {name: getattr(args, name) for name in company_details.EDITABLE}
    with company_context(args) as ctx:
        edited = company_details.edit_company(ctx, changes).value
    details = shapes_company.company_details(edited)
    emit(args, details, _plain(details))
    return 0


def cmd_company_logo(args: argparse.Namespace) -> int:
    from app.services.company import company_details

    if args.remove == (args.image is not None):
        raise InvalidInput.of("logo.which", "image", remove_field="remove")
    data = None
    if args.image is not None:
        try:
            data = args.image.read_bytes()
        except OSError as exc:
            raise InvalidInput.of(
                "file.unreadable", "image", path=args.image, reason=exc.strerror
            ) from None
    with company_context(args) as ctx:
        result = company_details.set_logo(ctx, data).value
    plain = "logo removed" if data is None else f"logo set ({(result.sha256 or '')[:12]}…)"
    emit(args, shapes_company.logo_set(result), plain)
    return 0
