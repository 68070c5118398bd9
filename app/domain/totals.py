"""Totals exactly as EN 16931 defines them.

Default rounding (``VatRounding.DOCUMENT``): every line net amount, allowance and charge is
rounded to the currency's minor unit; VAT is computed once per category and rate on the summed
taxable amount and rounded once (BR-CO-17), half-up. ``VatRounding.LINE`` is the company
setting that rounds VAT on each line (and each document allowance/charge) and sums the results.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal
from enum import StrEnum

from app.domain.documents import (
    AllowanceCharge,
    Draft,
    LineAmounts,
    Totals,
    VatBreakdown,
)
from app.domain.documents import Line as DocLine
from app.domain.money import HUNDRED, round_money, round_to
from app.domain.tax import TaxCategory

ZERO = Decimal(0)
GroupKey = tuple[TaxCategory, Decimal | None]


class VatRounding(StrEnum):
    DOCUMENT = "document"
    LINE = "line"


def allowance_charge_amount(item: AllowanceCharge, default_base: Decimal, currency: str) -> Decimal:
    """The rounded amount of an allowance or charge (fixed, or percent of its base)."""
    if item.amount is not None:
        return round_money(item.amount, currency)
    base = item.base if item.base is not None else default_base
    percent = item.percent if item.percent is not None else ZERO
    return round_money(base * percent / HUNDRED, currency)


def line_gross(line: DocLine) -> Decimal:
    """Quantity x net price / price base quantity, unrounded."""
    return line.quantity * line.unit_price / line.price_base_quantity


def line_amounts(line: DocLine, currency: str) -> LineAmounts:
    """BT-131 = quantity x price / base quantity + charges - allowances, rounded once."""
    gross = line_gross(line)
    base = round_money(gross, currency)
    allowances = tuple(allowance_charge_amount(a, base, currency) for a in line.allowances)
    charges = tuple(allowance_charge_amount(c, base, currency) for c in line.charges)
    net = round_money(gross + sum(charges, ZERO) - sum(allowances, ZERO), currency)
    if line.stated_net is not None:
        net = round_money(line.stated_net, currency)
    return LineAmounts(net=net, allowances=allowances, charges=charges)


def computed_line_net(line: DocLine, currency: str) -> Decimal:
    """BT-131 as the program computes it, whatever an imported document stated."""
    return line_amounts(replace(line, stated_net=None), currency).net


def canonical_rate(rate: Decimal) -> Decimal:
    """19, 19.0 and 19.00 are one rate; written without exponent (20, not 2E+1)."""
    normal = rate.normalize()
    return normal.quantize(Decimal(1)) if normal.as_tuple().exponent > 0 else normal  # type: ignore[operator]


def _rate_key(category: TaxCategory, rate: Decimal | None) -> GroupKey:
    return (category, None if rate is None else canonical_rate(rate))


def _vat(amount: Decimal, rate: Decimal | None, currency: str) -> Decimal:
    return ZERO if rate is None else round_money(amount * rate / HUNDRED, currency)


def _reason(items: Iterable[tuple[str | None, str | None]]) -> tuple[str | None, str | None]:
    for reason, code in items:
        if reason or code:
            return reason, code
    return None, None


def compute_totals(
    draft: Draft,
    rounding: VatRounding = VatRounding.DOCUMENT,
    accounting_currency: str | None = None,
) -> Totals:
    """All totals and the VAT breakdown of a draft (pure; the same code serves every screen)."""
    currency = draft.currency
    lines = tuple(line_amounts(line, currency) for line in draft.lines)
    line_total = sum((amounts.net for amounts in lines), ZERO)
    doc_allowances = tuple(
        allowance_charge_amount(a, line_total, currency) for a in draft.allowances
    )
    doc_charges = tuple(allowance_charge_amount(c, line_total, currency) for c in draft.charges)

    taxable: dict[GroupKey, Decimal] = {}
    line_vat: dict[GroupKey, Decimal] = {}
    reasons: dict[GroupKey, list[tuple[str | None, str | None]]] = {}

    def add(
        key: GroupKey, amount: Decimal, rate: Decimal | None, why: tuple[str | None, str | None]
    ) -> None:
        taxable[key] = taxable.get(key, ZERO) + amount
        line_vat[key] = line_vat.get(key, ZERO) + _vat(amount, rate, currency)
        reasons.setdefault(key, []).append(why)

    for line, amounts in zip(draft.lines, lines, strict=True):
        key = _rate_key(line.tax_category, line.tax_rate)
        add(key, amounts.net, line.tax_rate, (line.exemption_reason, line.exemption_code))
    for sign, items, amounts_ in (
        (-1, draft.allowances, doc_allowances),
        (1, draft.charges, doc_charges),
    ):
        for item, amount in zip(items, amounts_, strict=True):
            category = item.tax_category or TaxCategory.STANDARD
            key = _rate_key(category, item.tax_rate)
            add(key, sign * amount, item.tax_rate, (item.exemption_reason, item.exemption_code))

    breakdown = []
    for key in sorted(taxable, key=lambda k: (k[0].value, k[1] if k[1] is not None else ZERO)):
        category, rate = key
        tax = line_vat[key] if rounding is VatRounding.LINE else _vat(taxable[key], rate, currency)
        reason, code = _reason(reasons[key])
        breakdown.append(VatBreakdown(category, rate, taxable[key], tax, reason, code))

    allowance_total = sum(doc_allowances, ZERO)
    charge_total = sum(doc_charges, ZERO)
    tax_exclusive = line_total - allowance_total + charge_total
    tax_total = sum((b.tax for b in breakdown), ZERO)
    tax_inclusive = tax_exclusive + tax_total
    prepaid = round_money(draft.prepaid, currency)
    before_rounding = tax_inclusive - prepaid
    rounding_amount = ZERO
    if draft.cash_rounding is not None:
        rounding_amount = round_to(before_rounding, draft.cash_rounding) - before_rounding
    rounding_amount = round_money(rounding_amount, currency)

    tax_accounting = None
    if accounting_currency and accounting_currency != currency and draft.exchange_rate:
        tax_accounting = round_money(tax_total * draft.exchange_rate.rate, accounting_currency)

    return Totals(
        currency=currency,
        line_total=line_total,
        allowance_total=allowance_total,
        charge_total=charge_total,
        tax_exclusive=tax_exclusive,
        tax_total=tax_total,
        tax_inclusive=tax_inclusive,
        prepaid=prepaid,
        rounding=rounding_amount,
        payable=before_rounding + rounding_amount,
        vat_breakdown=tuple(breakdown),
        lines=lines,
        document_allowances=doc_allowances,
        document_charges=doc_charges,
        accounting_currency=accounting_currency if tax_accounting is not None else None,
        tax_total_accounting=tax_accounting,
    )
