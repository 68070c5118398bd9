"""What the invoice editor needs: its choices, a draft to edit, a preview, and saving.

The editor keeps the draft as the draft JSON of docs/drafts.md while the user types; totals
and problems come from the domain code (app.domain.totals, app.domain.validation), so the
window shows exactly what issuing will compute.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from babel.numbers import list_currencies

from app.domain.documents import (
    Address,
    DocumentType,
    Draft,
    IssuedDocument,
    Line,
    PartySnapshot,
    Status,
    Totals,
)
from app.domain.draft_format import draft_from_dict, draft_to_dict
from app.domain.errors import DomainError, InvalidDocument, Problem, as_problem, problem
from app.domain.invariants import broken
from app.domain.parties import Customer
from app.domain.tax import TaxRate
from app.domain.totals import VatRounding, compute_totals
from app.domain.validation import IssueContext, draft_problems
from app.services.changes import Changes, Kind
from app.services.clock import today
from app.services.documents.drafts import create_draft, edit_draft, parse_draft, vat_rounding
from app.services.documents.issuing import apply_customer_terms
from app.services.documents.stored_files import draft_preview
from app.services.errors import InvalidInput
from app.services.ports import Context


@dataclass(frozen=True)
class ProductChoice:
    """A product as a line fills it in: its price and the tax rate valid today."""

    id: int
    name: str
    description: str | None
    unit: str
    unit_price: Decimal
    rate: TaxRate | None  # None when the product's rate has no version valid today


@dataclass(frozen=True)
class EditorSetup:
    today: date
    seller: PartySnapshot
    accounting_currency: str
    rounding: VatRounding
    customers: tuple[Customer, ...]
    products: tuple[ProductChoice, ...]
    tax_rates: tuple[TaxRate, ...]  # the versions valid today, in the order of the table


def editor_setup(ctx: Context) -> EditorSetup:
    day = today(ctx)
    with ctx.uow() as uow:
        profile = uow.company.profile()
        table = uow.tax_rates.table()
        valid = tuple(r for r in table.rates if r.valid_on(day))
        products = []
        for product in uow.products.list():
            rate = next((r for r in valid if r.name == product.tax_rate_name), None)
            if product.id is None:
                raise broken("product.id is None")
            products.append(
                ProductChoice(
                    id=product.id,
                    name=product.name,
                    description=product.description,
                    unit=product.unit,
                    unit_price=product.unit_price,
                    rate=rate,
                )
            )
        return EditorSetup(
            today=day,
            seller=profile.seller,
            accounting_currency=profile.accounting_currency,
            rounding=vat_rounding(profile),
            customers=tuple(uow.customers.list()),
            products=tuple(products),
            tax_rates=valid,
        )


def draft_for_editing(ctx: Context, document_id: int) -> tuple[DocumentType, dict[str, Any]]:
    """A stored draft as draft JSON; issued documents are refused (they never change)."""
    with ctx.uow() as uow:
        stored = uow.documents.get(document_id)
        if stored.status is not Status.DRAFT:
            raise InvalidInput.of("document.issued", "document", number=stored.number)
        return stored.type, draft_to_dict(stored.draft)


SAVE_CHANGES = Changes.of(Kind.DOCUMENTS, Kind.AUDIT)


@dataclass(frozen=True)
class Saved:
    """A draft saved from the editor: its id, and what saving it changed."""

    document_id: int
    changes: Changes = SAVE_CHANGES


def save_draft(
    ctx: Context, document_id: int | None, data: dict[str, Any], doc_type: DocumentType
) -> Saved:
    """Create the draft (``document_id`` None) or replace a stored one."""
    data = copy.deepcopy(data)  # parsing fills product lines in place
    if document_id is None:
        return Saved(create_draft(ctx, data, doc_type))
    edit_draft(ctx, document_id, data)
    return Saved(document_id)


def preview_pdf(ctx: Context, data: dict[str, Any], doc_type: DocumentType) -> bytes:
    """The draft being edited (not saved yet) as it would print: DRAFT mark, no number."""
    with ctx.uow() as uow:
        draft = parse_draft(uow, ctx, copy.deepcopy(data), doc_type)
        return draft_preview(uow, ctx, draft)


@dataclass(frozen=True)
class Evaluation:
    """The draft being edited as issuing would see it today."""

    totals: Totals | None  # None while the lines cannot be computed (e.g. a bad number)
    problems: dict[str, Problem]  # JSON path ("lines[1].unit_price", "customer") -> its problem
    due_date: date | None  # the due date issuing would print (the customer's terms if empty)


def evaluate(
    data: dict[str, Any], doc_type: DocumentType, setup: EditorSetup, customer: Customer | None
) -> Evaluation:
    """Totals and every problem that would stop the issue, without touching the file.

    Pure: runs on the GUI thread on every keystroke that changes the draft. The rules are the
    domain's (the same functions issuing calls), so the window never disagrees with the issue.
    """
    problems: dict[str, Problem] = {}
    try:
        draft = draft_from_dict(copy.deepcopy(data), doc_type)
    except InvalidDocument as exc:
        for found in exc.problems:
            problems.setdefault(found.field, found)
        _header_problems(data, doc_type, setup, customer, problems)
        return Evaluation(None, problems, None)
    if draft.currency not in list_currencies():
        problems["currency"] = problem("currency.unknown", "currency", value=draft.currency)
        return Evaluation(None, problems, None)
    draft = apply_customer_terms(draft, customer, setup.today)
    try:
        totals: Totals | None = compute_totals(draft, setup.rounding, setup.accounting_currency)
    except DomainError as exc:
        problems["lines"] = as_problem(exc, "lines")
        totals = None
    context = IssueContext(
        seller=setup.seller,
        buyer=None if customer is None else customer.snapshot(),
        accounting_currency=setup.accounting_currency,
    )
    for found in draft_problems(draft, context):
        problems.setdefault(found.field, found)
    return Evaluation(totals, problems, draft.due_date)


def _header_problems(
    data: dict[str, Any],
    doc_type: DocumentType,
    setup: EditorSetup,
    customer: Customer | None,
    problems: dict[str, Problem],
) -> None:
    """While a line cannot even be read, still say what is wrong outside the lines."""
    try:
        header = draft_from_dict({**copy.deepcopy(data), "lines": []}, doc_type)
    except InvalidDocument:
        return
    header = apply_customer_terms(header, customer, setup.today)
    context = IssueContext(
        seller=setup.seller,
        buyer=None if customer is None else customer.snapshot(),
        accounting_currency=setup.accounting_currency,
    )
    for found in draft_problems(header, context):
        if not found.field.startswith("lines"):
            problems.setdefault(found.field, found)


def tax_rates(ctx: Context) -> list[TaxRate]:
    """The company's whole tax table (every version of every named rate)."""
    with ctx.uow() as uow:
        return list(uow.tax_rates.table().rates)


SAMPLE_BUYER = PartySnapshot(
    name="Sample Customer Ltd",
    address=Address(street="1 Example Street", city="Springfield", postcode="12345", country="DE"),
)


def sample_pdf(ctx: Context) -> bytes:
    """An invoice as this company's would look (DRAFT mark, no number, nothing stored): the
    company's details, bank account, logo and document settings, a made-up customer and the
    standard and reduced rates of its tax table."""
    if ctx.renderer is None:
        raise RuntimeError("no renderer is wired into this context")
    day = today(ctx)
    with ctx.uow() as uow:
        profile = uow.company.profile()
        table = uow.tax_rates.table()
    settings = profile.settings
    valid = [r for r in table.rates if r.valid_on(day) and r.rate is not None]
    rates = sorted(valid, key=lambda r: r.rate or 0, reverse=True)[:2]
    buyer = replace(
        SAMPLE_BUYER,
        address=replace(SAMPLE_BUYER.address, country=profile.seller.address.country),
    )
    lines = tuple(
        Line(
            description=text,
            quantity=Decimal(quantity),
            unit=unit,
            unit_price=Decimal(price),
            tax_category=rate.category,
            tax_rate=rate.rate,
        )
        for (text, quantity, unit, price), rate in zip(
            (("Consulting", "8", "HUR", "95.00"), ("Printed handbook", "3", "C62", "24.90")),
            rates * 2,
            strict=False,
        )
    )
    draft = Draft(
        type=DocumentType.INVOICE,
        customer_id=None,
        currency=profile.accounting_currency,
        lines=lines,
        issue_date=day,
        due_date=day + timedelta(days=14),
    )
    totals = compute_totals(draft, settings.vat_rounding, profile.accounting_currency)
    preview = IssuedDocument(
        id=0,
        number="",
        draft=draft,
        seller=profile.seller,
        buyer=buyer,
        totals=totals,
        issued_at="",
        payment=profile.payment,
    )
    return ctx.renderer.document(preview, settings, draft=True)
