"""VAT categories of EN 16931 (UNCL5305) and the company's table of named rates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from app.domain.errors import DomainError
from app.domain.problems import Problem, problem


class TaxCategory(StrEnum):
    STANDARD = "S"
    ZERO = "Z"
    EXEMPT = "E"
    REVERSE_CHARGE = "AE"
    INTRA_COMMUNITY = "K"
    EXPORT = "G"
    NOT_SUBJECT = "O"
    CANARY_IGIC = "L"
    CEUTA_MELILLA_IPSI = "M"


@dataclass(frozen=True)
class CategoryRule:
    """What EN 16931 demands of a category (BR-S/Z/E/AE/IC/G/O/AF/AG rules)."""

    rate: str  # "positive", "zero", "none" (O has no rate), "any" (>= 0)
    needs_exemption_reason: bool
    seller_vat_required: bool
    buyer_vat_required: bool
    wording: str


CATEGORY_RULES: dict[TaxCategory, CategoryRule] = {
    TaxCategory.STANDARD: CategoryRule("positive", False, True, False, "Standard rate"),
    TaxCategory.ZERO: CategoryRule("zero", False, True, False, "Zero rated goods"),
    TaxCategory.EXEMPT: CategoryRule("zero", True, True, False, "Exempt from VAT"),
    TaxCategory.REVERSE_CHARGE: CategoryRule(
        "zero", True, True, True, "Reverse charge: VAT to be accounted for by the recipient"
    ),
    TaxCategory.INTRA_COMMUNITY: CategoryRule(
        "zero", True, True, True, "Intra-Community supply exempt from VAT"
    ),
    TaxCategory.EXPORT: CategoryRule("zero", True, True, False, "Export outside the EU"),
    TaxCategory.NOT_SUBJECT: CategoryRule("none", True, False, False, "Not subject to VAT"),
    TaxCategory.CANARY_IGIC: CategoryRule("any", False, True, False, "Canary Islands IGIC"),
    TaxCategory.CEUTA_MELILLA_IPSI: CategoryRule("any", False, True, False, "Ceuta/Melilla IPSI"),
}


def category_from_code(code: str) -> TaxCategory:
    try:
        return TaxCategory(code.strip().upper())
    except ValueError:
        codes = ", ".join(c.value for c in TaxCategory)
        raise DomainError.of("tax_category.unknown", "category", value=code, codes=codes) from None


def rate_problem(category: TaxCategory, rate: Decimal | None, field: str) -> Problem | None:
    """Why ``rate`` does not fit ``category`` (a problem of ``field``), or None."""
    kind = CATEGORY_RULES[category].rate
    if kind == "none":
        return None if rate is None else problem("rate.not_taken", field)
    if rate is None:
        return problem("rate.needed", field, category=category.value)
    if rate < 0 or rate > 100:
        return problem("rate.range", field)
    if kind == "positive" and rate == 0:
        return problem("rate.standard_zero", field)
    if kind == "zero" and rate != 0:
        return problem("rate.must_be_zero", field, category=category.value)
    return None


@dataclass(frozen=True)
class TaxRate:
    """A named rate of the company's tax table, valid from one date (inclusive) to another."""

    name: str
    category: TaxCategory
    rate: Decimal | None
    valid_from: date
    valid_to: date | None = None
    exemption_reason: str | None = None
    exemption_code: str | None = None

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class TaxTable:
    rates: tuple[TaxRate, ...]

    def lookup(self, name: str, day: date) -> TaxRate:
        """The version of rate ``name`` that is valid on ``day``."""
        matching = [r for r in self.rates if r.name == name and r.valid_on(day)]
        if not matching:
            known = sorted({r.name for r in self.rates})
            raise DomainError.of(
                "tax_rate.not_valid", "tax_rate", name=name, day=day.isoformat(), known=known
            )
        return max(matching, key=lambda r: r.valid_from)
