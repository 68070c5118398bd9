"""The company's tax table: named rates with validity dates (a change is a new version)."""

from __future__ import annotations

from datetime import date

from app.domain.errors import DomainError, InvalidDocument, as_problem
from app.domain.money import parse_decimal
from app.domain.tax import TaxRate, category_from_code, rate_problem
from app.services.audit_log import record
from app.services.changes import Changes, Done, Kind
from app.services.errors import InvalidInput, Rejected
from app.services.ports import Context

TAX_CHANGES = Changes.of(Kind.SETTINGS, Kind.PRODUCTS, Kind.AUDIT)


def add_tax_rate(
    ctx: Context,
    *,
    name: str,
    category: str,
    rate: str | None,
    valid_from: date,
    valid_to: date | None = None,
    exemption_reason: str | None = None,
    exemption_code: str | None = None,
) -> Done[TaxRate]:
    """A rate, or a new version of one from ``valid_from`` on; documents keep their rate."""
    if not name.strip():
        raise InvalidInput.of("tax_rate.name", "name")
    try:
        tax_category = category_from_code(category)
    except DomainError as exc:
        raise InvalidInput(as_problem(exc, "category")) from None
    try:
        value = None if rate in (None, "") else parse_decimal(rate, "rate")
    except InvalidDocument as exc:
        raise Rejected(exc.problems) from None
    why = rate_problem(tax_category, value, "rate")
    if why:
        raise InvalidInput(why)
    if valid_to and valid_to < valid_from:
        raise InvalidInput.of("valid_to.before_from", "valid_to", other_field="valid_from")
    new = TaxRate(
        name=name.strip(),
        category=tax_category,
        rate=value,
        valid_from=valid_from,
        valid_to=valid_to,
        exemption_reason=exemption_reason or None,
        exemption_code=exemption_code or None,
    )
    with ctx.uow() as uow:
        clash = [
            r
            for r in uow.tax_rates.table().rates
            if r.name == new.name and r.valid_from == new.valid_from
        ]
        if clash:
            raise InvalidInput.of("tax_rate.version_exists", "valid_from", name=new.name)
        uow.tax_rates.add(new)
        record(
            uow,
            ctx,
            "tax_rate.add",
            entity_type="tax_rate",
            entity_id=new.name,
            payload={
                "name": new.name,
                "category": tax_category.value,
                "rate": None if value is None else str(value),
                "valid_from": new.valid_from.isoformat(),
                "valid_to": new.valid_to.isoformat() if new.valid_to else None,
            },
        )
        uow.commit()
    return Done(new, TAX_CHANGES)
