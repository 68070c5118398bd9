"""Draft JSON and customers for service tests."""

from __future__ import annotations

from typing import Any

from app.services.parties import customers
from app.services.ports import Context


def add_customer(ctx: Context, **kw: Any) -> int:
    data = {"name": "Kunde AG", "country": "DE", "vat_id": "DE136695976", "city": "Köln", **kw}
    return customers.add_customer(ctx, customers.CustomerInput(**data)).value


def invoice_json(
    customer: int, *, issue_date: str | None = "2026-11-24", **kw: Any
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "customer": str(customer),
        "currency": "EUR",
        "lines": [
            {
                "description": "Consulting",
                "quantity": "10",
                "unit": "HUR",
                "unit_price": "95.00",
                "tax_category": "S",
                "tax_rate": "19",
            }
        ],
    }
    if issue_date:
        data["issue_date"] = issue_date
    data.update(kw)
    return data
