"""The draft being edited as typed values: the header's fields and the lines, immutable.

Numbers are ``Decimal`` and dates ``date``; what the user typed that does not read as one yet is
kept as typed (``Unread``), so the problem the domain reports can name it and nothing typed is
lost. Fields the editor does not edit (document allowances, a product id, a series...) travel
along unchanged in ``other``. ``from_data`` and ``to_data`` convert from and to the draft JSON of
docs/drafts.md, which evaluation, the preview and saving take; the round trip keeps every value
as written (a JSON integer comes back as its string, an empty text as no field).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from app.domain.tax import TaxRate

T = TypeVar("T")
Json = dict[str, Any]
Other = tuple[tuple[str, Any], ...]  # (key, JSON value) of fields the editor does not edit
TEXT_KEYS = ("buyer_reference", "purchase_order", "payment_terms", "note")
DATE_KEYS = ("issue_date", "due_date", "delivery_date")


@dataclass(frozen=True)
class Unread:
    """What was typed where a number (or a date, an id) belongs and does not read as one."""

    text: str


Number = Decimal | Unread
Day = date | Unread


@dataclass(frozen=True)
class Tax:
    """A line's VAT: category code, rate and exemption, as the company's rate table sets them."""

    category: str | None = None
    rate: Number | None = None
    exemption_reason: str | None = None
    exemption_code: str | None = None


@dataclass(frozen=True)
class LineDraft:
    description: str = ""
    quantity: Number | None = None
    unit: str | None = None
    unit_price: Number | None = None
    tax: Tax = Tax()
    discount: Number | None = None  # the one percent allowance the grid edits
    discount_fields: Other = ()  # its other fields (its reason)
    other: Other = ()  # allowances the grid cannot show as one percent, charges, item id...

    @property
    def blank(self) -> bool:
        """Nothing typed into it yet (no description, no price): left out when saved."""
        return not self.description and self.unit_price in (None, Unread(""))

    @property
    def several_allowances(self) -> bool:
        return any(key == "allowances" for key, _ in self.other)


@dataclass(frozen=True)
class ExchangeRateEntry:
    rate: Number | None
    day: Day | None
    source: str | None
    other: Other = ()


@dataclass(frozen=True)
class DraftState:
    customer: int | Unread | None = None
    currency: str = ""
    exchange_rate: ExchangeRateEntry | None = None
    dates: tuple[tuple[str, Day], ...] = ()  # issue_date, due_date, delivery_date when set
    texts: tuple[tuple[str, str], ...] = ()  # buyer_reference, purchase_order, ... when set
    lines: tuple[LineDraft, ...] = ()
    other: Other = field(default=())

    def day_of(self, key: str) -> Day | None:
        return dict(self.dates).get(key)

    def text(self, key: str) -> str:
        return dict(self.texts).get(key, "")

    def with_date(self, key: str, value: date | None) -> DraftState:
        kept = tuple((k, v) for k, v in self.dates if k != key)
        return replace(self, dates=_ordered(kept + (((key, value),) if value else ()), DATE_KEYS))

    def with_text(self, key: str, value: str) -> DraftState:
        kept = tuple((k, v) for k, v in self.texts if k != key)
        return replace(self, texts=_ordered(kept + (((key, value),) if value else ()), TEXT_KEYS))

    def with_line(self, row: int, line: LineDraft) -> DraftState:
        return replace(self, lines=(*self.lines[:row], line, *self.lines[row + 1 :]))


def _ordered(items: tuple[tuple[str, T], ...], keys: tuple[str, ...]) -> tuple[tuple[str, T], ...]:
    return tuple(sorted(items, key=lambda item: keys.index(item[0])))


def number_from(value: Any) -> Number | None:
    """A JSON number string as a Decimal when it is one exactly as written, else as typed."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    text = str(value)
    try:
        number = Decimal(text)
    except InvalidOperation:
        return Unread(text)
    return number if number.is_finite() and format(number, "f") == text else Unread(text)


def number_text(value: Number) -> str:
    return value.text if isinstance(value, Unread) else format(value, "f")


def _day_from(value: Any) -> Day | None:
    if value in (None, ""):
        return None
    try:
        day = date.fromisoformat(str(value))
    except ValueError:
        return Unread(str(value))
    return day if day.isoformat() == value else Unread(str(value))


def _day_text(value: Day) -> str:
    return value.text if isinstance(value, Unread) else value.isoformat()


def _other(data: Mapping[str, Any], known: set[str] | tuple[str, ...]) -> Other:
    return tuple((k, copy.deepcopy(v)) for k, v in data.items() if k not in known)


LINE_FIELDS = (
    "description",
    "quantity",
    "unit",
    "unit_price",
    "tax_category",
    "tax_rate",
    "exemption_reason",
    "exemption_code",
)


def line_from(data: Mapping[str, Any]) -> LineDraft:
    """One line of the draft JSON."""
    allowances = data.get("allowances") or []
    one_percent = len(allowances) == 1 and allowances[0].get("percent") is not None
    known = {*LINE_FIELDS, "allowances"} if one_percent or not allowances else {*LINE_FIELDS}
    return LineDraft(
        description=str(data.get("description") or ""),
        quantity=number_from(data.get("quantity")),
        unit=data.get("unit"),
        unit_price=number_from(data.get("unit_price")),
        tax=Tax(
            category=data.get("tax_category"),
            rate=number_from(data.get("tax_rate")),
            exemption_reason=data.get("exemption_reason"),
            exemption_code=data.get("exemption_code"),
        ),
        discount=number_from(allowances[0]["percent"]) if one_percent else None,
        discount_fields=_other(allowances[0], ("percent",)) if one_percent else (),
        other=_other(data, known),
    )


def line_to(line: LineDraft) -> Json:
    """The line as draft JSON (absent fields left out)."""
    out: Json = {}
    _put(out, "description", line.description or None)
    _put(out, "quantity", line.quantity, number_text)
    _put(out, "unit", line.unit)
    _put(out, "unit_price", line.unit_price, number_text)
    _put(out, "tax_category", line.tax.category)
    _put(out, "tax_rate", line.tax.rate, number_text)
    _put(out, "exemption_reason", line.tax.exemption_reason)
    _put(out, "exemption_code", line.tax.exemption_code)
    if line.discount is not None:
        out["allowances"] = [
            {"percent": number_text(line.discount), **copy.deepcopy(dict(line.discount_fields))}
        ]
    out.update(copy.deepcopy(dict(line.other)))
    return out


def _put(out: Json, key: str, value: Any, text: Callable[[Any], str] = str) -> None:
    if value is not None:
        out[key] = text(value)


def from_data(data: Mapping[str, Any]) -> DraftState:
    """The draft JSON as typed values."""
    rate = data.get("exchange_rate")
    customer = data.get("customer")
    customer_text = "" if customer is None else str(customer)
    known = {"customer", "currency", "exchange_rate", "lines", *DATE_KEYS, *TEXT_KEYS}
    return DraftState(
        customer=(
            None
            if not customer_text
            else int(customer_text)
            if customer_text.isdigit() and str(int(customer_text)) == customer_text
            else Unread(customer_text)
        ),
        currency=str(data.get("currency") or ""),
        exchange_rate=None if not isinstance(rate, Mapping) else _rate_from(rate),
        dates=tuple(
            (key, day) for key in DATE_KEYS if (day := _day_from(data.get(key))) is not None
        ),
        texts=tuple((key, str(data[key])) for key in TEXT_KEYS if data.get(key)),
        lines=tuple(line_from(line) for line in data.get("lines") or []),
        other=_other(data, known),
    )


def _rate_from(rate: Mapping[str, Any]) -> ExchangeRateEntry:
    return ExchangeRateEntry(
        rate=number_from(rate.get("rate")),
        day=_day_from(rate.get("date")),
        source=rate.get("source"),
        other=_other(rate, ("rate", "date", "source")),
    )


def to_data(state: DraftState, *, blank_lines: bool = True) -> Json:
    """The draft JSON; without the lines nothing was typed into with ``blank_lines=False``."""
    out: Json = {}
    if state.customer is not None:
        out["customer"] = (
            state.customer.text if isinstance(state.customer, Unread) else str(state.customer)
        )
    if state.currency:
        out["currency"] = state.currency
    if state.exchange_rate is not None:
        out["exchange_rate"] = _rate_to(state.exchange_rate)
    out.update({key: _day_text(day) for key, day in state.dates})
    out.update(dict(state.texts))
    out.update(copy.deepcopy(dict(state.other)))
    out["lines"] = [line_to(line) for line in state.lines if blank_lines or not line.blank]
    return out


def _rate_to(rate: ExchangeRateEntry) -> Json:
    out: Json = {}
    _put(out, "rate", rate.rate, number_text)
    _put(out, "date", rate.day, _day_text)
    _put(out, "source", rate.source)
    out.update(copy.deepcopy(dict(rate.other)))
    return out


def tax_of(rate: TaxRate) -> Tax:
    """The line's VAT as a rate of the company's table sets it."""
    return Tax(
        category=rate.category.value,
        rate=rate.rate,
        exemption_reason=rate.exemption_reason,
        exemption_code=rate.exemption_code,
    )
