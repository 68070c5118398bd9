"""What the use cases need from storage and the outside world (implemented in app.store)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol

from app.audit.chain import AuditEntry
from app.domain.documents import (
    DocumentType,
    Draft,
    IssuedDocument,
    PartySnapshot,
    PaymentInstructions,
    Status,
)
from app.domain.einvoice_formats import EInvoiceFormat
from app.domain.lifecycle import ALLOWED, Action
from app.domain.numbering import SeriesSpec
from app.domain.parties import Customer, Product
from app.domain.receivables import Entry, Receivable
from app.domain.tax import TaxRate, TaxTable
from app.services.company.company_settings import CompanySettings

if TYPE_CHECKING:  # the bundle repositories load with the first bundle, not at start-up
    from app.services.accountant.sync_ports import BundleRepo, OutboxRepo
    from app.services.receivables.receivables_results import AgingReport, Reminder, Statement


@dataclass(frozen=True)
class StoredDocument:
    id: int
    type: DocumentType
    status: Status
    draft: Draft
    issued: IssuedDocument | None
    number: str | None


@dataclass(frozen=True)
class FrozenFile:
    """A file frozen with an issued document: the e-invoice XML, the PDF."""

    kind: str  # "einvoice" or "pdf"
    format: str  # e.g. "ubl", "xrechnung-cii", "pdf"
    media_type: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class RuleFailure:
    """A failed e-invoice rule: its id, what to fix in plain words, the official text."""

    rule: str
    field: str  # the draft, company or customer field to fix, e.g. "seller.vat_id"
    advice: str
    text: str


class EInvoicing(Protocol):
    """Writes and checks e-invoices (implemented in app.einvoice)."""

    def write(self, issued: IssuedDocument, fmt: EInvoiceFormat) -> bytes: ...
    def failures(self, xml: bytes, fmt: EInvoiceFormat) -> list[RuleFailure]: ...


class Renderer(Protocol):
    """Renders documents as PDF (implemented in app.render)."""

    def document(
        self, issued: IssuedDocument, settings: CompanySettings, *, draft: bool
    ) -> bytes: ...
    def facturx(self, pdf: bytes, cii: bytes, issued: IssuedDocument) -> bytes: ...
    def statement(
        self,
        data: Statement,
        customer: PartySnapshot,
        seller: PartySnapshot,
        settings: CompanySettings,
    ) -> bytes: ...
    def reminder(
        self,
        items: list[Reminder],
        customer: PartySnapshot,
        seller: PartySnapshot,
        dates: tuple[date, date],
        settings: CompanySettings,
    ) -> bytes: ...
    def aging(
        self, data: AgingReport, seller: PartySnapshot, settings: CompanySettings
    ) -> bytes: ...


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """One row of the document list as typed values (the CLI writes them as JSON, the window
    as text). A draft's ``tax_inclusive`` is its provisional total (None while it cannot be
    computed); its ``payable`` is None."""

    id: int
    type: DocumentType
    status: Status
    number: str | None
    customer_id: int | None
    customer_name: str | None
    currency: str
    issue_date: date | None
    due_date: date | None
    tax_inclusive: Decimal | None
    payable: Decimal | None
    corrects_id: int | None

    @property
    def actions(self) -> frozenset[Action]:
        """What may be done with the document (the domain's transitions table)."""
        return ALLOWED[(self.status, self.type)]

    def allows(self, action: Action) -> bool:
        return action in ALLOWED[(self.status, self.type)]


@dataclass(frozen=True)
class DocumentPage:
    """One page of the document list and the cursor of the next one (None at the end)."""

    rows: tuple[DocumentSummary, ...]
    next: tuple[Any, ...] | None


LIST_FILTERS = ("all", "draft", "issued", "unpaid", "overdue", "paid", "credited", "disputed")
# the orders of the list; ties go by issue date (type, status, currency, customer), then by id
LIST_SORTS = ("date", "number", "type", "status", "customer", "due", "currency", "total")


@dataclass(frozen=True)
class DocumentQuery:
    """One page of the document list: newest first (drafts on top) unless sorted otherwise,
    filtered and searched."""

    search: str | None = None  # words matched as prefixes in number, customer, references,
    # amounts and line texts, all of them
    filter: str = "all"  # one of LIST_FILTERS
    customer_id: int | None = None
    start: date | None = None  # issue date range
    end: date | None = None
    today: date | None = None  # for "overdue"
    sort: str = "date"  # one of LIST_SORTS
    ascending: bool = False
    after: tuple[Any, ...] | None = None  # the cursor: the sort values of the last row shown
    limit: int = 200


@dataclass(frozen=True)
class CompanyProfile:
    seller: PartySnapshot
    accounting_currency: str
    settings: CompanySettings  # the stored values over the defaults, typed
    payment: PaymentInstructions | None = None


class CustomerRepo(Protocol):
    def add(self, customer: Customer, now: str) -> int: ...
    def get(self, customer_id: int) -> Customer: ...
    def update(self, customer: Customer, now: str) -> None: ...
    def list(self, search: str | None = None) -> list[Customer]: ...


class ProductRepo(Protocol):
    def add(self, product: Product, now: str) -> int: ...
    def update(self, product: Product, now: str) -> None: ...
    def get(self, product_id: int) -> Product: ...
    def list(self) -> list[Product]: ...


class TaxRateRepo(Protocol):
    def table(self) -> TaxTable: ...
    def add(self, rate: TaxRate) -> None: ...


class SeriesRepo(Protocol):
    def find(self, doc_type: DocumentType, name: str | None) -> tuple[int, SeriesSpec]: ...
    def take_next(
        self, series_id: int, period: int, issue_date: date
    ) -> tuple[int, date | None]: ...
    def list(self) -> list[tuple[SeriesSpec, dict[int, int]]]: ...
    def add(self, spec: SeriesSpec, make_default: bool) -> int: ...


class DocumentRepo(Protocol):
    def add_draft(self, draft: Draft, now: str, total: Decimal | None) -> int:
        """``total``: the draft's provisional total (None while it cannot be computed)."""

    def get(self, document_id: int) -> StoredDocument: ...
    def find(self, reference: str) -> StoredDocument: ...
    def update_draft(
        self, document_id: int, draft: Draft, now: str, total: Decimal | None
    ) -> None: ...
    def delete_draft(self, document_id: int) -> None: ...
    def mark_issued(
        self, issued: IssuedDocument, series_id: int, period: int, seq: int, snapshot: bytes
    ) -> None: ...
    def corrections_of(self, document_id: int) -> list[IssuedDocument]: ...
    def snapshot_digests(self) -> dict[int, str]: ...
    def add_file(self, document_id: int, file: FrozenFile, now: str) -> None: ...
    def file(self, document_id: int, kind: str) -> FrozenFile | None: ...
    def file_digests(self) -> dict[tuple[int, str], str]: ...
    def summaries(
        self, status: Status | None, customer_id: int | None, doc_type: DocumentType | None
    ) -> list[DocumentSummary]: ...
    def page(self, query: DocumentQuery) -> list[tuple[DocumentSummary, tuple[Any, ...]]]: ...
    def issued_between(self, start: date, end: date) -> tuple[int, Decimal]: ...
    def issued_in(self, start: date, end: date) -> list[IssuedDocument]: ...


class AuditRepo(Protocol):
    def last(self) -> AuditEntry | None: ...
    def append(self, entry: AuditEntry) -> None: ...
    def entries(self) -> Iterator[AuditEntry]: ...
    def page(self, before: int | None, limit: int) -> list[AuditEntry]: ...


class IdempotencyRepo(Protocol):
    def get(self, key: str) -> tuple[str, str, str] | None: ...
    def put(self, key: str, operation: str, request_hash: str, result: str, now: str) -> None: ...


class LedgerRepo(Protocol):
    def add(self, entry: Entry, now: str) -> int: ...
    def get(self, entry_id: int) -> Entry | None: ...
    def entries(self, customer_id: int | None = None) -> list[Entry]: ...
    def entries_between(self, start: date, end: date) -> list[Entry]: ...
    def entries_by_id(self, ids: set[int]) -> list[Entry]: ...
    def numbers(self, document_ids: set[int]) -> dict[int, str]: ...
    def receivables(
        self, accounting_currency: str, customer_id: int | None = None
    ) -> list[Receivable]: ...
    def add_flag(
        self,
        document_id: int,
        kind: str,
        *,
        day: date,
        level: int | None,
        note: str | None,
        now: str,
    ) -> None: ...
    def flags(self, as_of: date | None = None) -> tuple[dict[int, int], dict[int, str]]: ...
    def reminders_sent(self, as_of: date) -> dict[int, tuple[int, date]]: ...
    def open_items(
        self, as_of: date, accounting_currency: str
    ) -> list[tuple[Receivable, Decimal]]: ...
    def unapplied(self, as_of: date) -> dict[tuple[int, str], Decimal]: ...


@dataclass(frozen=True)
class EmailAttempt:
    id: int
    document_id: int
    number: str
    message_id: str
    recipients: tuple[str, ...]
    document_sha256: str
    status: str  # sending, sent, failed
    error_kind: str | None
    error: str | None
    started_at: str
    finished_at: str | None
    kind: str = "document"  # the document itself, or a "reminder" letter about it


class EmailLogRepo(Protocol):
    def start(
        self,
        document_id: int,
        message_id: str,
        recipients: list[str],
        sha256: str,
        now: str,
        *,
        kind: str = "document",
    ) -> int: ...
    def finish(
        self, attempt_id: int, status: str, kind: str | None, error: str | None, now: str
    ) -> None: ...
    def attempts(self, document_id: int | None = None) -> list[EmailAttempt]: ...
    def unsent(self) -> list[int]: ...


@dataclass(frozen=True)
class Attachment:
    filename: str
    media_type: str
    data: bytes


@dataclass(frozen=True)
class OutgoingMail:
    sender: str
    recipients: tuple[str, ...]
    copy_to: tuple[str, ...]
    subject: str
    body: str
    message_id: str
    attachments: tuple[Attachment, ...]


class Mailer(Protocol):
    """Sends one message (implemented in app.mail); raises MailFailed on any failure."""

    def send(self, mail: OutgoingMail) -> None: ...


@dataclass(frozen=True)
class CompanyDetails:
    """The company's own master data, field by field, as stored (the seller on documents)."""

    name: str
    street: str | None
    additional_street: str | None
    city: str | None
    postcode: str | None
    subdivision: str | None
    country: str
    currency: str
    vat_id: str | None
    legal_id: str | None
    legal_id_scheme: str | None
    legal_info: str | None
    electronic_address: str | None
    electronic_address_scheme: str | None
    email: str | None
    phone: str | None
    contact_name: str | None
    iban: str | None
    bic: str | None
    bank_name: str | None


class CompanyRepo(Protocol):
    def profile(self) -> CompanyProfile: ...
    def details(self) -> CompanyDetails: ...
    def update_details(self, values: dict[str, Any]) -> None: ...
    def set_setting(self, key: str, value_json: str, now: str) -> int: ...


class UnitOfWork(Protocol):
    @property
    def customers(self) -> CustomerRepo: ...
    @property
    def products(self) -> ProductRepo: ...
    @property
    def tax_rates(self) -> TaxRateRepo: ...
    @property
    def series(self) -> SeriesRepo: ...
    @property
    def documents(self) -> DocumentRepo: ...
    @property
    def audit(self) -> AuditRepo: ...
    @property
    def idempotency(self) -> IdempotencyRepo: ...
    @property
    def company(self) -> CompanyRepo: ...
    @property
    def ledger(self) -> LedgerRepo: ...
    @property
    def emails(self) -> EmailLogRepo: ...
    @property
    def bundles(self) -> BundleRepo: ...
    @property
    def outbox(self) -> OutboxRepo: ...

    def __enter__(self) -> UnitOfWork: ...
    def __exit__(self, *exc: object) -> None: ...
    def commit(self) -> None: ...


@dataclass(frozen=True)
class Context:
    """What every use case gets: a unit of work per transaction, a clock, who acts, and the
    writers of the files frozen at issue."""

    uow: Callable[[], UnitOfWork]
    clock: Callable[[], datetime]
    actor: str
    einvoicing: EInvoicing | None = None
    renderer: Renderer | None = None
    # builds the mailer from the company's email settings (the password from the keyring)
    mailer: Callable[[CompanySettings], Mailer] | None = None
