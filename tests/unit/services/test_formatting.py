"""Amounts, numbers and dates the way each document language writes them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.formatting import AMOUNT, LOCALES, Formatter, _locale, _pattern

LANGUAGES = ("en", "de", "fr")


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "-1,234,567.50"), ("de", "-1.234.567,50"), ("fr", "-1\u202f234\u202f567,50")],
)
def test_amounts_in_each_language(language: str, expected: str) -> None:
    assert Formatter(language).amount(Decimal("-1234567.50")) == expected


@given(
    cents=st.integers(min_value=-(10**15), max_value=10**15),
    language=st.sampled_from(LANGUAGES),
)
def test_two_decimal_amounts_read_exactly_as_babel_writes_them(cents: int, language: str) -> None:
    amount = Decimal(cents).scaleb(-2)
    babel = str(_pattern(AMOUNT).apply(amount, _locale(LOCALES[language])))
    assert Formatter(language).amount(amount) == babel


@pytest.mark.parametrize("value", ["12.3456", "7", "0.5", "-0.00", "1E+3"])
def test_other_amounts_keep_babels_pattern(value: str) -> None:
    for language in LANGUAGES:
        babel = str(_pattern(AMOUNT).apply(Decimal(value), _locale(LOCALES[language])))
        assert Formatter(language).amount(Decimal(value)) == babel


def test_dates_in_each_language() -> None:
    day = date(2026, 11, 24)
    assert [Formatter(lang).day(day) for lang in LANGUAGES] == [
        "24 Nov 2026",
        "24.11.2026",
        "24 nov. 2026",
    ]
