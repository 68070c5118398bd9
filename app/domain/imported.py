"""An e-invoice read from another program, before it becomes a draft (pure values)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from app.domain.documents import DocumentType

TOTAL_TERMS = {
    "line_total": "BT-106",
    "allowance_total": "BT-107",
    "charge_total": "BT-108",
    "tax_exclusive": "BT-109",
    "tax_total": "BT-110",
    "tax_inclusive": "BT-112",
    "prepaid": "BT-113",
    "rounding": "BT-114",
    "payable": "BT-115",
}


@dataclass(frozen=True)
class ImportedInvoice:
    """What a UBL or CII document says, in the terms of the draft JSON contract.

    ``draft`` is the draft JSON without its customer; ``buyer`` the customer's fields (as
    ``customer add`` takes them); ``stated`` the document's own totals (BT-106..BT-115) and
    ``stated_vat`` its VAT breakdown, to compare with what the program computes.
    """

    syntax: str  # "ubl" or "cii"
    number: str
    type: DocumentType
    type_code: str
    draft: dict[str, Any]
    buyer: dict[str, Any]
    seller: dict[str, Any]
    stated: dict[str, Decimal]
    stated_vat: list[dict[str, Any]]
    preceding_number: str | None = None
    not_imported: list[str] = field(default_factory=list)  # terms the program cannot keep
