"""After a payment: apply credit, refund, reverse, write off, dispute. Nothing is edited or
deleted; a mistake is undone by a reversal entry."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.domain.lifecycle import Action
from app.domain.receivables import (
    Entry,
    EntryKind,
    PaymentMethod,
    effective_entries,
    payment_remaining,
)
from app.services.audit_log import record
from app.services.changes import Changes, Done, Kind
from app.services.clock import now_iso
from app.services.errors import InvalidInput, Rejected
from app.services.ports import Context
from app.services.receivables.payments import (
    append_entry,
    customer_positions,
    exact_amount,
    receivable_id,
    tolerance,
)
from app.services.receivables.receivables_results import CreditMove, PaymentAllocation, PaymentRow

DISPUTE_CHANGES = Changes.of(Kind.RECEIVABLES, Kind.DOCUMENTS, Kind.AUDIT)
LEDGER_CHANGES = Changes.of(Kind.RECEIVABLES, Kind.DOCUMENTS, Kind.AUDIT)

ZERO = Decimal(0)


def apply_credit(
    ctx: Context, number: str, day: date, amount: Decimal | None = None
) -> Done[list[CreditMove]]:
    """Use the customer's credit (unapplied payments, then overpaid documents) on ``number``."""
    with ctx.uow() as uow:
        document_id, customer = receivable_id(uow, number)
        docs, entries = customer_positions(uow, customer)
        target = docs[document_id]
        need = target.due if amount is None else amount
        if need <= 0 or need > target.due:
            raise Rejected.of(
                "credit.due",
                "amount",
                number=number,
                due=target.due,
                currency=target.document.currency,
            )
        by_id = {e.id: e for e in entries}
        moved: list[CreditMove] = []
        for payment_id, left in sorted(payment_remaining(entries).items()):
            payment = by_id[payment_id]
            if need <= 0 or left <= 0 or payment.currency != target.document.currency:
                continue
            take = min(left, need)
            append_entry(
                uow,
                ctx,
                Entry(
                    id=0,
                    kind=EntryKind.ALLOCATION,
                    date=day,
                    customer_id=customer,
                    currency=payment.currency,
                    amount=take,
                    document_id=document_id,
                    payment_id=payment_id,
                    note="credit applied",
                ),
            )
            moved.append(CreditMove(take, from_payment=payment_id))
            need -= take
        for source in sorted(docs.values(), key=lambda p: p.document.id):
            if need <= 0 or source.due >= 0 or source.document.currency != target.document.currency:
                continue
            take = min(-source.due, need)
            append_entry(
                uow,
                ctx,
                Entry(
                    id=0,
                    kind=EntryKind.TRANSFER,
                    date=day,
                    customer_id=customer,
                    currency=source.document.currency,
                    amount=take,
                    document_id=document_id,
                    source_document_id=source.document.id,
                    note="credit applied",
                ),
            )
            moved.append(CreditMove(take, from_document=source.document.number))
            need -= take
        if not moved:
            raise Rejected.of("credit.none", "invoice")
        uow.commit()
    return Done(moved, LEDGER_CHANGES)


def record_refund(
    ctx: Context,
    customer_id: int,
    amount: Decimal,
    day: date,
    *,
    currency: str,
    method: PaymentMethod,
    reference: str | None = None,
    from_invoice: str | None = None,
) -> Done[list[Entry]]:
    """Money paid back to the customer, from an overpaid document or unapplied payments."""
    if amount <= 0:
        raise InvalidInput.of("refund.not_positive", "amount")
    with ctx.uow() as uow:
        docs, entries = customer_positions(uow, customer_id)
        refunds: list[Entry] = []
        amount = exact_amount(amount, currency, "amount")
        base = Entry(
            id=0,
            kind=EntryKind.REFUND,
            date=day,
            customer_id=customer_id,
            currency=currency,
            amount=amount,
            method=method.value,
            reference=reference,
        )
        if from_invoice is not None:
            document_id, owner = receivable_id(uow, from_invoice)
            over = -docs[document_id].due
            if owner != customer_id or over < amount:
                raise Rejected.of(
                    "refund.overpaid_by", "amount", number=from_invoice, over=max(over, ZERO)
                )
            entry = append_entry(
                uow,
                ctx,
                Entry(
                    **{
                        **base.__dict__,
                        "source_document_id": document_id,
                        "currency": docs[document_id].document.currency,
                    }
                ),
            )
            refunds.append(entry)
        else:
            by_id = {e.id: e for e in entries}
            pool = [
                (pid, left)
                for pid, left in sorted(payment_remaining(entries).items())
                if left > 0 and by_id[pid].currency == currency
            ]
            available = sum((left for _, left in pool), ZERO)
            if available < amount:
                raise Rejected.of(
                    "refund.unapplied",
                    "amount",
                    available=available,
                    currency=currency,
                    invoice_field="invoice",
                )
            need = amount
            for payment_id, left in pool:
                take = min(left, need)
                if take <= 0:
                    break
                entry = append_entry(
                    uow, ctx, Entry(**{**base.__dict__, "amount": take, "payment_id": payment_id})
                )
                refunds.append(entry)
                need -= take
        uow.commit()
    return Done(refunds, LEDGER_CHANGES)


def reverse_entry(ctx: Context, entry_id: int, reason: str, day: date) -> Done[Entry]:
    """Undo an entry (a bounced payment undoes its allocations too)."""
    if not reason.strip():
        raise InvalidInput.of("reversal.reason", "reason")
    with ctx.uow() as uow:
        original = uow.ledger.get(entry_id)
        if original is None:
            raise InvalidInput.of("entry.unknown", "id", id=entry_id)
        if original.kind is EntryKind.REVERSAL:
            raise Rejected.of("reversal.of_reversal", "id")
        live = {e.id for e in effective_entries(uow.ledger.entries(original.customer_id))}
        if entry_id not in live:
            raise Rejected.of("reversal.done", "id", id=entry_id)
        if day < original.date:
            raise InvalidInput.of("reversal.before_entry", "date", day=original.date.isoformat())
        entry = append_entry(
            uow,
            ctx,
            Entry(
                id=0,
                kind=EntryKind.REVERSAL,
                date=day,
                customer_id=original.customer_id,
                currency=original.currency,
                amount=original.amount,
                reverses_id=entry_id,
                note=reason,
            ),
        )
        uow.commit()
    return Done(entry, LEDGER_CHANGES)


def write_off(
    ctx: Context,
    number: str,
    reason: str,
    day: date,
    *,
    amount: Decimal | None = None,
    bad_debt: bool = False,
) -> Done[Entry]:
    """Write off what is left (or ``amount``): within the tolerance, or as a bad debt."""
    if not reason.strip():
        raise InvalidInput.of("write_off.reason", "reason")
    with ctx.uow() as uow:
        document_id, customer = receivable_id(uow, number)
        docs, _ = customer_positions(uow, customer)
        due = docs[document_id].due
        currency = docs[document_id].document.currency
        amount = due if amount is None else exact_amount(amount, currency, "amount")
        if amount <= 0 or amount > due:
            raise Rejected.of("write_off.due", "amount", number=number, due=due)
        limit = tolerance(uow)
        if not bad_debt and amount > limit:
            raise Rejected.of(
                "write_off.tolerance",
                "amount",
                amount=amount,
                limit=limit,
                bad_debt_field="bad_debt",
            )
        entry = append_entry(
            uow,
            ctx,
            Entry(
                id=0,
                kind=EntryKind.WRITEOFF,
                date=day,
                customer_id=customer,
                currency=docs[document_id].document.currency,
                amount=amount,
                document_id=document_id,
                note=("bad debt: " if bad_debt else "") + reason,
            ),
        )
        uow.commit()
    return Done(entry, LEDGER_CHANGES)


def set_dispute(ctx: Context, number: str, day: date, note: str | None, *, clear: bool) -> Changes:
    """Hold an invoice out of reminders (or clear the hold)."""
    if not clear and not (note or "").strip():
        raise InvalidInput.of("dispute.note", "note")
    with ctx.uow() as uow:
        document_id, _ = receivable_id(uow, number, Action.DISPUTE)
        _, disputed = uow.ledger.flags()
        if clear and document_id not in disputed:
            raise Rejected.of("dispute.none", "number", number=number)
        kind = "undispute" if clear else "dispute"
        uow.ledger.add_flag(document_id, kind, day=day, level=None, note=note, now=now_iso(ctx))
        record(
            uow,
            ctx,
            f"document.{kind}",
            entity_type="document",
            entity_id=document_id,
            payload={"number": number, "date": day.isoformat(), "note": note},
        )
        uow.commit()
    return DISPUTE_CHANGES


def list_payments(ctx: Context, customer_id: int | None = None) -> list[PaymentRow]:
    """Payments with where they went, what is left, and whether they were reversed."""
    with ctx.uow() as uow:
        entries = uow.ledger.entries(customer_id)
        numbers = {
            d.id: d.number
            for d in uow.ledger.receivables(uow.company.profile().accounting_currency, customer_id)
        }
    live = {e.id for e in effective_entries(entries)}
    left = payment_remaining(entries)
    return [
        PaymentRow(
            entry=payment,
            reversed=payment.id not in live,
            unapplied=left.get(payment.id, ZERO),
            allocations=tuple(
                PaymentAllocation(
                    entry=e.id,
                    invoice=numbers.get(e.document_id or 0),
                    amount=e.amount,
                    reversed=e.id not in live,
                )
                for e in entries
                if e.payment_id == payment.id and e.kind is EntryKind.ALLOCATION
            ),
        )
        for payment in entries
        if payment.kind is EntryKind.PAYMENT
    ]
