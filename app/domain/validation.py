"""Every problem of a draft, each naming its field; an empty list means it may be issued."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.domain.documents import AllowanceCharge, DocumentType, Draft, Line, PartySnapshot
from app.domain.errors import Problem, problem
from app.domain.tax import CATEGORY_RULES, TaxCategory, rate_problem

UNIT_CODE = re.compile(r"^[A-Z0-9]{1,3}$")
CURRENCY_CODE = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class IssueContext:
    """What the rules need besides the draft: both parties and the company's currency."""

    seller: PartySnapshot
    buyer: PartySnapshot | None
    accounting_currency: str


def _allowance_charge_problems(
    item: AllowanceCharge, where: str, document_level: bool
) -> Iterator[Problem]:
    if (item.amount is None) == (item.percent is None):
        yield problem("charge.amount_or_percent", where)
    if item.amount is not None and item.amount < 0:
        yield problem("value.negative", f"{where}.amount")
    if item.percent is not None and not 0 <= item.percent <= 100:
        yield problem("value.percent_range", f"{where}.percent")
    if not (item.reason or item.reason_code):
        yield problem("charge.reason", f"{where}.reason")
    if document_level:
        category = item.tax_category
        if category is None:
            yield problem("charge.category", f"{where}.tax_category")
        else:
            why = rate_problem(category, item.tax_rate, f"{where}.tax_rate")
            if why:
                yield why
            if CATEGORY_RULES[category].needs_exemption_reason and not (
                item.exemption_reason or item.exemption_code
            ):
                yield problem(
                    "charge.exemption", f"{where}.exemption_reason", category=category.value
                )


def _line_problems(line: Line, where: str, doc_type: DocumentType) -> Iterator[Problem]:
    if not line.description.strip():
        yield problem("value.empty", f"{where}.description")
    if line.quantity == 0:
        yield problem("value.zero", f"{where}.quantity")
    if not UNIT_CODE.match(line.unit):
        yield problem("line.unit", f"{where}.unit", value=line.unit)
    if line.unit_price < 0:
        yield problem("line.price_negative", f"{where}.unit_price")
    if line.price_base_quantity <= 0:
        yield problem("value.not_positive", f"{where}.price_base_quantity")
    why = rate_problem(line.tax_category, line.tax_rate, f"{where}.tax_rate")
    if why:
        yield why
    if CATEGORY_RULES[line.tax_category].needs_exemption_reason and not (
        line.exemption_reason or line.exemption_code
    ):
        yield problem(
            "line.exemption", f"{where}.exemption_reason", category=line.tax_category.value
        )
    for index, item in enumerate(line.allowances):
        yield from _allowance_charge_problems(item, f"{where}.allowances[{index}]", False)
    for index, item in enumerate(line.charges):
        yield from _allowance_charge_problems(item, f"{where}.charges[{index}]", False)
    del doc_type


def _party_problems(draft: Draft, context: IssueContext) -> Iterator[Problem]:
    categories = {line.tax_category for line in draft.lines}
    categories |= {i.tax_category for i in (*draft.allowances, *draft.charges) if i.tax_category}
    buyer = context.buyer
    if buyer is None:
        yield problem("customer.choose", "customer")
        return
    for category in sorted(categories, key=lambda c: c.value):
        rule = CATEGORY_RULES[category]
        if rule.seller_vat_required and not context.seller.vat_id:
            yield problem("seller.vat_id_needed", "seller.vat_id", category=category.value)
        if rule.buyer_vat_required and not buyer.vat_id:
            yield problem(
                "customer.vat_id_needed",
                "customer.vat_id",
                category=category.value,
                wording=rule.wording.lower(),
            )
    if TaxCategory.NOT_SUBJECT in categories:
        if len(categories) > 1:
            yield problem("lines.o_mixed", "lines")
        if context.seller.vat_id or buyer.vat_id:
            yield problem("customer.o_no_vat_ids", "customer.vat_id")
    if TaxCategory.INTRA_COMMUNITY in categories and not (
        draft.delivery_date or (draft.period_start and draft.period_end)
    ):
        yield problem("delivery.intra_community", "delivery_date")


def draft_problems(draft: Draft, context: IssueContext) -> list[Problem]:
    """Everything that stops ``draft`` from being issued."""
    problems: list[Problem] = []
    if not CURRENCY_CODE.match(draft.currency):
        problems.append(problem("currency.invalid", "currency", value=draft.currency))
    if not draft.lines:
        problems.append(problem("lines.none", "lines"))
    for index, line in enumerate(draft.lines):
        problems += _line_problems(line, f"lines[{index}]", draft.type)
    for index, item in enumerate(draft.allowances):
        problems += _allowance_charge_problems(item, f"allowances[{index}]", True)
    for index, item in enumerate(draft.charges):
        problems += _allowance_charge_problems(item, f"charges[{index}]", True)
    if draft.issue_date and draft.due_date and draft.due_date < draft.issue_date:
        problems.append(problem("due_date.before_issue", "due_date"))
    if draft.period_start and draft.period_end and draft.period_end < draft.period_start:
        problems.append(problem("period.ends_before_start", "period_end"))
    if draft.prepaid < 0:
        problems.append(problem("value.negative", "prepaid"))
    if draft.cash_rounding is not None and draft.cash_rounding <= 0:
        problems.append(problem("value.not_positive", "cash_rounding"))
    if draft.currency != context.accounting_currency and draft.exchange_rate is None:
        problems.append(
            problem(
                "exchange_rate.needed",
                "exchange_rate",
                currency=draft.currency,
                accounting=context.accounting_currency,
            )
        )
    if draft.exchange_rate is not None and draft.exchange_rate.rate <= 0:
        problems.append(problem("value.not_positive", "exchange_rate.rate"))
    if draft.type is not DocumentType.INVOICE and draft.corrects is None:
        problems.append(problem("corrects.missing", "corrects"))
    problems += _party_problems(draft, context)
    return problems
