"""customer add|list|show|edit, product add|list, tax-rate add|list, settings list|set."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from app.cli import shapes_company, shapes_parties
from app.cli.choices import Choices
from app.cli.output import emit, table
from app.cli.session import company_context

CUSTOMER_OPTIONS = [
    ("--name", "name"),
    ("--country", "country"),
    ("--vat-id", "vat_id"),
    ("--street", "street"),
    ("--additional-street", "additional_street"),
    ("--postcode", "postcode"),
    ("--city", "city"),
    ("--subdivision", "subdivision"),
    ("--legal-id", "legal_id"),
    ("--legal-id-scheme", "legal_id_scheme"),
    ("--electronic-address", "electronic_address"),
    ("--electronic-address-scheme", "electronic_address_scheme"),
    ("--email", "email"),
    ("--language", "language"),
    ("--einvoice-format", "einvoice_format"),
    ("--buyer-reference", "buyer_reference"),
    ("--contact-name", "contact_name"),
    ("--phone", "phone"),
]


def _customer_options(parser: argparse.ArgumentParser, required: bool) -> None:
    for option, dest in CUSTOMER_OPTIONS:
        parser.add_argument(option, dest=dest, required=required and dest in ("name", "country"))
    parser.add_argument("--payment-terms-days", dest="payment_terms_days", type=int)
    parser.add_argument(
        "--discount-percent",
        dest="discount_percent",
        help="early-payment discount, e.g. 2 (with --discount-days)",
    )
    parser.add_argument("--discount-days", dest="discount_days", type=int)
    parser.add_argument("--json", action="store_true")


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    customer = commands.add_parser("customer", help="customers").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    add = customer.add_parser("add", parents=[common], help="add a customer")
    _customer_options(add, required=True)
    add.set_defaults(handler=cmd_customer_add)
    edit = customer.add_parser("edit", parents=[common], help="change a customer")
    edit.add_argument("id", type=int)
    _customer_options(edit, required=False)
    edit.set_defaults(handler=cmd_customer_edit)
    show = customer.add_parser("show", parents=[common], help="one customer")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_customer_show)
    listing = customer.add_parser("list", parents=[common], help="list customers")
    listing.add_argument("--search")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_customer_list)

    product = commands.add_parser("product", help="products").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    padd = product.add_parser("add", parents=[common], help="add a product")
    padd.add_argument("--name", required=True)
    padd.add_argument("--unit", default="C62", help="UN/ECE Rec 20 code (C62 piece, HUR hour)")
    padd.add_argument("--price", required=True, help="net unit price, e.g. 95.00")
    padd.add_argument("--tax", required=True, help="name of a tax rate, e.g. standard")
    padd.add_argument("--description")
    padd.add_argument("--json", action="store_true")
    padd.set_defaults(handler=cmd_product_add)
    pedit = product.add_parser("edit", parents=[common], help="change a product")
    pedit.add_argument("id", type=int)
    pedit.add_argument("--name")
    pedit.add_argument("--unit")
    pedit.add_argument("--price")
    pedit.add_argument("--tax")
    pedit.add_argument("--description")
    pedit.add_argument("--json", action="store_true")
    pedit.set_defaults(handler=cmd_product_edit)
    plist = product.add_parser("list", parents=[common], help="list products")
    plist.add_argument("--json", action="store_true")
    plist.set_defaults(handler=cmd_product_list)

    _register_tax_and_series(commands, common)


def _register_tax_and_series(commands: Any, common: argparse.ArgumentParser) -> None:
    rates = commands.add_parser("tax-rate", help="the tax table").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    radd = rates.add_parser("add", parents=[common], help="add a rate or a new version of one")
    radd.add_argument("--name", required=True)
    radd.add_argument("--category", required=True, help="S, Z, E, AE, K, G, O, L or M")
    radd.add_argument("--rate", help="percent, e.g. 19 (none for category O)")
    radd.add_argument("--valid-from", required=True, type=_day)
    radd.add_argument("--valid-to", type=_day)
    radd.add_argument("--exemption-reason")
    radd.add_argument("--exemption-code")
    radd.set_defaults(handler=cmd_tax_rate_add)
    rlist = rates.add_parser("list", parents=[common], help="list the tax table")
    rlist.add_argument("--json", action="store_true")
    rlist.set_defaults(handler=cmd_tax_rate_list)

    series_cmd = commands.add_parser("series", help="number series").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    sadd = series_cmd.add_parser("add", parents=[common], help="add a number series")
    sadd.add_argument("--name", required=True)
    sadd.add_argument(
        "--type",
        dest="doc_type",
        required=True,
        choices=Choices("app.domain.documents", "DocumentType"),
    )
    sadd.add_argument("--pattern", required=True, help="e.g. SHOP-{year}-{seq:04}")
    sadd.add_argument("--no-yearly-reset", action="store_true")
    sadd.add_argument("--default", action="store_true", help="make it the type's default")
    sadd.set_defaults(handler=cmd_series_add)
    serlist = series_cmd.add_parser("list", parents=[common], help="list number series")
    serlist.add_argument("--json", action="store_true")
    serlist.set_defaults(handler=cmd_series_list)

    _register_settings(commands, common)


def _register_settings(commands: Any, common: argparse.ArgumentParser) -> None:
    sets = commands.add_parser("settings", help="company settings").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    slist = sets.add_parser("list", parents=[common], help="current settings")
    slist.add_argument("--json", action="store_true")
    slist.set_defaults(handler=cmd_settings_list)
    sset = sets.add_parser("set", parents=[common], help="change a setting")
    sset.add_argument("key")
    sset.add_argument("value")
    sset.add_argument("--json", action="store_true")
    sset.set_defaults(handler=cmd_settings_set)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-01-01") from None


def _input(args: argparse.Namespace) -> dict[str, Any]:
    fields = {dest: getattr(args, dest) for _, dest in CUSTOMER_OPTIONS}
    fields["payment_terms_days"] = args.payment_terms_days
    fields["discount_percent"] = args.discount_percent
    fields["discount_days"] = args.discount_days
    return fields


def cmd_customer_add(args: argparse.Namespace) -> int:
    from app.services.parties import customers

    with company_context(args) as ctx:
        customer_id = customers.add_customer(ctx, customers.CustomerInput(**_input(args))).value
    emit(args, {"id": customer_id}, str(customer_id))
    return 0


def cmd_customer_edit(args: argparse.Namespace) -> int:
    from app.services.parties import customers

    with company_context(args) as ctx:
        customer = customers.edit_customer(ctx, args.id, _input(args)).value
    emit(args, shapes_parties.customer(customer), f"customer {args.id} changed")
    return 0


def cmd_customer_show(args: argparse.Namespace) -> int:
    from app.services.parties import customers

    with company_context(args, readonly=True) as ctx:
        customer = customers.get_customer(ctx, args.id)
    data = shapes_parties.customer(customer)
    plain = "\n".join(f"{k}: {v}" for k, v in data.items() if k != "address" and v is not None)
    address = ", ".join(v for v in data["address"].values() if v)
    emit(args, data, f"{plain}\naddress: {address}")
    return 0


def cmd_customer_list(args: argparse.Namespace) -> int:
    from app.services.parties import customers

    with company_context(args, readonly=True) as ctx:
        found = customers.list_customers(ctx, args.search)
    data = [shapes_parties.customer(c) for c in found]
    rows = [[str(c.id), c.name, c.address.country, c.vat_id or "", c.email or ""] for c in found]
    emit(args, data, table(rows, ["id", "name", "country", "VAT ID", "email"]))
    return 0


def cmd_product_add(args: argparse.Namespace) -> int:
    from app.services.parties import customers

    with company_context(args) as ctx:
        product_id = customers.add_product(
            ctx,
            name=args.name,
            unit=args.unit,
            unit_price=args.price,
            tax_rate_name=args.tax,
            description=args.description,
        ).value
    emit(args, {"id": product_id}, str(product_id))
    return 0


def cmd_product_edit(args: argparse.Namespace) -> int:
    """Only the options given change; the rest stays as it is."""
    from app.services.parties import customers

    with company_context(args) as ctx:
        old = customers.get_product(ctx, args.id)
        new = customers.edit_product(
            ctx,
            args.id,
            name=old.name if args.name is None else args.name,
            unit=old.unit if args.unit is None else args.unit,
            unit_price=str(old.unit_price) if args.price is None else args.price,
            tax_rate_name=old.tax_rate_name if args.tax is None else args.tax,
            description=old.description if args.description is None else args.description,
        ).value
    emit(args, {"id": new.id, "unit_price": str(new.unit_price)}, str(new.id))
    return 0


def cmd_product_list(args: argparse.Namespace) -> int:
    from app.services.parties import customers

    with company_context(args, readonly=True) as ctx:
        found = customers.list_products(ctx)
    data = [
        {
            "id": p.id,
            "name": p.name,
            "unit": p.unit,
            "unit_price": str(p.unit_price),
            "tax": p.tax_rate_name,
            "description": p.description,
        }
        for p in found
    ]
    rows = [[str(p.id), p.name, p.unit, str(p.unit_price), p.tax_rate_name] for p in found]
    emit(args, data, table(rows, ["id", "name", "unit", "price", "tax"]))
    return 0


def cmd_tax_rate_add(args: argparse.Namespace) -> int:
    from app.services.company import tax_table

    with company_context(args) as ctx:
        new = tax_table.add_tax_rate(
            ctx,
            name=args.name,
            category=args.category,
            rate=args.rate,
            valid_from=args.valid_from,
            valid_to=args.valid_to,
            exemption_reason=args.exemption_reason,
            exemption_code=args.exemption_code,
        ).value
    print(f"tax rate {new.name} from {new.valid_from.isoformat()} added")
    return 0


def cmd_tax_rate_list(args: argparse.Namespace) -> int:
    with company_context(args, readonly=True) as ctx, ctx.uow() as uow:
        rates = uow.tax_rates.table().rates
    data = [
        {
            "name": r.name,
            "category": r.category.value,
            "rate": None if r.rate is None else str(r.rate),
            "valid_from": r.valid_from.isoformat(),
            "valid_to": r.valid_to.isoformat() if r.valid_to else None,
            "exemption_reason": r.exemption_reason,
            "exemption_code": r.exemption_code,
        }
        for r in rates
    ]
    rows = [
        [d["name"], d["category"], d["rate"] or "-", d["valid_from"], d["valid_to"] or ""]
        for d in data
    ]
    emit(args, data, table(rows, ["name", "category", "rate", "from", "to"]))
    return 0


def cmd_settings_list(args: argparse.Namespace) -> int:
    from app.services.company import settings

    with company_context(args, readonly=True) as ctx:
        current = settings.current_settings(ctx).as_json()
    logo = current.get("document.logo")
    if logo:  # the image itself is no use on a terminal
        current["document.logo"] = f"{logo['media_type']}, {len(logo['data']) * 3 // 4} bytes"
    emit(args, current, "\n".join(f"{k} = {v}" for k, v in sorted(current.items())))
    return 0


def cmd_settings_set(args: argparse.Namespace) -> int:
    from app.services.company import settings

    with company_context(args) as ctx:
        result = settings.set_setting(ctx, args.key, args.value).value
    plain = f"{result.key} = {result.value} (version {result.version})"
    emit(args, shapes_company.setting_set(result), plain)
    return 0


def cmd_series_add(args: argparse.Namespace) -> int:
    from app.domain.documents import DocumentType
    from app.services.company import series

    with company_context(args) as ctx:
        series.add_series(
            ctx,
            args.name,
            DocumentType(args.doc_type),
            args.pattern,
            reset_yearly=not args.no_yearly_reset,
            make_default=args.default,
        )
    print(f"series {args.name} added")
    return 0


def cmd_series_list(args: argparse.Namespace) -> int:
    from app.services.company import series

    with company_context(args, readonly=True) as ctx:
        found = series.list_series(ctx)
    rows = [
        [
            s.name,
            s.type.value,
            s.pattern,
            "yes" if s.reset_yearly else "no",
            ", ".join(f"{p}: {n}" for p, n in s.last_numbers),
        ]
        for s in found
    ]
    shaped = [shapes_company.series_row(s) for s in found]
    emit(args, shaped, table(rows, ["name", "type", "pattern", "yearly", "last numbers"]))
    return 0
