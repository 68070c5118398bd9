"""Read models for the CLI and the window: one document in full, lists of documents."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from app.domain.documents import (
    DocumentType,
    Draft,
    PartySnapshot,
    PaymentInstructions,
    Status,
    Totals,
)
from app.domain.invariants import broken
from app.domain.problems import Problem
from app.domain.totals import compute_totals
from app.domain.validation import draft_problems
from app.services.clock import today
from app.services.documents.drafts import issue_context, vat_rounding
from app.services.errors import InvalidInput
from app.services.ports import (
    LIST_FILTERS,
    LIST_SORTS,
    Context,
    DocumentPage,
    DocumentQuery,
    DocumentSummary,
    FrozenFile,
)
from app.services.receivables.receivables_reports import payment_info
from app.services.receivables.receivables_results import DocumentMoney


@dataclass(frozen=True)
class Correction:
    """A credit or debit note that corrects the shown document."""

    number: str | None
    type: DocumentType
    tax_inclusive: Decimal


@dataclass(frozen=True)
class ShownFile:
    """A file frozen with an issued document (its bytes stay in the store)."""

    kind: str  # "einvoice" or "pdf"
    format: str
    media_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class ShownDocument:
    """Everything about one document: an issued one as frozen at issue (with what is owed on
    it), a draft with the parties it would carry today, provisional totals and its problems."""

    id: int
    number: str | None
    type: DocumentType
    status: Status
    draft: Draft  # the content (of an issued document: as issued)
    seller: PartySnapshot
    buyer: PartySnapshot | None
    totals: Totals
    corrects: str | None  # the number of the document this one corrects
    corrections: tuple[Correction, ...]
    issued_at: str | None = None
    payment: PaymentInstructions | None = None
    money: DocumentMoney | None = None  # None for a draft
    files: tuple[ShownFile, ...] = ()
    problems: tuple[Problem, ...] = ()

    @property
    def currency(self) -> str:
        return self.draft.currency

    @property
    def issue_date(self) -> date | None:
        return self.draft.issue_date

    @property
    def due_date(self) -> date | None:
        return self.draft.due_date


def _shown_file(file: FrozenFile) -> ShownFile:
    return ShownFile(file.kind, file.format, file.media_type, len(file.data), file.sha256)


def show_document(ctx: Context, reference: str) -> ShownDocument:
    """Everything about one document; a draft shows provisional totals and its problems."""
    with ctx.uow() as uow:
        stored = uow.documents.find(reference)
        corrections = tuple(
            Correction(c.number, c.type, c.totals.tax_inclusive)
            for c in uow.documents.corrections_of(stored.id)
        )
        issued = stored.issued
        if issued is not None:
            if issued.draft.customer_id is None:
                raise broken("draft.customer_id is None")
            money = payment_info(uow, stored.id, issued.draft.customer_id, today(ctx))
            found = [uow.documents.file(stored.id, kind) for kind in ("einvoice", "pdf")]
            return ShownDocument(
                id=stored.id,
                number=stored.number,
                type=stored.type,
                status=Status.ISSUED,
                draft=issued.draft,
                seller=issued.seller,
                buyer=issued.buyer,
                totals=issued.totals,
                corrects=issued.corrects_number,
                corrections=corrections,
                issued_at=issued.issued_at,
                payment=issued.payment,
                money=money,
                files=tuple(_shown_file(f) for f in found if f is not None),
            )
        profile = uow.company.profile()
        context = issue_context(uow, stored.draft)
        draft = stored.draft
        return ShownDocument(
            id=stored.id,
            number=None,
            type=stored.type,
            status=Status.DRAFT,
            draft=draft,
            seller=context.seller,
            buyer=context.buyer,
            totals=compute_totals(draft, vat_rounding(profile), profile.accounting_currency),
            corrects=uow.documents.get(draft.corrects).number if draft.corrects else None,
            corrections=corrections,
            problems=tuple(draft_problems(draft, context)),
        )


def list_documents(
    ctx: Context,
    status: Status | None = None,
    customer_id: int | None = None,
    doc_type: DocumentType | None = None,
) -> list[DocumentSummary]:
    """Every document (of a status, customer, type), in the order they were created."""
    with ctx.uow() as uow:
        return uow.documents.summaries(status, customer_id, doc_type)


def document_page(ctx: Context, query: DocumentQuery) -> DocumentPage:
    """One page of the document list and the cursor of the next one (None at the end)."""
    if query.filter not in LIST_FILTERS:
        raise InvalidInput.of(
            "value.choice", "filter", value=query.filter, known=", ".join(LIST_FILTERS)
        )
    if query.sort not in LIST_SORTS:
        raise InvalidInput.of("value.choice", "sort", value=query.sort, known=", ".join(LIST_SORTS))
    if query.today is None:
        query = replace(query, today=today(ctx))
    with ctx.uow() as uow:
        found = uow.documents.page(query)
    last = found[-1] if len(found) == query.limit else None
    return DocumentPage(tuple(item for item, _ in found), None if last is None else last[1])


def selection_total(rows: Iterable[DocumentSummary]) -> dict[str, Decimal]:
    """What the issued documents among ``rows`` add up to, per currency in code order: credit
    notes count negative; drafts not at all (their totals are provisional)."""
    sums: dict[str, Decimal] = {}
    for row in rows:
        if row.status is not Status.ISSUED or row.tax_inclusive is None:
            continue
        amount = -row.tax_inclusive if row.type is DocumentType.CREDIT_NOTE else row.tax_inclusive
        sums[row.currency] = sums.get(row.currency, Decimal(0)) + amount
    return dict(sorted(sums.items()))
