"""SQLAlchemy rows. Money and other exact numbers are stored as text, never REAL."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import (
    Boolean,
    CursorResult,
    Executable,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def table(row: type[Base]) -> Table:
    """The Core table of a row class, for the Core statements of the hot paths."""
    found = row.__table__
    if not isinstance(found, Table):
        raise TypeError(f"{row.__name__} is not mapped to a table")
    return found


def plain_rows(
    session: Session, statement: Executable, params: Mapping[str, Any] | None = None
) -> list[tuple[Any, ...]]:
    """The rows of a statement as the driver's plain tuples.

    SQLAlchemy compiles and binds the statement; only its Row objects are skipped (about 1 µs
    a row: a fifth of a document list page, more in reports over the whole ledger). For
    statements whose columns need no result processing (text and integers, as stored here).
    """
    result = session.execute(statement, params)
    if not isinstance(result, CursorResult):
        raise TypeError(f"a cursor result was expected, not {type(result).__name__}")
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


class AppMeta(Base):
    """Facts about the file itself (created by which version, when)."""

    __tablename__ = "app_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CompanyRow(Base):
    """The one company this file belongs to (the seller on every document)."""

    __tablename__ = "company"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    currency: Mapped[str] = mapped_column(String(3))
    vat_id: Mapped[str | None] = mapped_column(String(32))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(20))
    city: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[str] = mapped_column(String(32))
    additional_street: Mapped[str | None] = mapped_column(String(200))
    subdivision: Mapped[str | None] = mapped_column(String(100))
    legal_id: Mapped[str | None] = mapped_column(String(64))
    legal_id_scheme: Mapped[str | None] = mapped_column(String(8))
    legal_info: Mapped[str | None] = mapped_column(String(500))
    electronic_address: Mapped[str | None] = mapped_column(String(200))
    electronic_address_scheme: Mapped[str | None] = mapped_column(String(8))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))
    contact_name: Mapped[str | None] = mapped_column(String(200))
    iban: Mapped[str | None] = mapped_column(String(34))
    bic: Mapped[str | None] = mapped_column(String(11))
    bank_name: Mapped[str | None] = mapped_column(String(200))


class CompanySettingRow(Base):
    """A versioned setting: a change appends a row; the newest version is the one in force."""

    __tablename__ = "company_setting"
    __table_args__ = (UniqueConstraint("company_id", "key", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    key: Mapped[str] = mapped_column(String(100))
    version: Mapped[int] = mapped_column(Integer)
    value_json: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[str] = mapped_column(String(32))


class PartyRow(Base):
    __tablename__ = "party"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    sort_name: Mapped[str] = mapped_column(String(200), default="")  # domain.parties.sort_name
    street: Mapped[str | None] = mapped_column(String(200))
    additional_street: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(100))
    postcode: Mapped[str | None] = mapped_column(String(20))
    subdivision: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(2))
    vat_id: Mapped[str | None] = mapped_column(String(32))
    legal_id: Mapped[str | None] = mapped_column(String(64))
    legal_id_scheme: Mapped[str | None] = mapped_column(String(8))
    electronic_address: Mapped[str | None] = mapped_column(String(200))
    electronic_address_scheme: Mapped[str | None] = mapped_column(String(8))
    email: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(8))
    payment_terms_days: Mapped[int | None] = mapped_column(Integer)
    discount_percent: Mapped[str | None] = mapped_column(String(16))
    discount_days: Mapped[int | None] = mapped_column(Integer)
    einvoice_format: Mapped[str | None] = mapped_column(String(32))
    buyer_reference: Mapped[str | None] = mapped_column(String(200))
    contact_name: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))


class TaxRateRow(Base):
    __tablename__ = "tax_rate"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    category: Mapped[str] = mapped_column(String(2))
    rate: Mapped[str | None] = mapped_column(String(16))
    valid_from: Mapped[str] = mapped_column(String(10))
    valid_to: Mapped[str | None] = mapped_column(String(10))
    exemption_reason: Mapped[str | None] = mapped_column(String(200))
    exemption_code: Mapped[str | None] = mapped_column(String(32))


class ProductRow(Base):
    __tablename__ = "product"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(3))
    unit_price: Mapped[str] = mapped_column(String(40))
    tax_rate_name: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))


class SeriesRow(Base):
    __tablename__ = "series"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(32), unique=True)
    document_type: Mapped[str] = mapped_column(String(16))
    pattern: Mapped[str] = mapped_column(String(100))
    reset_yearly: Mapped[bool] = mapped_column(Boolean)
    is_default: Mapped[bool] = mapped_column(Boolean)


class SeriesCounterRow(Base):
    __tablename__ = "series_counter"
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id"), primary_key=True)
    period: Mapped[int] = mapped_column(Integer, primary_key=True)
    next_seq: Mapped[int] = mapped_column(Integer)
    last_issue_date: Mapped[str | None] = mapped_column(String(10))


class DocumentRow(Base):
    __tablename__ = "document"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(8))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"))
    currency: Mapped[str] = mapped_column(String(3))
    issue_date: Mapped[str | None] = mapped_column(String(10))
    due_date: Mapped[str | None] = mapped_column(String(10))
    buyer_reference: Mapped[str | None] = mapped_column(String(200))
    series_id: Mapped[int | None] = mapped_column(ForeignKey("series.id"))
    period: Mapped[int | None] = mapped_column(Integer)
    seq: Mapped[int | None] = mapped_column(Integer)
    number: Mapped[str | None] = mapped_column(String(64), unique=True)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    draft_json: Mapped[str] = mapped_column(Text)
    snapshot_json: Mapped[str | None] = mapped_column(Text)
    snapshot_sha256: Mapped[str | None] = mapped_column(String(64))
    tax_exclusive: Mapped[str | None] = mapped_column(String(40))
    tax_total: Mapped[str | None] = mapped_column(String(40))
    tax_inclusive: Mapped[str | None] = mapped_column(String(40))
    payable: Mapped[str | None] = mapped_column(String(40))
    payable_minor: Mapped[int | None] = mapped_column(Integer)
    total_minor: Mapped[int | None] = mapped_column(Integer)
    fx_rate: Mapped[str | None] = mapped_column(String(40))
    issued_at: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))


class DocumentLineRow(Base):
    __tablename__ = "document_line"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"))
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    quantity: Mapped[str] = mapped_column(String(40))
    unit: Mapped[str] = mapped_column(String(3))
    unit_price: Mapped[str] = mapped_column(String(40))
    price_base_quantity: Mapped[str] = mapped_column(String(40))
    net_amount: Mapped[str] = mapped_column(String(40))
    tax_category: Mapped[str] = mapped_column(String(2))
    tax_rate: Mapped[str | None] = mapped_column(String(16))
    corrects_line: Mapped[int | None] = mapped_column(Integer)


class AuditEntryRow(Base):
    __tablename__ = "audit_entry"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    time: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    payload_json: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class IdempotencyKeyRow(Base):
    __tablename__ = "idempotency_key"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    operation: Mapped[str] = mapped_column(String(64))
    request_hash: Mapped[str] = mapped_column(String(64))
    result_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(32))


class LedgerEntryRow(Base):
    """Money against documents; append-only (triggers), amounts as text decimals."""

    __tablename__ = "ledger_entry"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    entry_date: Mapped[str] = mapped_column(String(10))
    customer_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    source_document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entry.id"))
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entry.id"))
    currency: Mapped[str] = mapped_column(String(3))
    amount: Mapped[str] = mapped_column(String(40))
    amount_minor: Mapped[int] = mapped_column(Integer)
    payment_amount: Mapped[str | None] = mapped_column(String(40))
    payment_amount_minor: Mapped[int | None] = mapped_column(Integer)
    exchange_rate: Mapped[str | None] = mapped_column(String(40))
    method: Mapped[str | None] = mapped_column(String(16))
    reference: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    level: Mapped[int | None] = mapped_column(Integer)
    recorded_at: Mapped[str] = mapped_column(String(32))


class DocumentFlagRow(Base):
    __tablename__ = "document_flag"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"))
    kind: Mapped[str] = mapped_column(String(16))
    flag_date: Mapped[str] = mapped_column(String(10))
    level: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[str] = mapped_column(String(32))


class DocumentFileRow(Base):
    """A file frozen with an issued document at issue (e-invoice XML, PDF): bytes and SHA-256."""

    __tablename__ = "document_file"
    __table_args__ = (UniqueConstraint("document_id", "kind"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"))
    kind: Mapped[str] = mapped_column(String(16))
    format: Mapped[str] = mapped_column(String(32))
    media_type: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(32))


class EmailLogRow(Base):
    """One attempt to email a document (status sending, sent or failed)."""

    __tablename__ = "email_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    message_id: Mapped[str] = mapped_column(String(200), unique=True)
    recipients_json: Mapped[str] = mapped_column(Text)
    document_sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16), server_default="document")  # or "reminder"
    error_kind: Mapped[str | None] = mapped_column(String(16))
    error: Mapped[str | None] = mapped_column(Text)
    started_at: Mapped[str] = mapped_column(String(32))
    finished_at: Mapped[str | None] = mapped_column(String(32))
