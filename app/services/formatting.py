"""Numbers, money and dates in a document's language, with Babel (PDFs and messages).

The locale and the number patterns are parsed once per language (Babel would parse them on
every call: a measurable share of rendering a PDF). Amounts with exactly two decimals, nearly
all of them, are written by Python's own grouping with the locale's signs swapped in: the
same text as Babel's pattern (tests/unit/services/test_formatting.py checks it) in a seventh
of the time, for the document list's thousands of cells and the PDFs' dozens.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import (
    NumberFormatError,
    NumberPattern,
    format_currency,
    parse_decimal,
    parse_pattern,
)

LOCALES = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR"}
AMOUNT = "#,##0.00##"
# quantities, rates and percentages: every significant decimal (Babel's default stops at 3)
NUMBER = "#,##0.##########"
PLAIN_NUMBER = re.compile(r"[-+]?\d+(\.\d+)?")


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
        symbols = self.locale.number_symbols["latn"]
        # ",.2f" groups by three and writes "-": true of the three document languages
        self._signs = str.maketrans({",": symbols["group"], ".": symbols["decimal"]})
        self._python_groups = symbols["minusSign"] == "-" and _pattern(AMOUNT).grouping == (3, 3)

    def money(self, amount: Decimal, currency: str) -> str:
        return str(format_currency(amount, currency, locale=self.locale))

    def amount(self, amount: Decimal) -> str:
        """An amount without currency sign, two decimals at least (table cells)."""
        if self._python_groups and amount.as_tuple().exponent == -2:
            return format(amount, ",.2f").translate(self._signs)
        return str(_pattern(AMOUNT).apply(amount, self.locale))

    def number(self, value: Decimal) -> str:
        return str(self._decimal.apply(value, self.locale))

    def percent(self, rate: Decimal | None) -> str:
        return "" if rate is None else f"{self.number(rate.normalize())} %"

    def day(self, value: date | None) -> str:
        return "" if value is None else str(format_date(value, format="medium", locale=self.locale))


def read_number(text: str, language: str) -> str:
    """What a user typed, as the plain decimal string the draft JSON holds.

    Written the user's way ("1.234,5" in German, "1,234.5" in English) or the plain way
    ("1234.5"); raises ValueError saying what is wrong ("12,5" in English is ambiguous).
    """
    locale = _locale(LOCALES.get(language, "en_GB"))
    symbols = locale.number_symbols["latn"]
    cleaned = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if symbols["group"] in ("\u00a0", "\u202f", " "):  # French: 1 234,5 typed with a space
        cleaned = cleaned.replace(" ", symbols["group"])
    value: Decimal | None
    try:
        value = parse_decimal(cleaned, locale=locale, strict=True)
    except NumberFormatError:
        # the plain way, 1234.5, is always understood; nothing with a group sign in it
        value = Decimal(cleaned) if PLAIN_NUMBER.fullmatch(cleaned) else None
    if value is None or not value.is_finite():
        examples = sorted({f"1234{symbols['decimal']}5", "1234.5"})
        raise ValueError(f"{text!r} is not a number; write e.g. {' or '.join(examples)}")
    return format(value, "f")
