"""Email issued documents: the frozen PDF (and, when chosen, the frozen XML) to the customer.

Every attempt is logged before the SMTP conversation starts (status "sending", with the
Message-ID it will carry), then marked "sent" or "failed" with the reason; a sent message also
lands in the audit chain (recipients, message id, SHA-256 of the PDF). A failed send can be
repeated; an attempt left "sending" by a crash is retried with the same Message-ID, so a
receiving server that got it already can tell. The network never runs inside a transaction.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from app.domain.documents import DocumentType, IssuedDocument
from app.domain.invariants import broken
from app.services.audit_log import record
from app.services.changes import Changes, Done, Kind
from app.services.clock import now_iso
from app.services.company.company_settings import CompanySettings
from app.services.documents.stored_files import document_pdf
from app.services.errors import InvalidInput, MailFailed
from app.services.formatting import Formatter
from app.services.mail.email_texts import texts
from app.services.ports import Attachment, Context, EmailAttempt, Mailer, OutgoingMail

EMAIL_CHANGES = Changes.of(Kind.DOCUMENTS, Kind.AUDIT)

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Sent:
    """A document sent: to whom (copies included), its Message-ID, the PDF's SHA-256, the
    attachments' file names."""

    number: str
    recipients: tuple[str, ...]
    message_id: str
    pdf_sha256: str
    attachments: tuple[str, ...]
    status: Literal["sent"] = "sent"


@dataclass(frozen=True)
class NotSent:
    """A document of ``send_unsent`` that did not go out: the failure's kind and reason."""

    number: str
    kind: str  # a MailFailed kind (auth, recipient, sender, tls, connection, config) or address
    error: str
    status: Literal["failed"] = "failed"


@dataclass(frozen=True)
class Unsent:
    """An issued document never sent successfully, and its last attempt if any."""

    number: str
    customer: str
    email: str | None
    type: DocumentType
    last_attempt: EmailAttempt | None


def _recipients(issued: IssuedDocument, to: list[str] | None) -> list[str]:
    chosen = [a.strip() for a in to or [] if a.strip()] or (
        [issued.buyer.email] if issued.buyer.email else []
    )
    if not chosen:
        raise InvalidInput.of("email.no_address", "to", name=issued.buyer.name)
    for address in chosen:
        if not EMAIL.match(address):
            raise InvalidInput.of("value.email", "to", value=address)
    return chosen


def _mail(
    issued: IssuedDocument,
    settings: CompanySettings,
    pdf: bytes,
    xml: tuple[str, bytes] | None,
    *,
    recipients: list[str],
    message_id: str,
    copy_self: bool,
) -> OutgoingMail:
    language = (issued.buyer.language or "en").split("_")[0]
    fmt = Formatter(language)
    values = {
        "number": issued.number,
        "amount": fmt.money(issued.totals.payable, issued.draft.currency),
        "due_date": fmt.day(issued.draft.due_date or issued.draft.issue_date),
        "company": issued.seller.name,
        "customer": issued.buyer.name,
        "document": issued.type.value,
    }
    subject, body = texts(settings.email, language, values)
    sender = settings.email.sender or issued.seller.email or ""
    if not EMAIL.match(sender):
        raise MailFailed("config", "set the sender address: settings set email.from ADDRESS")
    attachments = [Attachment(f"{issued.number}.pdf", "application/pdf", pdf)]
    if xml is not None:
        attachments.append(Attachment(xml[0], "application/xml", xml[1]))
    return OutgoingMail(
        sender=sender,
        recipients=tuple(recipients),
        copy_to=(sender,) if copy_self else (),
        subject=subject,
        body=body,
        message_id=message_id,
        attachments=tuple(attachments),
    )


def _prepare(
    ctx: Context, reference: str, to: list[str] | None, copy_self: bool | None
) -> tuple[OutgoingMail, int, str]:
    """Build the message and log the attempt (committed before anything is sent)."""
    pdf = document_pdf(ctx, reference)
    with ctx.uow() as uow:
        stored = uow.documents.find(reference)
        if stored.issued is None:
            raise broken("stored.issued is None")
        issued = stored.issued
        settings = uow.company.profile().settings
        xml_file = uow.documents.file(stored.id, "einvoice")
        pending = [a for a in uow.emails.attempts(stored.id) if a.status == "sending"]
        recipients = _recipients(issued, to)
        attach_xml = settings.email.attach_xml and xml_file is not None
        xml = (f"{issued.number}.xml", xml_file.data) if attach_xml and xml_file else None
        domain = (settings.email.sender or "invoice-desk.local").split("@")[-1]
        message_id = pending[-1].message_id if pending else f"<{uuid.uuid4()}@{domain}>"
        copy = settings.email.copy_self if copy_self is None else copy_self
        mail = _mail(
            issued,
            settings,
            pdf.data,
            xml,
            recipients=recipients,
            message_id=message_id,
            copy_self=copy,
        )
        attempt = uow.emails.start(stored.id, message_id, recipients, pdf.sha256, now_iso(ctx))
        uow.commit()
    return mail, attempt, pdf.sha256


def send_logged(ctx: Context, mailer: Mailer, mail: OutgoingMail, attempt: int) -> None:
    """Send a message whose attempt is logged; when the server says no, the attempt is marked
    failed (with the reason) and MailFailed raised. Marking it sent is the caller's, in the
    transaction that records what was sent."""
    try:
        mailer.send(mail)
    except MailFailed as exc:
        with ctx.uow() as uow:
            uow.emails.finish(attempt, "failed", exc.kind, str(exc), now_iso(ctx))
            uow.commit()
        raise


def send_document(
    ctx: Context, reference: str, to: list[str] | None = None, copy_self: bool | None = None
) -> Done[Sent]:
    """Send one issued document; MailFailed (logged, retryable) when the server says no."""
    if ctx.mailer is None:
        raise RuntimeError("no mailer is wired into this context")
    with ctx.uow() as uow:
        settings = uow.company.profile().settings
    mailer = ctx.mailer(settings)
    mail, attempt, sha256 = _prepare(ctx, reference, to, copy_self)
    send_logged(ctx, mailer, mail, attempt)
    with ctx.uow() as uow:
        uow.emails.finish(attempt, "sent", None, None, now_iso(ctx))
        stored = uow.documents.find(reference)
        if stored.number is None:
            raise broken("stored.number is None")
        payload = {
            "number": stored.number,
            "recipients": list(mail.recipients) + list(mail.copy_to),
            "message_id": mail.message_id,
            "pdf_sha256": sha256,
            "attachments": [a.filename for a in mail.attachments],
        }
        record(
            uow, ctx, "document.email", entity_type="document", entity_id=stored.id, payload=payload
        )
        uow.commit()
    sent = Sent(
        number=stored.number,
        recipients=mail.recipients + mail.copy_to,
        message_id=mail.message_id,
        pdf_sha256=sha256,
        attachments=tuple(a.filename for a in mail.attachments),
    )
    return Done(sent, EMAIL_CHANGES)


def unsent(ctx: Context) -> list[Unsent]:
    """Issued documents never sent successfully, with their last attempt if any."""
    with ctx.uow() as uow:
        ids = uow.emails.unsent()
        last: dict[int, EmailAttempt] = {a.document_id: a for a in uow.emails.attempts()}
        out = []
        for document_id in ids:
            stored = uow.documents.get(document_id)
            if stored.issued is None:
                raise broken("stored.issued is None")
            out.append(
                Unsent(
                    number=stored.issued.number,
                    customer=stored.issued.buyer.name,
                    email=stored.issued.buyer.email,
                    type=stored.type,
                    last_attempt=last.get(document_id),
                )
            )
    return out


def send_unsent(
    ctx: Context, progress: Callable[[int, int, Sent | NotSent], None] | None = None
) -> list[Sent | NotSent]:
    """Send every issued-but-unsent invoice and debit note; one result per document.

    Credit notes are left to the owner (a credit note usually goes with a letter). A document
    whose customer has no email address is reported, not sent.
    """
    todo = [d for d in unsent(ctx) if d.type is not DocumentType.CREDIT_NOTE]
    results: list[Sent | NotSent] = []
    for index, item in enumerate(todo, 1):
        result: Sent | NotSent
        try:
            result = send_document(ctx, item.number).value
        except (MailFailed, InvalidInput) as exc:
            kind = exc.kind if isinstance(exc, MailFailed) else "address"
            result = NotSent(item.number, kind, str(exc))
        results.append(result)
        if progress is not None:
            progress(index, len(todo), result)
    return results


def history(ctx: Context, reference: str) -> list[EmailAttempt]:
    """Every attempt to send one document (the document itself, or a reminder about it)."""
    with ctx.uow() as uow:
        stored = uow.documents.find(reference)
        return uow.emails.attempts(stored.id)
