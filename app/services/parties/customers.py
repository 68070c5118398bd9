"""Customers and products: add, edit, list. Every change lands in the audit chain."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from babel import Locale, UnknownLocaleError

from app.domain.documents import Address
from app.domain.einvoice_formats import EInvoiceFormat, parse_format
from app.domain.errors import InvalidDocument, Problem, problem
from app.domain.invariants import broken
from app.domain.money import parse_decimal
from app.domain.parties import Customer, Product
from app.services.audit_log import record
from app.services.changes import Changes, Done, Kind
from app.services.clock import now_iso
from app.services.company.fields import normalize_country, normalize_vat_id
from app.services.errors import InvalidInput, Rejected
from app.services.ports import Context, UnitOfWork

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
SCHEME = re.compile(r"^[0-9]{4}$|^EM$")
UNIT = re.compile(r"^[A-Z0-9]{1,3}$")


@dataclass(frozen=True)
class CustomerInput:
    name: str | None = None
    country: str | None = None
    vat_id: str | None = None
    street: str | None = None
    additional_street: str | None = None
    postcode: str | None = None
    city: str | None = None
    subdivision: str | None = None
    legal_id: str | None = None
    legal_id_scheme: str | None = None
    electronic_address: str | None = None
    electronic_address_scheme: str | None = None
    email: str | None = None
    language: str | None = None
    payment_terms_days: int | None = None
    discount_percent: str | None = None
    discount_days: int | None = None
    einvoice_format: str | None = None
    buyer_reference: str | None = None
    contact_name: str | None = None
    phone: str | None = None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = " ".join(value.split())
    return cleaned or None


def _language(value: str) -> str:
    try:
        return str(Locale.parse(value.replace("-", "_")))
    except (ValueError, UnknownLocaleError) as exc:
        raise InvalidInput.of("language.unknown", "language", value=value) from exc


def customer_problems(data: CustomerInput) -> tuple[Customer | None, list[InvalidInput]]:
    """Check every field; returns the customer or every problem found."""
    problems: list[InvalidInput] = []

    def attempt(func: Any, *args: Any) -> Any:
        try:
            return func(*args)
        except InvalidInput as exc:
            problems.append(exc)
            return None

    name = _clean(data.name)
    if not name:
        problems.append(InvalidInput.of("customer.name_empty", "name"))
    country = attempt(normalize_country, data.country or "")
    vat_id = attempt(normalize_vat_id, data.vat_id, country or "") if _clean(data.vat_id) else None
    email = _clean(data.email)
    if email and not EMAIL.match(email):
        problems.append(InvalidInput.of("value.email", "email", value=email))
    language = attempt(_language, data.language) if _clean(data.language) else None
    for field, scheme, value in (
        ("electronic_address_scheme", data.electronic_address_scheme, data.electronic_address),
        ("legal_id_scheme", data.legal_id_scheme, data.legal_id),
    ):
        if scheme and not SCHEME.match(scheme):
            problems.append(InvalidInput.of("scheme.invalid", field, value=scheme))
        if value and not scheme and field.startswith("electronic"):
            problems.append(InvalidInput.of("scheme.missing", field))
    if data.payment_terms_days is not None and not 0 <= data.payment_terms_days <= 3650:
        problems.append(InvalidInput.of("value.range", "payment_terms_days", low=0, high=3650))
    discount = _discount(data, problems)
    einvoice_format = None
    if _clean(data.einvoice_format):
        try:
            einvoice_format = parse_format(data.einvoice_format or "").value
        except ValueError:
            known = ", ".join(f.value for f in EInvoiceFormat)
            problems.append(
                InvalidInput.of(
                    "einvoice_format.unknown",
                    "einvoice_format",
                    value=data.einvoice_format,
                    known=known,
                )
            )
    if problems or not name or not country:
        return None, problems
    customer = Customer(
        name=name,
        address=Address(
            street=_clean(data.street),
            additional_street=_clean(data.additional_street),
            city=_clean(data.city),
            postcode=_clean(data.postcode),
            subdivision=_clean(data.subdivision),
            country=country,
        ),
        vat_id=vat_id,
        legal_id=_clean(data.legal_id),
        legal_id_scheme=_clean(data.legal_id_scheme),
        electronic_address=_clean(data.electronic_address),
        electronic_address_scheme=_clean(data.electronic_address_scheme),
        email=email,
        language=language,
        payment_terms_days=data.payment_terms_days,
        discount_percent=discount,
        discount_days=data.discount_days if discount is not None else None,
        einvoice_format=einvoice_format,
        buyer_reference=_clean(data.buyer_reference),
        contact_name=_clean(data.contact_name),
        phone=_clean(data.phone),
    )
    return customer, []


def _discount(data: CustomerInput, problems: list[InvalidInput]) -> Decimal | None:
    """Early-payment discount: both a percent and a number of days, or neither."""
    if data.discount_percent in (None, "") and data.discount_days is None:
        return None
    if data.discount_percent in (None, "") or data.discount_days is None:
        problems.append(
            InvalidInput.of("discount.both", "discount_percent", other_field="discount_days")
        )
        return None
    try:
        percent = parse_decimal(data.discount_percent, "discount_percent")
    except InvalidDocument as exc:
        problems.append(InvalidInput(exc.problems[0]))
        return None
    if not 0 < percent < 100:
        problems.append(InvalidInput.of("value.percent_range", "discount_percent"))
    if not 0 <= data.discount_days <= 365:
        problems.append(InvalidInput.of("value.range", "discount_days", low=0, high=365))
    return percent


def _require(data: CustomerInput) -> Customer:
    customer, problems = customer_problems(data)
    if problems:
        raise Rejected([p.problem for p in problems])
    if customer is None:
        raise broken("customer is None")
    return customer


def _customer_payload(customer: Customer) -> dict[str, Any]:
    """The customer as the audit chain records it (hashed: its shape never changes)."""
    out = dataclasses.asdict(customer)
    out["address"] = dataclasses.asdict(customer.address)
    if customer.discount_percent is not None:
        out["discount_percent"] = str(customer.discount_percent)
    return out


def store_customer(uow: UnitOfWork, ctx: Context, customer: Customer) -> int:
    """Add a checked customer inside the caller's transaction, with its audit entry."""
    customer_id = uow.customers.add(customer, now_iso(ctx))
    record(
        uow,
        ctx,
        "customer.add",
        entity_type="customer",
        entity_id=customer_id,
        payload=_customer_payload(customer),
    )
    return customer_id


CUSTOMER_CHANGES = Changes.of(Kind.PARTIES, Kind.AUDIT)
PRODUCT_CHANGES = Changes.of(Kind.PRODUCTS, Kind.AUDIT)


def add_customer(ctx: Context, data: CustomerInput) -> Done[int]:
    """Create a customer; its id is the value."""
    customer = _require(data)
    with ctx.uow() as uow:
        customer_id = store_customer(uow, ctx, customer)
        uow.commit()
    return Done(customer_id, CUSTOMER_CHANGES)


def edit_customer(ctx: Context, customer_id: int, changes: dict[str, Any]) -> Done[Customer]:
    """Change some fields of a customer; issued documents keep their own snapshot."""
    with ctx.uow() as uow:
        current = uow.customers.get(customer_id)
        merged = {
            **{k: v for k, v in _customer_payload(current).items() if k not in ("address", "id")},
            **dataclasses.asdict(current.address),
            **{k: v for k, v in changes.items() if v is not None},
        }
        merged = {k: v for k, v in merged.items() if k in CustomerInput.__dataclass_fields__}
        customer = dataclasses.replace(_require(CustomerInput(**merged)), id=customer_id)
        uow.customers.update(customer, now_iso(ctx))
        record(
            uow,
            ctx,
            "customer.edit",
            entity_type="customer",
            entity_id=customer_id,
            payload=_customer_payload(customer),
        )
        uow.commit()
    return Done(customer, CUSTOMER_CHANGES)


def get_customer(ctx: Context, customer_id: int) -> Customer:
    with ctx.uow() as uow:
        return uow.customers.get(customer_id)


def list_customers(ctx: Context, search: str | None = None) -> list[Customer]:
    with ctx.uow() as uow:
        return uow.customers.list(search)


def _product(
    uow: UnitOfWork,
    *,
    name: str,
    unit: str,
    unit_price: str,
    tax_rate_name: str,
    description: str | None,
    product_id: int | None = None,
) -> Product:
    """A product checked field by field; Rejected names every problem."""
    problems: list[Problem] = []
    clean_name = _clean(name)
    if not clean_name:
        problems.append(problem("product.name_empty", "name"))
    unit_code = unit.strip().upper()
    if not UNIT.match(unit_code):
        problems.append(problem("line.unit", "unit", value=unit))
    price = Decimal(0)
    try:
        price = parse_decimal(unit_price, "price")
        if price < 0:
            problems.append(problem("value.negative", "price"))
    except InvalidDocument as exc:
        problems += exc.problems
    if not any(rate.name == tax_rate_name for rate in uow.tax_rates.table().rates):
        known = sorted({r.name for r in uow.tax_rates.table().rates})
        problems.append(
            problem("tax_rate.unknown", "tax", name=tax_rate_name, known=", ".join(known))
        )
    if problems:
        raise Rejected(problems)
    return Product(
        name=clean_name or "",
        unit=unit_code,
        unit_price=price,
        tax_rate_name=tax_rate_name,
        description=_clean(description),
        id=product_id,
    )


def _product_payload(product: Product) -> dict[str, Any]:
    return {**dataclasses.asdict(product), "unit_price": str(product.unit_price)}


def add_product(
    ctx: Context,
    *,
    name: str,
    unit: str,
    unit_price: str,
    tax_rate_name: str,
    description: str | None = None,
) -> Done[int]:
    """Create a product (its id is the value); its tax is a named rate of the tax table."""
    with ctx.uow() as uow:
        product = _product(
            uow,
            name=name,
            unit=unit,
            unit_price=unit_price,
            tax_rate_name=tax_rate_name,
            description=description,
        )
        product_id = uow.products.add(product, now_iso(ctx))
        payload = {**_product_payload(product), "id": product_id}
        record(
            uow, ctx, "product.add", entity_type="product", entity_id=product_id, payload=payload
        )
        uow.commit()
    return Done(product_id, PRODUCT_CHANGES)


def edit_product(
    ctx: Context,
    product_id: int,
    *,
    name: str,
    unit: str,
    unit_price: str,
    tax_rate_name: str,
    description: str | None = None,
) -> Done[Product]:
    """Change a product; documents already issued keep what they were issued with."""
    with ctx.uow() as uow:
        uow.products.get(product_id)
        product = _product(
            uow,
            name=name,
            unit=unit,
            unit_price=unit_price,
            tax_rate_name=tax_rate_name,
            description=description,
            product_id=product_id,
        )
        uow.products.update(product, now_iso(ctx))
        payload = _product_payload(product)
        record(
            uow, ctx, "product.edit", entity_type="product", entity_id=product_id, payload=payload
        )
        uow.commit()
    return Done(product, PRODUCT_CHANGES)


def get_product(ctx: Context, product_id: int) -> Product:
    with ctx.uow() as uow:
        return uow.products.get(product_id)


def list_products(ctx: Context) -> list[Product]:
    with ctx.uow() as uow:
        return uow.products.list()


def tax_rate_names(ctx: Context) -> list[str]:
    """The names of the company's tax rates (a product's tax is one of them)."""
    with ctx.uow() as uow:
        return sorted({rate.name for rate in uow.tax_rates.table().rates})
