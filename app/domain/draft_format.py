"""The draft JSON format of the scripting contract (docs/drafts.md), both ways.

Amounts and quantities are strings parsed as Decimal; a JSON float is refused. Parsing
collects every problem, each naming its JSON path (``lines[1].unit_price``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from app.domain.documents import AllowanceCharge, DocumentType, Draft, ExchangeRate, Line
from app.domain.errors import DomainError, InvalidDocument, Problem, problem
from app.domain.money import parse_decimal
from app.domain.tax import TaxCategory, category_from_code

T = TypeVar("T")

DRAFT_KEYS = {
    "customer",
    "currency",
    "issue_date",
    "due_date",
    "buyer_reference",
    "purchase_order",
    "delivery_date",
    "period_start",
    "period_end",
    "lines",
    "allowances",
    "charges",
    "exchange_rate",
    "prepaid",
    "cash_rounding",
    "note",
    "payment_terms",
    "series",
    "corrects",
    "early_discount",
}
LINE_KEYS = {
    "description",
    "quantity",
    "unit",
    "unit_price",
    "price_base_quantity",
    "tax_category",
    "tax_rate",
    "allowances",
    "charges",
    "exemption_reason",
    "exemption_code",
    "item_id",
    "note",
    "corrects_line",
    "product",
    "net_amount",
}
AC_KEYS = {
    "amount",
    "percent",
    "base",
    "reason",
    "reason_code",
    "tax_category",
    "tax_rate",
    "exemption_reason",
    "exemption_code",
}


class _Reader:
    """Reads values out of nested dicts, collecting problems instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def attempt(self, func: Callable[[], T], default: T) -> T:
        try:
            return func()
        except InvalidDocument as exc:
            self.problems += exc.problems
        return default

    def unknown(self, data: dict[str, Any], allowed: set[str], where: str) -> None:
        for key in sorted(set(data) - allowed):
            self.problems.append(problem("value.unknown_field", f"{where}{key}"))

    def decimal(
        self, data: dict[str, Any], key: str, where: str, default: Decimal | None = None
    ) -> Decimal | None:
        if data.get(key) is None:
            return default
        return self.attempt(lambda: parse_decimal(data[key], f"{where}{key}"), default)

    def text(self, data: dict[str, Any], key: str, where: str) -> str | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.problems.append(problem("value.not_string", f"{where}{key}"))
            return None
        return value.strip() or None

    def day(self, data: dict[str, Any], key: str, where: str) -> date | None:
        value = self.text(data, key, where)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.problems.append(problem("value.not_date", f"{where}{key}", value=value))
            return None

    def category(self, data: dict[str, Any], key: str, where: str) -> TaxCategory | None:
        value = self.text(data, key, where)
        if value is None:
            return None
        try:
            return category_from_code(value)
        except DomainError:
            codes = ", ".join(c.value for c in TaxCategory)
            self.problems.append(
                problem("tax_category.unknown", f"{where}{key}", value=value, codes=codes)
            )
            return None

    def items(self, data: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problems.append(problem("value.not_object_list", f"{where}{key}"))
            return []
        return value


def _or(value: Decimal | None, default: Decimal) -> Decimal:
    return default if value is None else value


def _allowance_charge(
    r: _Reader, data: dict[str, Any], where: str, is_charge: bool
) -> AllowanceCharge:
    r.unknown(data, AC_KEYS, where)
    return AllowanceCharge(
        is_charge=is_charge,
        amount=r.decimal(data, "amount", where),
        percent=r.decimal(data, "percent", where),
        base=r.decimal(data, "base", where),
        reason=r.text(data, "reason", where),
        reason_code=r.text(data, "reason_code", where),
        tax_category=r.category(data, "tax_category", where),
        tax_rate=r.decimal(data, "tax_rate", where),
        exemption_reason=r.text(data, "exemption_reason", where),
        exemption_code=r.text(data, "exemption_code", where),
    )


def _line(r: _Reader, data: dict[str, Any], where: str) -> Line:
    r.unknown(data, LINE_KEYS, where)
    category = r.category(data, "tax_category", where)
    if category is None and "tax_category" not in data:
        r.problems.append(problem("tax_category.missing", f"{where}tax_category"))
    for key in ("quantity", "unit_price"):
        if data.get(key) is None:
            r.problems.append(problem("value.missing", f"{where}{key}"))
    corrects_line = data.get("corrects_line")
    if corrects_line is not None and (
        not isinstance(corrects_line, int) or isinstance(corrects_line, bool)
    ):
        r.problems.append(problem("corrects_line.not_number", f"{where}corrects_line"))
        corrects_line = None
    return Line(
        description=r.text(data, "description", where) or "",
        quantity=_or(r.decimal(data, "quantity", where), Decimal(0)),
        unit=(r.text(data, "unit", where) or "C62").upper(),
        unit_price=_or(r.decimal(data, "unit_price", where), Decimal(0)),
        price_base_quantity=_or(r.decimal(data, "price_base_quantity", where), Decimal(1)),
        tax_category=category or TaxCategory.STANDARD,
        tax_rate=r.decimal(data, "tax_rate", where),
        allowances=tuple(
            _allowance_charge(r, item, f"{where}allowances[{i}].", False)
            for i, item in enumerate(r.items(data, "allowances", where))
        ),
        charges=tuple(
            _allowance_charge(r, item, f"{where}charges[{i}].", True)
            for i, item in enumerate(r.items(data, "charges", where))
        ),
        exemption_reason=r.text(data, "exemption_reason", where),
        exemption_code=r.text(data, "exemption_code", where),
        item_id=r.text(data, "item_id", where),
        note=r.text(data, "note", where),
        corrects_line=corrects_line,
        stated_net=r.decimal(data, "net_amount", where),
    )


def _identifier(r: _Reader, value: Any, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    r.problems.append(problem("value.not_id", field, value=repr(value)))
    return None


def _exchange_rate(r: _Reader, data: dict[str, Any]) -> ExchangeRate | None:
    value = data.get("exchange_rate")
    if value is None:
        return None
    if not isinstance(value, dict):
        r.problems.append(problem("exchange_rate.not_object", "exchange_rate"))
        return None
    r.unknown(value, {"rate", "date", "source"}, "exchange_rate.")
    rate = r.decimal(value, "rate", "exchange_rate.")
    day = r.day(value, "date", "exchange_rate.")
    source = r.text(value, "source", "exchange_rate.")
    for key, got in (("rate", rate), ("date", day), ("source", source)):
        if got is None:
            r.problems.append(problem("value.missing", f"exchange_rate.{key}"))
    if rate is None or day is None or source is None:
        return None
    return ExchangeRate(rate=rate, date=day, source=source)


def _early_discount(r: _Reader, data: dict[str, Any]) -> tuple[Decimal | None, int | None]:
    value = data.get("early_discount")
    if value is None:
        return None, None
    if not isinstance(value, dict):
        r.problems.append(problem("early_discount.not_object", "early_discount"))
        return None, None
    r.unknown(value, {"percent", "days"}, "early_discount.")
    percent = r.decimal(value, "percent", "early_discount.")
    days = value.get("days")
    if percent is None or not 0 < percent < 100:
        r.problems.append(problem("early_discount.percent", "early_discount.percent"))
    if not isinstance(days, int) or isinstance(days, bool) or not 0 <= days <= 365:
        r.problems.append(problem("early_discount.days", "early_discount.days"))
        days = None
    return percent, days


def draft_from_dict(data: Any, doc_type: DocumentType = DocumentType.INVOICE) -> Draft:
    """Parse the draft JSON; raises InvalidDocument listing every problem found."""
    if not isinstance(data, dict):
        raise InvalidDocument([problem("document.not_object", "(document)")])
    r = _Reader()
    r.unknown(data, DRAFT_KEYS, "")
    currency = (r.text(data, "currency", "") or "").upper()
    discount_percent, discount_days = _early_discount(r, data)
    if not currency:
        r.problems.append(problem("currency.missing", "currency"))
    draft = Draft(
        type=doc_type,
        customer_id=_identifier(r, data.get("customer"), "customer"),
        currency=currency,
        lines=tuple(
            _line(r, item, f"lines[{i}].") for i, item in enumerate(r.items(data, "lines", ""))
        ),
        issue_date=r.day(data, "issue_date", ""),
        due_date=r.day(data, "due_date", ""),
        buyer_reference=r.text(data, "buyer_reference", ""),
        purchase_order=r.text(data, "purchase_order", ""),
        delivery_date=r.day(data, "delivery_date", ""),
        period_start=r.day(data, "period_start", ""),
        period_end=r.day(data, "period_end", ""),
        allowances=tuple(
            _allowance_charge(r, item, f"allowances[{i}].", False)
            for i, item in enumerate(r.items(data, "allowances", ""))
        ),
        charges=tuple(
            _allowance_charge(r, item, f"charges[{i}].", True)
            for i, item in enumerate(r.items(data, "charges", ""))
        ),
        exchange_rate=_exchange_rate(r, data),
        prepaid=_or(r.decimal(data, "prepaid", ""), Decimal(0)),
        cash_rounding=r.decimal(data, "cash_rounding", ""),
        note=r.text(data, "note", ""),
        payment_terms=r.text(data, "payment_terms", ""),
        corrects=_identifier(r, data.get("corrects"), "corrects"),
        series=r.text(data, "series", ""),
        discount_percent=discount_percent,
        discount_days=discount_days,
    )
    if r.problems:
        raise InvalidDocument(r.problems)
    return draft


def _s(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _d(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _ac_to_dict(item: AllowanceCharge, document_level: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"reason": item.reason, "reason_code": item.reason_code}
    if item.amount is not None:
        out["amount"] = _s(item.amount)
    else:
        out["percent"] = _s(item.percent)
        out["base"] = _s(item.base)
    if document_level:
        out["tax_category"] = item.tax_category.value if item.tax_category else None
        out["tax_rate"] = _s(item.tax_rate)
        out["exemption_reason"] = item.exemption_reason
        out["exemption_code"] = item.exemption_code
    return {k: v for k, v in out.items() if v is not None}


def _line_to_dict(line: Line) -> dict[str, Any]:
    out: dict[str, Any] = {
        "description": line.description,
        "quantity": _s(line.quantity),
        "unit": line.unit,
        "unit_price": _s(line.unit_price),
        "price_base_quantity": _s(line.price_base_quantity),
        "tax_category": line.tax_category.value,
        "tax_rate": _s(line.tax_rate),
        "allowances": [_ac_to_dict(a, False) for a in line.allowances],
        "charges": [_ac_to_dict(c, False) for c in line.charges],
        "exemption_reason": line.exemption_reason,
        "exemption_code": line.exemption_code,
        "item_id": line.item_id,
        "note": line.note,
        "corrects_line": line.corrects_line,
        "net_amount": _s(line.stated_net),
    }
    return {k: v for k, v in out.items() if v is not None}


def draft_to_dict(draft: Draft) -> dict[str, Any]:
    """The draft in the same JSON format ``draft_from_dict`` reads (round-trips exactly)."""
    out: dict[str, Any] = {
        "customer": None if draft.customer_id is None else str(draft.customer_id),
        "currency": draft.currency,
        "issue_date": _d(draft.issue_date),
        "due_date": _d(draft.due_date),
        "buyer_reference": draft.buyer_reference,
        "purchase_order": draft.purchase_order,
        "delivery_date": _d(draft.delivery_date),
        "period_start": _d(draft.period_start),
        "period_end": _d(draft.period_end),
        "lines": [_line_to_dict(line) for line in draft.lines],
        "allowances": [_ac_to_dict(a, True) for a in draft.allowances],
        "charges": [_ac_to_dict(c, True) for c in draft.charges],
        "exchange_rate": None
        if draft.exchange_rate is None
        else {
            "rate": str(draft.exchange_rate.rate),
            "date": draft.exchange_rate.date.isoformat(),
            "source": draft.exchange_rate.source,
        },
        "prepaid": str(draft.prepaid),
        "cash_rounding": _s(draft.cash_rounding),
        "note": draft.note,
        "payment_terms": draft.payment_terms,
        "corrects": None if draft.corrects is None else str(draft.corrects),
        "series": draft.series,
        "early_discount": None
        if draft.discount_percent is None
        else {"percent": str(draft.discount_percent), "days": draft.discount_days},
    }
    return {k: v for k, v in out.items() if v is not None}
