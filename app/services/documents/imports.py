"""Import an e-invoice from another program as a draft, and report how its totals compare.

The buyer becomes a customer (matched by VAT ID, else by name and country, else created).
Lines keep the net amounts the document states; the program recomputes every total with its
own engine and lists each difference (line nets against quantity x price, the document
totals BT-106..BT-115, the VAT breakdown). One transaction: all of it, or nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from decimal import Decimal
from typing import Any

from app.domain.documents import Draft, Totals
from app.domain.draft_format import draft_to_dict
from app.domain.imported import TOTAL_TERMS, ImportedInvoice
from app.domain.parties import Customer
from app.domain.totals import canonical_rate, compute_totals, computed_line_net
from app.domain.validation import draft_problems
from app.services.audit_log import record
from app.services.changes import Changes, Done, Kind
from app.services.clock import now_iso
from app.services.documents.drafts import issue_context, parse_draft, vat_rounding
from app.services.documents.import_report import (
    ImportReport,
    ImportSource,
    LineDifference,
    TotalDifference,
    VatDifference,
)
from app.services.errors import Rejected
from app.services.parties.customers import CustomerInput, customer_problems, store_customer
from app.services.ports import Context, UnitOfWork

IMPORT_CHANGES = Changes.of(Kind.DOCUMENTS, Kind.PARTIES, Kind.AUDIT)


def _match(existing: list[Customer], buyer: Customer) -> Customer | None:
    """The same VAT ID; or, without one, the same name and country and no other VAT ID."""
    for customer in existing:
        if buyer.vat_id and customer.vat_id == buyer.vat_id:
            return customer
    for customer in existing:
        if (
            customer.name.casefold() == buyer.name.casefold()
            and customer.address.country == buyer.address.country
            and customer.vat_id in (None, buyer.vat_id)
        ):
            return customer
    return None


def _buyer(fields: dict[str, Any], warnings: list[str]) -> Customer:
    """The buyer's fields checked like ``customer add`` does.

    A VAT ID that fails its check digits is kept as the document states it, with a warning:
    the import moves documents that exist, it does not correct them.
    """
    known = set(CustomerInput.__dataclass_fields__)
    data = CustomerInput(**{k: fields.get(k) for k in known})
    buyer, problems = customer_problems(data)
    if problems and all(p.field == "vat_id" for p in problems) and data.vat_id:
        buyer, problems = customer_problems(replace(data, vat_id=None))
        stated = "".join(data.vat_id.split()).upper()
        if buyer is not None:
            buyer = replace(buyer, vat_id=stated)
            warnings.append(
                f"the buyer's VAT ID {stated} fails its check digits; kept as the document"
                " states it: check it with the customer"
            )
    if problems or buyer is None:
        raise Rejected([replace(p.problem, field=f"buyer {p.field}") for p in problems])
    return buyer


def _customer(
    uow: UnitOfWork, ctx: Context, fields: dict[str, Any], warnings: list[str]
) -> tuple[int, bool]:
    """The buyer as a customer: an existing one when it matches, else a new one."""
    buyer = _buyer(fields, warnings)
    found = _match(uow.customers.list(), buyer)
    if found is not None and found.id is not None:
        return found.id, False
    return store_customer(uow, ctx, buyer), True


def _line_differences(draft: Draft) -> tuple[LineDifference, ...]:
    out = []
    for position, line in enumerate(draft.lines, 1):
        if line.stated_net is None:
            continue
        computed = computed_line_net(line, draft.currency)
        if computed != line.stated_net:
            out.append(
                LineDifference(position, line.stated_net, computed, line.stated_net - computed)
            )
    return tuple(out)


def _total_differences(stated: dict[str, Decimal], totals: Totals) -> tuple[TotalDifference, ...]:
    out = []
    for key, term in TOTAL_TERMS.items():
        ours = getattr(totals, key)
        if stated.get(key, Decimal(0)) != ours:
            out.append(TotalDifference(term, key, stated.get(key), ours))
    return tuple(out)


def _vat_differences(stated: list[dict[str, Any]], totals: Totals) -> tuple[VatDifference, ...]:
    def key(category: str | None, rate: Any) -> tuple[str, str]:
        return (category or "", "" if rate is None else str(canonical_rate(Decimal(str(rate)))))

    ours = {key(b.category.value, b.rate): (b.taxable, b.tax) for b in totals.vat_breakdown}
    theirs = {key(s["category"], s["rate"]): (s["taxable"], s["tax"]) for s in stated}
    out = []
    for group in sorted(set(ours) | set(theirs)):
        if ours.get(group) != theirs.get(group):
            rate = Decimal(group[1]) if group[1] else None
            out.append(VatDifference(group[0], rate, theirs.get(group), ours.get(group)))
    return tuple(out)


def import_einvoice(ctx: Context, imported: ImportedInvoice, xml: bytes) -> Done[ImportReport]:
    """Create the buyer (if new) and a draft from ``imported``; returns the comparison report."""
    warnings: list[str] = []
    with ctx.uow() as uow:
        customer_id, created = _customer(uow, ctx, imported.buyer, warnings)
        seller = uow.company.profile().seller
        if imported.seller.get("vat_id") not in (None, seller.vat_id):
            warnings.append(
                f"the document's seller ({imported.seller.get('name')},"
                f" {imported.seller.get('vat_id')}) is not this company: the draft will be"
                " issued in this company's name"
            )
        data = {**imported.draft, "customer": str(customer_id)}
        draft = parse_draft(uow, ctx, data, imported.type)
        profile = uow.company.profile()
        totals = compute_totals(draft, vat_rounding(profile), profile.accounting_currency)
        draft_id = uow.documents.add_draft(draft, now_iso(ctx), totals.tax_inclusive)
        digest = hashlib.sha256(xml).hexdigest()
        source = {
            "syntax": imported.syntax,
            "number": imported.number,
            "type_code": imported.type_code,
            "seller": imported.seller.get("name"),
            "sha256": digest,
        }
        record(
            uow,
            ctx,
            "draft.import",
            entity_type="document",
            entity_id=draft_id,
            payload={"type": imported.type.value, "source": source, "draft": draft_to_dict(draft)},
        )
        problems = draft_problems(draft, issue_context(uow, draft))
        uow.commit()
    report = ImportReport(
        draft=draft_id,
        type=imported.type,
        customer=customer_id,
        customer_created=created,
        source=ImportSource(
            syntax=imported.syntax,
            number=imported.number,
            type_code=imported.type_code,
            seller=imported.seller.get("name"),
            sha256=digest,
        ),
        preceding_number=imported.preceding_number,
        line_differences=_line_differences(draft),
        total_differences=_total_differences(imported.stated, totals),
        vat_differences=_vat_differences(imported.stated_vat, totals),
        not_imported=tuple(imported.not_imported),
        warnings=tuple(warnings),
        problems=tuple(problems),
    )
    return Done(report, IMPORT_CHANGES)
