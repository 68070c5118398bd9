"""Numbers, money and dates in a document's language, with Babel (PDFs and messages)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

LOCALES = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR"}


class Formatter:
    def __init__(self, language: str) -> None:
        self.locale = LOCALES.get(language, "en_GB")

    def money(self, amount: Decimal, currency: str) -> str:
        return str(format_currency(amount, currency, locale=self.locale))

    def amount(self, amount: Decimal) -> str:
        """An amount without currency sign, two decimals at least (table cells)."""
        return str(format_decimal(amount, format="#,##0.00##", locale=self.locale))

    def number(self, value: Decimal) -> str:
        return str(format_decimal(value, locale=self.locale))

    def percent(self, rate: Decimal | None) -> str:
        return "" if rate is None else f"{self.number(rate.normalize())} %"

    def day(self, value: date | None) -> str:
        return "" if value is None else str(format_date(value, format="medium", locale=self.locale))
