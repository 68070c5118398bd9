"""Numbers, money and dates in a document's language, with Babel (PDFs and messages).

The locale and the number patterns are parsed once per language (Babel would parse them on
every call: a measurable share of rendering a PDF).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import NumberPattern, format_currency, parse_pattern

LOCALES = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR"}
AMOUNT = "#,##0.00##"
# quantities, rates and percentages: every significant decimal (Babel's default stops at 3)
NUMBER = "#,##0.##########"


@cache
def _locale(name: str) -> Locale:
    return Locale.parse(name)


@cache
def _pattern(text: str) -> NumberPattern:
    return parse_pattern(text)


class Formatter:
    def __init__(self, language: str) -> None:
        self.locale = _locale(LOCALES.get(language, "en_GB"))
        self._decimal = _pattern(NUMBER)

    def money(self, amount: Decimal, currency: str) -> str:
        return str(format_currency(amount, currency, locale=self.locale))

    def amount(self, amount: Decimal) -> str:
        """An amount without currency sign, two decimals at least (table cells)."""
        return str(_pattern(AMOUNT).apply(amount, self.locale))

    def number(self, value: Decimal) -> str:
        return str(self._decimal.apply(value, self.locale))

    def percent(self, rate: Decimal | None) -> str:
        return "" if rate is None else f"{self.number(rate.normalize())} %"

    def day(self, value: date | None) -> str:
        return "" if value is None else str(format_date(value, format="medium", locale=self.locale))
