"""Customers and products are listed in the order people read names in, the same order as
the document list's Customer column: case, accents and stroked letters set aside."""

from __future__ import annotations

from typing import Any

from app.services.parties import customers
from tests.unit.services.builders import add_customer

NAMES = ["Zeta Bau", "Müller KG", "ärzte Verbund", "Łódź Sp. z o.o.", "Bauer GmbH", "mueller"]
READING_ORDER = [
    "ärzte Verbund",
    "Bauer GmbH",
    "Łódź Sp. z o.o.",
    "mueller",
    "Müller KG",
    "Zeta Bau",
]


def test_customers_are_listed_by_name_as_read(ctx: Any) -> None:
    for name in NAMES:
        add_customer(ctx, name=name)
    assert [c.name for c in customers.list_customers(ctx)] == READING_ORDER
    found = customers.list_customers(ctx, "LL")  # a search keeps the order
    assert [c.name for c in found] == ["mueller", "Müller KG"]


def test_a_renamed_customer_moves_to_its_new_place(ctx: Any) -> None:
    ids = {name: add_customer(ctx, name=name) for name in NAMES}
    customers.edit_customer(ctx, ids["Zeta Bau"], {"name": "Aachen Zeta"})
    assert [c.name for c in customers.list_customers(ctx)][:2] == ["Aachen Zeta", "ärzte Verbund"]


def test_products_are_listed_by_name_as_read(ctx: Any) -> None:
    for name in NAMES:
        customers.add_product(
            ctx, name=name, unit="C62", unit_price="10.00", tax_rate_name="standard"
        )
    assert [p.name for p in customers.list_products(ctx)] == READING_ORDER
