"""The documents: drafts and issued invoices, credit notes and debit notes (frozen values)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from app.domain.tax import TaxCategory


class DocumentType(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"
    DEBIT_NOTE = "debit_note"


class Status(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"


@dataclass(frozen=True)
class Address:
    street: str | None = None
    additional_street: str | None = None
    city: str | None = None
    postcode: str | None = None
    subdivision: str | None = None
    country: str = ""


@dataclass(frozen=True)
class PartySnapshot:
    """A party as printed on one document; later edits of the customer never change it."""

    name: str
    address: Address
    vat_id: str | None = None
    legal_id: str | None = None
    legal_id_scheme: str | None = None
    electronic_address: str | None = None
    electronic_address_scheme: str | None = None
    email: str | None = None
    language: str | None = None
    contact_name: str | None = None
    phone: str | None = None
    legal_info: str | None = None  # the seller's additional legal information (BT-33)


@dataclass(frozen=True)
class PaymentInstructions:
    """How the buyer pays: a credit transfer to the seller's account, frozen at issue."""

    iban: str
    bic: str | None = None
    bank_name: str | None = None


@dataclass(frozen=True)
class AllowanceCharge:
    """A reduction (allowance) or addition (charge), as an amount or a percent of a base.

    On lines the tax follows the line; on the document it has its own category and rate.
    """

    is_charge: bool
    amount: Decimal | None = None
    percent: Decimal | None = None
    base: Decimal | None = None
    reason: str | None = None
    reason_code: str | None = None
    tax_category: TaxCategory | None = None
    tax_rate: Decimal | None = None
    exemption_reason: str | None = None
    exemption_code: str | None = None


@dataclass(frozen=True)
class Line:
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    tax_category: TaxCategory
    tax_rate: Decimal | None
    price_base_quantity: Decimal = Decimal(1)
    allowances: tuple[AllowanceCharge, ...] = ()
    charges: tuple[AllowanceCharge, ...] = ()
    exemption_reason: str | None = None
    exemption_code: str | None = None
    item_id: str | None = None
    note: str | None = None
    corrects_line: int | None = None  # position of the corrected line, on credit notes
    # The line net amount (BT-131) as an imported document states it. The totals use it as
    # stated; the import report names every line where it differs from the computed one.
    stated_net: Decimal | None = None


@dataclass(frozen=True)
class ExchangeRate:
    """Units of the accounting currency for one unit of the document currency."""

    rate: Decimal
    date: date
    source: str


@dataclass(frozen=True)
class Draft:
    type: DocumentType
    customer_id: int | None
    currency: str
    lines: tuple[Line, ...]
    issue_date: date | None = None
    due_date: date | None = None
    buyer_reference: str | None = None
    purchase_order: str | None = None
    delivery_date: date | None = None
    period_start: date | None = None
    period_end: date | None = None
    allowances: tuple[AllowanceCharge, ...] = ()
    charges: tuple[AllowanceCharge, ...] = ()
    exchange_rate: ExchangeRate | None = None
    prepaid: Decimal = Decimal(0)
    cash_rounding: Decimal | None = None
    note: str | None = None
    payment_terms: str | None = None
    corrects: int | None = None  # id of the issued document a credit or debit note corrects
    series: str | None = None
    discount_percent: Decimal | None = None  # early-payment discount, frozen at issue...
    discount_days: int | None = None  # ...for payments within this many days of issue


@dataclass(frozen=True)
class VatBreakdown:
    category: TaxCategory
    rate: Decimal | None
    taxable: Decimal
    tax: Decimal
    exemption_reason: str | None = None
    exemption_code: str | None = None


@dataclass(frozen=True)
class LineAmounts:
    net: Decimal
    allowances: tuple[Decimal, ...]
    charges: tuple[Decimal, ...]


@dataclass(frozen=True)
class Totals:
    """EN 16931 document totals (BT-106 to BT-115), every amount rounded as the rules say."""

    currency: str
    line_total: Decimal
    allowance_total: Decimal
    charge_total: Decimal
    tax_exclusive: Decimal
    tax_total: Decimal
    tax_inclusive: Decimal
    prepaid: Decimal
    rounding: Decimal
    payable: Decimal
    vat_breakdown: tuple[VatBreakdown, ...]
    lines: tuple[LineAmounts, ...] = ()
    document_allowances: tuple[Decimal, ...] = ()
    document_charges: tuple[Decimal, ...] = ()
    accounting_currency: str | None = None
    tax_total_accounting: Decimal | None = None


@dataclass(frozen=True)
class IssuedDocument:
    """A legally issued document: everything frozen at the moment of issue."""

    id: int
    number: str
    draft: Draft
    seller: PartySnapshot
    buyer: PartySnapshot
    totals: Totals
    issued_at: str
    corrects_number: str | None = None
    payment: PaymentInstructions | None = None

    @property
    def type(self) -> DocumentType:
        return self.draft.type
