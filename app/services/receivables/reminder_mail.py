"""Reminder letters by email: each customer's letter (the PDF of ``reminder_letters``) goes to
the customer's address with the company's texts, is logged against the first invoice it names
(kind "reminder", so the invoice does not count as sent by it) and lands in the audit chain."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

from app.services.audit_log import record
from app.services.clock import now_iso
from app.services.company.company_settings import CompanySettings
from app.services.errors import MailFailed
from app.services.formatting import Formatter
from app.services.mail.email_texts import texts
from app.services.mail.emailing import EMAIL, send_logged
from app.services.ports import Attachment, Context, Mailer, OutgoingMail
from app.services.receivables.receivables_results import Reminder
from app.services.receivables.report_pdfs import Letter, reminder_letters_by_customer


def _amount(letter: Letter, fmt: Formatter) -> str:
    """What the letter asks for: the amounts due and fees, per currency."""
    totals: dict[str, Decimal] = {}
    for item in letter.items:
        totals[item.currency] = totals.get(item.currency, Decimal(0)) + item.total_due
    return ", ".join(fmt.money(total, currency) for currency, total in sorted(totals.items()))


def _message(
    letter: Letter, settings: CompanySettings, *, company: str, copy_self: bool
) -> OutgoingMail:
    language = (letter.customer.language or "en").split("_")[0]
    fmt = Formatter(language)
    values = {
        "number": ", ".join(item.invoice for item in letter.items),
        "amount": _amount(letter, fmt),
        "due_date": fmt.day(letter.pay_by),
        "company": company,
        "customer": letter.customer.name,
        "document": "reminder",
    }
    subject, body = texts(settings.email, language, values)
    sender = settings.email.sender or ""
    if not EMAIL.match(sender):
        raise MailFailed("config", "set the sender address: settings set email.from ADDRESS")
    domain = sender.rsplit("@", maxsplit=1)[-1]
    return OutgoingMail(
        sender=sender,
        recipients=(str(letter.customer.email),),
        copy_to=(sender,) if copy_self else (),
        subject=subject,
        body=body,
        message_id=f"<{uuid.uuid4()}@{domain}>",
        attachments=(Attachment(letter.name, "application/pdf", letter.pdf),),
    )


class LetterOutcome(StrEnum):
    SENT = "sent"
    FAILED = "failed"
    SKIPPED = "skipped"  # the customer has no email address


@dataclass(frozen=True)
class LetterSent:
    """What became of one customer's reminder letter sent by email."""

    customer: int
    name: str
    invoices: tuple[str, ...]
    letter: str  # the letter's file name
    status: LetterOutcome
    error: str | None = None
    message_id: str | None = None
    to: tuple[str, ...] = ()


def send_reminder_letters(
    ctx: Context,
    reminders: list[Reminder],
    as_of: date,
    progress: Callable[[LetterSent], None] | None = None,
) -> list[LetterSent]:
    """Email the letters of reminders just issued, one per customer; one result each (a
    customer without an address or a refused message does not stop the others)."""
    if ctx.mailer is None:
        raise RuntimeError("no mailer is wired into this context")
    with ctx.uow() as uow:
        profile = uow.company.profile()
    settings = profile.settings
    copy_self = settings.email.copy_self
    mailer: Mailer | None = None
    results = []
    for letter in reminder_letters_by_customer(ctx, reminders, as_of):
        base = LetterSent(
            customer=letter.customer_id,
            name=letter.customer.name,
            invoices=tuple(item.invoice for item in letter.items),
            letter=letter.name,
            status=LetterOutcome.SKIPPED,
        )
        if not letter.customer.email or not EMAIL.match(letter.customer.email):
            result = replace(base, error="the customer has no email address")
        else:
            try:
                mail = _message(letter, settings, company=profile.seller.name, copy_self=copy_self)
            except MailFailed as exc:
                result = replace(base, status=LetterOutcome.FAILED, error=str(exc))
            else:
                mailer = mailer or ctx.mailer(settings)
                result = _send(ctx, letter, mail, mailer, base)
        results.append(result)
        if progress is not None:
            progress(result)
    return results


def _send(
    ctx: Context, letter: Letter, mail: OutgoingMail, mailer: Mailer, base: LetterSent
) -> LetterSent:
    """Log the attempt, send, record the result (and the audit entry when it went)."""
    first = letter.items[0].document_id
    sha256 = hashlib.sha256(letter.pdf).hexdigest()
    with ctx.uow() as uow:
        attempt = uow.emails.start(
            first, mail.message_id, list(mail.recipients), sha256, now_iso(ctx), kind="reminder"
        )
        uow.commit()
    try:
        send_logged(ctx, mailer, mail, attempt)
    except MailFailed as exc:
        return replace(base, status=LetterOutcome.FAILED, error=str(exc))
    with ctx.uow() as uow:
        uow.emails.finish(attempt, "sent", None, None, now_iso(ctx))
        record(
            uow,
            ctx,
            "reminder.email",
            entity_type="document",
            entity_id=first,
            payload={
                "invoices": [item.invoice for item in letter.items],
                "recipients": list(mail.recipients) + list(mail.copy_to),
                "message_id": mail.message_id,
                "letter_sha256": sha256,
            },
        )
        uow.commit()
    return replace(
        base, status=LetterOutcome.SENT, message_id=mail.message_id, to=tuple(mail.recipients)
    )
