from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.errors import InvalidDocument
from app.domain.money import minor_units, parse_decimal, round_money, round_to


def test_minor_units_follow_iso_4217() -> None:
    assert (minor_units("EUR"), minor_units("JPY"), minor_units("BHD"), minor_units("CLF")) == (
        2,
        0,
        3,
        4,
    )


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("2.345", "EUR", "2.35"),
        ("2.344", "EUR", "2.34"),
        ("-2.345", "EUR", "-2.35"),
        ("1234.5", "JPY", "1235"),
        ("0.0005", "BHD", "0.001"),
        ("7.1235", "KWD", "7.124"),
    ],
)
def test_rounding_is_half_up_to_the_minor_unit(amount: str, currency: str, expected: str) -> None:
    assert str(round_money(Decimal(amount), currency)) == expected


def test_cash_rounding_to_five_cents() -> None:
    assert round_to(Decimal("10.02"), Decimal("0.05")) == Decimal("10.00")
    assert round_to(Decimal("10.025"), Decimal("0.05")) == Decimal("10.05")
    assert round_to(Decimal("10.03"), Decimal("0.05")) == Decimal("10.05")


def test_parse_decimal_refuses_floats_and_names_comma_decimals() -> None:
    assert parse_decimal("12.50", "x") == Decimal("12.50")
    with pytest.raises(InvalidDocument, match="as a string"):
        parse_decimal(12.5, "lines[0].unit_price")
    with pytest.raises(InvalidDocument, match="uses a comma"):
        parse_decimal("12,50", "lines[0].unit_price")
    with pytest.raises(InvalidDocument, match="not a number"):
        parse_decimal("12.5.0", "x")
    with pytest.raises(InvalidDocument, match="not a number"):
        parse_decimal("NaN", "x")
