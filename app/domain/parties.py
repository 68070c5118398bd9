"""Customers and products: master data that documents copy at the moment of issue."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from app.domain.documents import Address, PartySnapshot

# letters Unicode does not decompose into a base letter and a mark
_BASE_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"}
)


def sort_name(name: str) -> str:
    """The key customers are sorted by: case and accents set aside, so "Łódź Sp." sorts with
    "Lodz", "Müller" with "Muller" and "ärzte" before "Bauer" (a binary sort puts every
    accented or lower-case name after "Z")."""
    folded = unicodedata.normalize("NFKD", name.strip().casefold()).translate(_BASE_LETTERS)
    return "".join(c for c in folded if not unicodedata.combining(c))


@dataclass(frozen=True)
class Customer:
    name: str
    address: Address
    vat_id: str | None = None
    legal_id: str | None = None
    legal_id_scheme: str | None = None
    electronic_address: str | None = None
    electronic_address_scheme: str | None = None
    email: str | None = None
    language: str | None = None
    payment_terms_days: int | None = None
    discount_percent: Decimal | None = None  # early-payment discount...
    discount_days: int | None = None  # ...for payments within this many days of issue
    einvoice_format: str | None = None  # overrides the company's default format
    buyer_reference: str | None = None  # standing BT-10, e.g. a Leitweg-ID
    contact_name: str | None = None
    phone: str | None = None
    id: int | None = None

    def snapshot(self) -> PartySnapshot:
        """The customer as an issued document keeps it, whatever happens to the record later."""
        return PartySnapshot(
            name=self.name,
            address=self.address,
            vat_id=self.vat_id,
            legal_id=self.legal_id,
            legal_id_scheme=self.legal_id_scheme,
            electronic_address=self.electronic_address,
            electronic_address_scheme=self.electronic_address_scheme,
            email=self.email,
            language=self.language,
            contact_name=self.contact_name,
            phone=self.phone,
        )


@dataclass(frozen=True)
class Product:
    name: str
    unit: str
    unit_price: Decimal
    tax_rate_name: str
    description: str | None = None
    id: int | None = None
