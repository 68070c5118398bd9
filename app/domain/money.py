"""Money is a Decimal amount in an ISO 4217 currency; rounding happens in named functions only."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from app.domain.errors import DomainError, InvalidDocument, problem

# ISO 4217 minor units that differ from 2 (active codes). Every other code has 2.
_MINOR_UNITS = {
    "BIF": 0,
    "CLP": 0,
    "DJF": 0,
    "GNF": 0,
    "ISK": 0,
    "JPY": 0,
    "KMF": 0,
    "KRW": 0,
    "PYG": 0,
    "RWF": 0,
    "UGX": 0,
    "UYI": 0,
    "VND": 0,
    "VUV": 0,
    "XAF": 0,
    "XOF": 0,
    "XPF": 0,
    "BHD": 3,
    "IQD": 3,
    "JOD": 3,
    "KWD": 3,
    "LYD": 3,
    "OMR": 3,
    "TND": 3,
    "CLF": 4,
    "UYW": 4,
}

HUNDRED = Decimal(100)


def minor_units(currency: str) -> int:
    """Digits after the decimal point of ``currency`` (EUR 2, JPY 0, BHD 3)."""
    return _MINOR_UNITS.get(currency, 2)


def quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-minor_units(currency))


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Round half-up to the currency's minor unit (the EN 16931 default).

    Never a negative zero: -25.00 x 0 % is 0.00, and "-0.00" in an e-invoice fails rules such
    as BR-E-09 ("shall equal 0").
    """
    rounded = amount.quantize(quantum(currency), rounding=ROUND_HALF_UP)
    return abs(rounded) if rounded.is_zero() else rounded


def to_minor(amount: Decimal, currency: str) -> int:
    """An amount already rounded to its currency, as an integer of minor units (cents)."""
    scaled = amount.scaleb(minor_units(currency))
    if scaled != scaled.to_integral_value():
        raise DomainError.of("amount.decimals", "amount", value=amount, currency=currency)
    return int(scaled)


def from_minor(units: int, currency: str) -> Decimal:
    """Minor units back to an amount with exactly the currency's decimals (12345 -> 123.45)."""
    digits = minor_units(currency)
    if units == 0:
        return quantum(currency) * 0
    return Decimal(units).scaleb(-digits)


def round_to(amount: Decimal, increment: Decimal) -> Decimal:
    """Round half-up to a multiple of ``increment`` (cash rounding, e.g. 0.05)."""
    if increment <= 0:
        raise DomainError.of("rounding.increment", "increment")
    steps = (amount / increment).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return (steps * increment).quantize(increment)


def parse_decimal(text: object, field: str) -> Decimal:
    """A Decimal from a string; floats are refused so that no binary rounding sneaks in."""
    if isinstance(text, bool | float):
        raise InvalidDocument([problem("number.float", field, value=text)])
    if isinstance(text, int):
        return Decimal(text)
    if not isinstance(text, str):
        raise InvalidDocument([problem("number.not_string", field)])
    cleaned = text.strip()
    if "," in cleaned and "." not in cleaned and cleaned.count(",") == 1:
        hint = cleaned.replace(",", ".")
        raise InvalidDocument([problem("number.comma", field, value=text, hint=hint)])
    try:
        value = Decimal(cleaned)
    except ArithmeticError:
        value = None
    if value is None or not value.is_finite():
        raise InvalidDocument([problem("number.invalid", field, value=text)])
    return value
