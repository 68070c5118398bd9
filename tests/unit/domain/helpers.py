"""Small builders for domain tests."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.domain.documents import AllowanceCharge, DocumentType, Draft, Line
from app.domain.tax import TaxCategory


def line(qty: str, price: str, cat: str = "S", rate: str | None = "19", **kw: Any) -> Line:
    return Line(
        description=kw.pop("description", "item"),
        quantity=Decimal(qty),
        unit=kw.pop("unit", "C62"),
        unit_price=Decimal(price),
        tax_category=TaxCategory(cat),
        tax_rate=None if rate is None else Decimal(rate),
        **kw,
    )


def allowance(
    amount: str | None = None,
    percent: str | None = None,
    cat: str | None = None,
    rate: str | None = None,
    charge: bool = False,
    **kw: Any,
) -> AllowanceCharge:
    return AllowanceCharge(
        is_charge=charge,
        amount=None if amount is None else Decimal(amount),
        percent=None if percent is None else Decimal(percent),
        tax_category=None if cat is None else TaxCategory(cat),
        tax_rate=None if rate is None else Decimal(rate),
        reason=kw.pop("reason", "why"),
        **kw,
    )


def draft(*lines: Line, currency: str = "EUR", **kw: Any) -> Draft:
    return Draft(
        type=kw.pop("type", DocumentType.INVOICE),
        customer_id=1,
        currency=currency,
        lines=tuple(lines),
        **kw,
    )
