"""Rules for the company's own master data (the seller on every document)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from babel import Locale
from babel.numbers import list_currencies
from stdnum import get_cc_module
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import ValidationError

from app.domain.invariants import broken
from app.services.errors import InvalidInput

EU_VAT_PREFIXES = {
    "AT",
    "BE",
    "BG",
    "CY",
    "CZ",
    "DE",
    "DK",
    "EE",
    "EL",
    "ES",
    "FI",
    "FR",
    "HR",
    "HU",
    "IE",
    "IT",
    "LT",
    "LU",
    "LV",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SE",
    "SI",
    "SK",
    "XI",
}


@cache
def _countries() -> frozenset[str]:
    """Babel lists regions such as "EU" or "001" among its territories; a company is in a
    country. Read on first use: loading the locale data costs 30 ms at start-up."""
    return frozenset(
        str(code)
        for code in Locale("en").territories
        if len(str(code)) == 2 and str(code).isalpha() and code != "EU"
    )


# Withdrawn or non-tender codes that Babel still knows; an invoice cannot be in them.
_NOT_INVOICE_CURRENCIES = frozenset({"XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XDR"})


@dataclass(frozen=True)
class CompanyInput:
    name: str
    country: str
    currency: str
    vat_id: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None


def normalize_country(value: str, field: str = "country") -> str:
    """ISO 3166-1 alpha-2, upper case."""
    code = value.strip().upper()
    if not code:
        raise InvalidInput.of("country.missing", field)
    if code not in _countries():
        raise InvalidInput.of("country.unknown", field, value=value)
    return code


def normalize_currency(value: str, field: str = "currency") -> str:
    """ISO 4217 alphabetic code, upper case."""
    code = value.strip().upper()
    if code not in list_currencies() or code in _NOT_INVOICE_CURRENCIES:
        raise InvalidInput.of("currency.not_invoice", field, value=value)
    return code


def normalize_vat_id(value: str, country: str, field: str = "vat_id") -> str:
    """A VAT identifier checked with python-stdnum, in its compact form with country prefix."""
    raw = value.strip()
    prefix = raw[:2].upper()
    try:
        if prefix in EU_VAT_PREFIXES:
            return str(eu_vat.validate(raw))
        module = get_cc_module(country.lower(), "vat") if country else None
        if module is None:
            return raw.replace(" ", "").upper()
        return str(module.validate(raw))
    except ValidationError as exc:
        raise InvalidInput.of("vat_id.invalid", field, value=value, reason=exc) from exc


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    stripped = " ".join(value.split())
    return stripped or None


def company_problems(data: CompanyInput) -> tuple[CompanyInput | None, list[InvalidInput]]:
    """Check and normalise the company's data; returns every problem, each naming its field."""
    problems: list[InvalidInput] = []
    name = _clean(data.name)
    if not name:
        problems.append(InvalidInput.of("company.name_empty", "name"))
    elif len(name) > 200:
        problems.append(InvalidInput.of("company.name_long", "name", limit=200))
    country = currency = vat_id = None
    try:
        country = normalize_country(data.country)
    except InvalidInput as exc:
        problems.append(exc)
    try:
        currency = normalize_currency(data.currency)
    except InvalidInput as exc:
        problems.append(exc)
    raw_vat = _clean(data.vat_id)
    if raw_vat:
        try:
            vat_id = normalize_vat_id(raw_vat, country or "")
        except InvalidInput as exc:
            problems.append(exc)
    if problems or name is None or country is None or currency is None:
        return None, problems
    clean = CompanyInput(
        name=name,
        country=country,
        currency=currency,
        vat_id=vat_id,
        street=_clean(data.street),
        postcode=_clean(data.postcode),
        city=_clean(data.city),
    )
    return clean, []


def validate_company(data: CompanyInput) -> CompanyInput:
    """Check and normalise the company's data; raises the first problem found."""
    clean, problems = company_problems(data)
    if problems:
        raise problems[0]
    if clean is None:
        raise broken("clean is None")
    return clean
