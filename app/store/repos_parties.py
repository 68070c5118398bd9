"""Repositories for master data: company, customers, products, the tax table."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.documents import Address, PartySnapshot, PaymentInstructions
from app.domain.invariants import broken
from app.domain.parties import Customer, Product, sort_name
from app.domain.tax import TaxCategory, TaxRate, TaxTable
from app.services.company.company_settings import CompanySettings
from app.services.errors import NotFound
from app.services.ports import CompanyDetails, CompanyProfile
from app.store.rows import CompanyRow, CompanySettingRow, PartyRow, ProductRow, TaxRateRow

CUSTOMER_FIELDS = (
    "name",
    "vat_id",
    "legal_id",
    "legal_id_scheme",
    "electronic_address",
    "electronic_address_scheme",
    "email",
    "language",
    "payment_terms_days",
    "einvoice_format",
    "buyer_reference",
    "contact_name",
    "phone",
)
ADDRESS_FIELDS = ("street", "additional_street", "city", "postcode", "subdivision", "country")
COMPANY_FIELDS = (
    "name",
    *ADDRESS_FIELDS,
    "currency",
    "vat_id",
    "legal_id",
    "legal_id_scheme",
    "legal_info",
    "electronic_address",
    "electronic_address_scheme",
    "email",
    "phone",
    "contact_name",
    "iban",
    "bic",
    "bank_name",
)


def _customer(row: PartyRow) -> Customer:
    return Customer(
        id=row.id,
        discount_percent=None if row.discount_percent is None else Decimal(row.discount_percent),
        discount_days=row.discount_days,
        address=Address(**{f: getattr(row, f) for f in ADDRESS_FIELDS}),
        **{f: getattr(row, f) for f in CUSTOMER_FIELDS},
    )


def _fill(row: PartyRow, customer: Customer) -> None:
    for name in CUSTOMER_FIELDS:
        setattr(row, name, getattr(customer, name))
    row.sort_name = sort_name(customer.name)
    for name in ADDRESS_FIELDS:
        setattr(row, name, getattr(customer.address, name))
    row.discount_percent = (
        None if customer.discount_percent is None else str(customer.discount_percent)
    )
    row.discount_days = customer.discount_days


class SqlCustomers:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._seen: dict[int, Customer] = {}

    def add(self, customer: Customer, now: str) -> int:
        row = PartyRow(created_at=now, updated_at=now)
        _fill(row, customer)
        self.session.add(row)
        self.session.flush()
        return row.id

    def get(self, customer_id: int) -> Customer:
        if customer_id in self._seen:
            return self._seen[customer_id]
        row = self.session.get(PartyRow, customer_id)
        if row is None:
            raise NotFound.of("customer.unknown", "customer", id=customer_id)
        self._seen[customer_id] = _customer(row)
        return self._seen[customer_id]

    def update(self, customer: Customer, now: str) -> None:
        if customer.id is None:
            raise broken("customer.id is None")
        row = self.session.get(PartyRow, customer.id)
        if row is None:
            raise NotFound.of("customer.unknown", "customer", id=customer.id)
        _fill(row, customer)
        row.updated_at = now
        self._seen.pop(customer.id, None)

    def list(self, search: str | None = None) -> list[Customer]:
        """All customers in name order (``sort_name``: the order of the document list's Customer
        column); ``search`` matches name, VAT ID, email or city.

        Matching is Unicode case-insensitive ("łódź" finds "Łódź"), which SQLite's LIKE is not.
        """
        query = select(PartyRow).order_by(PartyRow.sort_name, PartyRow.id)
        customers = [_customer(row) for row in self.session.scalars(query)]
        if not search or not search.strip():
            return customers
        needle = search.strip().casefold()
        return [
            c
            for c in customers
            if any(
                needle in (value or "").casefold()
                for value in (c.name, c.vat_id, c.email, c.address.city)
            )
        ]


class SqlProducts:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, product: Product, now: str) -> int:
        row = ProductRow(
            name=product.name,
            description=product.description,
            unit=product.unit,
            unit_price=str(product.unit_price),
            tax_rate_name=product.tax_rate_name,
            created_at=now,
            updated_at=now,
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def update(self, product: Product, now: str) -> None:
        if product.id is None:
            raise broken("product.id is None")
        row = self.session.get(ProductRow, product.id)
        if row is None:
            raise NotFound.of("product.unknown", "product", id=product.id)
        row.name, row.description, row.unit = product.name, product.description, product.unit
        row.unit_price, row.tax_rate_name = str(product.unit_price), product.tax_rate_name
        row.updated_at = now
        self.session.flush()

    @staticmethod
    def _product(row: ProductRow) -> Product:
        return Product(
            id=row.id,
            name=row.name,
            description=row.description,
            unit=row.unit,
            unit_price=Decimal(row.unit_price),
            tax_rate_name=row.tax_rate_name,
        )

    def get(self, product_id: int) -> Product:
        row = self.session.get(ProductRow, product_id)
        if row is None:
            raise NotFound.of("product.unknown", "product", id=product_id)
        return self._product(row)

    def list(self) -> list[Product]:
        """All products in name order, accents and case set aside as for customers."""
        rows = self.session.scalars(select(ProductRow))
        return sorted(map(self._product, rows), key=lambda p: (sort_name(p.name), p.id or 0))


class SqlTaxRates:
    def __init__(self, session: Session) -> None:
        self.session = session

    def table(self) -> TaxTable:
        rows = self.session.scalars(
            select(TaxRateRow).order_by(TaxRateRow.name, TaxRateRow.valid_from)
        )
        return TaxTable(
            tuple(
                TaxRate(
                    name=row.name,
                    category=TaxCategory(row.category),
                    rate=None if row.rate is None else Decimal(row.rate),
                    valid_from=date.fromisoformat(row.valid_from),
                    valid_to=None if row.valid_to is None else date.fromisoformat(row.valid_to),
                    exemption_reason=row.exemption_reason,
                    exemption_code=row.exemption_code,
                )
                for row in rows
            )
        )

    def add(self, rate: TaxRate) -> None:
        self.session.add(
            TaxRateRow(
                name=rate.name,
                category=rate.category.value,
                rate=None if rate.rate is None else str(rate.rate),
                valid_from=rate.valid_from.isoformat(),
                valid_to=None if rate.valid_to is None else rate.valid_to.isoformat(),
                exemption_reason=rate.exemption_reason,
                exemption_code=rate.exemption_code,
            )
        )
        self.session.flush()


class SqlCompany:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._profile: CompanyProfile | None = None

    def profile(self) -> CompanyProfile:
        """Read once per transaction (a setting change clears it)."""
        if self._profile is None:
            self._profile = self._load()
        return self._profile

    def _load(self) -> CompanyProfile:
        row = self.session.scalars(select(CompanyRow).limit(1)).one()
        stored = {  # the newest version of each setting wins
            s.key: json.loads(s.value_json)
            for s in self.session.scalars(
                select(CompanySettingRow).order_by(CompanySettingRow.key, CompanySettingRow.version)
            )
        }
        seller = PartySnapshot(
            name=row.name,
            address=Address(**{f: getattr(row, f) for f in ADDRESS_FIELDS}),
            vat_id=row.vat_id,
            legal_id=row.legal_id,
            legal_id_scheme=row.legal_id_scheme,
            electronic_address=row.electronic_address,
            electronic_address_scheme=row.electronic_address_scheme,
            email=row.email,
            contact_name=row.contact_name,
            phone=row.phone,
            legal_info=row.legal_info,
        )
        payment = (
            PaymentInstructions(iban=row.iban, bic=row.bic, bank_name=row.bank_name)
            if row.iban
            else None
        )
        return CompanyProfile(
            seller=seller,
            accounting_currency=row.currency,
            settings=CompanySettings.from_stored(stored),
            payment=payment,
        )

    def details(self) -> CompanyDetails:
        """The company's own master data, field by field."""
        row = self.session.scalars(select(CompanyRow).limit(1)).one()
        return CompanyDetails(**{name: getattr(row, name) for name in COMPANY_FIELDS})

    def update_details(self, values: dict[str, Any]) -> None:
        row = self.session.scalars(select(CompanyRow).limit(1)).one()
        for name, value in values.items():
            if name not in COMPANY_FIELDS or name in ("country", "currency"):
                raise ValueError(f"{name} cannot be changed")
            setattr(row, name, value)
        self._profile = None
        self.session.flush()

    def set_setting(self, key: str, value_json: str, now: str) -> int:
        """Append a new version of a setting (in force from now on); returns its number."""
        company = self.session.scalars(select(CompanyRow).limit(1)).one()
        current = self.session.scalar(
            select(func.max(CompanySettingRow.version)).where(CompanySettingRow.key == key)
        )
        version = (current or 0) + 1
        self._profile = None
        self.session.add(
            CompanySettingRow(
                company_id=company.id,
                key=key,
                version=version,
                value_json=value_json,
                recorded_at=now,
            )
        )
        self.session.flush()
        return version
