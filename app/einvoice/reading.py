"""Shared parts of the UBL and CII readers: a small XPath helper and the error they raise."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from lxml import etree

from app.services.errors import InvalidInput

NS = {
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}
TYPE_CODES_CREDIT = {"381", "261", "262", "296", "308", "396", "420", "458", "532"}
TYPE_CODES_DEBIT = {"383", "527"}


def refuse(code: str, **params: object) -> InvalidInput:
    """The import's refusal of the file read (``source``: the command line's FILE)."""
    return InvalidInput.of(code, "source", **params)


class Node:
    """An element with XPath shortcuts that return text, decimals or child nodes."""

    def __init__(self, element: etree._Element) -> None:
        self.element = element

    def all(self, path: str) -> list[Node]:
        return [Node(e) for e in self.element.xpath(path, namespaces=NS)]

    def first(self, path: str) -> Node | None:
        found = self.all(path)
        return found[0] if found else None

    def text(self, path: str) -> str | None:
        found = self.element.xpath(path, namespaces=NS)
        if not found:
            return None
        value = found[0] if isinstance(found[0], str) else found[0].text
        value = " ".join(str(value or "").split())
        return value or None

    def texts(self, path: str) -> list[str]:
        out = []
        for node in self.element.xpath(path, namespaces=NS):
            value = str(node if isinstance(node, str) else node.text or "").strip()
            if value:
                out.append(value)
        return out

    def decimal(self, path: str) -> Decimal | None:
        value = self.text(path)
        if value is None:
            return None
        try:
            number = Decimal(value)
        except InvalidOperation:
            raise refuse(
                "einvoice.not_number", term=path.rsplit("/", maxsplit=1)[-1], value=value
            ) from None
        if not number.is_finite():
            raise refuse("einvoice.not_number", term=path.rsplit("/", maxsplit=1)[-1], value=value)
        return number

    def required(self, path: str, term: str) -> str:
        value = self.text(path)
        if value is None:
            raise refuse("einvoice.mandatory", term=term)
        return value


def number_text(value: Decimal | None) -> str | None:
    """A decimal as the draft JSON carries it (a string), without exponent."""
    if value is None:
        return None
    text = format(value, "f")
    return text


def compact(data: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values: the draft JSON omits what a document does not say."""
    return {k: v for k, v in data.items() if v not in (None, "", [], {})}
