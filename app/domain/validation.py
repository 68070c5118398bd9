"""Every problem of a draft, each naming its field; an empty list means it may be issued."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.domain.documents import AllowanceCharge, DocumentType, Draft, Line, PartySnapshot
from app.domain.errors import Problem
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
        yield Problem(where, "give either an amount or a percent")
    if item.amount is not None and item.amount < 0:
        yield Problem(f"{where}.amount", "must not be negative")
    if item.percent is not None and not 0 <= item.percent <= 100:
        yield Problem(f"{where}.percent", "must be between 0 and 100")
    if not (item.reason or item.reason_code):
        yield Problem(f"{where}.reason", "give a reason or a reason code")
    if document_level:
        category = item.tax_category
        if category is None:
            yield Problem(
                f"{where}.tax_category", "a document allowance or charge needs a VAT category"
            )
        else:
            why = rate_problem(category, item.tax_rate)
            if why:
                yield Problem(f"{where}.tax_rate", why)
            if CATEGORY_RULES[category].needs_exemption_reason and not (
                item.exemption_reason or item.exemption_code
            ):
                yield Problem(
                    f"{where}.exemption_reason",
                    f"category {category.value} needs an exemption reason",
                )


def _line_problems(line: Line, where: str, doc_type: DocumentType) -> Iterator[Problem]:
    if not line.description.strip():
        yield Problem(f"{where}.description", "must not be empty")
    if line.quantity == 0:
        yield Problem(f"{where}.quantity", "must not be zero")
    if not UNIT_CODE.match(line.unit):
        yield Problem(
            f"{where}.unit", f"{line.unit!r} is not a UN/ECE Rec 20 unit code such as C62 or HUR"
        )
    if line.unit_price < 0:
        yield Problem(
            f"{where}.unit_price", "must not be negative (use a negative quantity or an allowance)"
        )
    if line.price_base_quantity <= 0:
        yield Problem(f"{where}.price_base_quantity", "must be greater than zero")
    why = rate_problem(line.tax_category, line.tax_rate)
    if why:
        yield Problem(f"{where}.tax_rate", why)
    if CATEGORY_RULES[line.tax_category].needs_exemption_reason and not (
        line.exemption_reason or line.exemption_code
    ):
        yield Problem(
            f"{where}.exemption_reason",
            f"category {line.tax_category.value} needs an exemption reason (text or VATEX code)",
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
        yield Problem("customer", "choose a customer")
        return
    for category in sorted(categories, key=lambda c: c.value):
        rule = CATEGORY_RULES[category]
        if rule.seller_vat_required and not context.seller.vat_id:
            yield Problem("seller.vat_id", f"category {category.value} needs the company's VAT ID")
        if rule.buyer_vat_required and not buyer.vat_id:
            yield Problem(
                "customer.vat_id",
                f"category {category.value} ({rule.wording.lower()}) needs the customer's VAT ID",
            )
    if TaxCategory.NOT_SUBJECT in categories:
        if len(categories) > 1:
            yield Problem(
                "lines", "category O (not subject to VAT) cannot be mixed with other categories"
            )
        if context.seller.vat_id or buyer.vat_id:
            yield Problem(
                "customer.vat_id", "an invoice not subject to VAT (O) carries no VAT IDs (BR-O-2)"
            )
    if TaxCategory.INTRA_COMMUNITY in categories and not (
        draft.delivery_date or (draft.period_start and draft.period_end)
    ):
        yield Problem(
            "delivery_date", "an intra-Community supply needs the delivery date or period"
        )


def draft_problems(draft: Draft, context: IssueContext) -> list[Problem]:
    """Everything that stops ``draft`` from being issued."""
    problems: list[Problem] = []
    if not CURRENCY_CODE.match(draft.currency):
        problems.append(Problem("currency", f"{draft.currency!r} is not an ISO 4217 code"))
    if not draft.lines:
        problems.append(Problem("lines", "the document has no lines"))
    for index, line in enumerate(draft.lines):
        problems += _line_problems(line, f"lines[{index}]", draft.type)
    for index, item in enumerate(draft.allowances):
        problems += _allowance_charge_problems(item, f"allowances[{index}]", True)
    for index, item in enumerate(draft.charges):
        problems += _allowance_charge_problems(item, f"charges[{index}]", True)
    if draft.issue_date and draft.due_date and draft.due_date < draft.issue_date:
        problems.append(Problem("due_date", "the due date is before the issue date"))
    if draft.period_start and draft.period_end and draft.period_end < draft.period_start:
        problems.append(Problem("period_end", "the period ends before it starts"))
    if draft.prepaid < 0:
        problems.append(Problem("prepaid", "must not be negative"))
    if draft.cash_rounding is not None and draft.cash_rounding <= 0:
        problems.append(Problem("cash_rounding", "must be greater than zero"))
    if draft.currency != context.accounting_currency and draft.exchange_rate is None:
        problems.append(
            Problem(
                "exchange_rate",
                f"an invoice in {draft.currency} needs the exchange rate to"
                f" {context.accounting_currency} (rate, date, source)",
            )
        )
    if draft.exchange_rate is not None and draft.exchange_rate.rate <= 0:
        problems.append(Problem("exchange_rate.rate", "must be greater than zero"))
    if draft.type is not DocumentType.INVOICE and draft.corrects is None:
        problems.append(
            Problem("corrects", "a credit or debit note must name the invoice it corrects")
        )
    problems += _party_problems(draft, context)
    return problems
