"""Reminder letters by email against a real SMTP server on 127.0.0.1: one message per customer
with the letter attached, in the customer's language, logged as a reminder (the invoice still
counts as never sent), in the audit chain; a customer without an address is skipped."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from app.services.documents import drafts, issuing
from app.services.mail import emailing
from app.services.receivables.receivables_reports import issue_reminders
from app.services.receivables.reminder_mail import send_reminder_letters
from tests.smtp_server import configure_smtp
from tests.unit.services.builders import add_customer, invoice_json


def _overdue(ctx: Any, **customer: Any) -> str:
    cid = add_customer(ctx, **customer)
    draft = drafts.create_draft(
        ctx, invoice_json(cid, issue_date="2026-10-01", due_date="2026-10-15")
    )
    return str(issuing.issue_document(ctx, draft).number)


def test_each_customer_gets_its_letter_and_the_invoice_stays_unsent(ctx: Any, server: Any) -> None:
    inbox, port, _ = server
    configure_smtp(ctx, port)
    mine = _overdue(ctx, name="Kunde AG", email="kunde@example.de", language="de")
    silent = _overdue(ctx, name="Ohne Post GmbH", email=None, vat_id="DE811907980")
    reminders = issue_reminders(ctx, date(2026, 11, 24)).value
    assert {r.invoice for r in reminders} == {mine, silent}
    results = send_reminder_letters(ctx, reminders, date(2026, 11, 24))
    by_name = {r.name: r for r in results}
    assert by_name["Ohne Post GmbH"].status == "skipped"
    assert by_name["Kunde AG"].status == "sent"
    ((envelope, message),) = inbox.messages
    assert envelope.rcpt_tos == ["kunde@example.de"]
    assert message["Subject"] == f"Acme Müller GmbH: Zahlungserinnerung zu {mine}"
    body = message.get_body(("plain",)).get_content()
    assert mine in body and "04.12.2026" in body  # pay within ten days of the letter
    (attachment,) = list(message.iter_attachments())
    pdf = attachment.get_content()
    assert pdf.startswith(b"%PDF") and attachment.get_filename() == by_name["Kunde AG"].letter
    with ctx.uow() as uow:
        audit = [e.payload for e in uow.audit.entries() if e.action == "reminder.email"]
    assert audit == [
        {
            "invoices": [mine],
            "recipients": ["kunde@example.de"],
            "message_id": message["Message-ID"],
            "letter_sha256": hashlib.sha256(pdf).hexdigest(),
        }
    ]
    assert [(a.kind, a.status) for a in emailing.history(ctx, mine)] == [("reminder", "sent")]
    assert mine in {d.number for d in emailing.unsent(ctx)}  # a reminder is not the invoice


def test_a_refused_message_is_logged_and_the_others_still_go(ctx: Any, server: Any) -> None:
    inbox, port, _ = server
    configure_smtp(ctx, port)
    refused = _overdue(ctx, name="Kunde AG", email="nobody@refused.example")
    fine = _overdue(ctx, name="Zweite KG", email="zweite@example.de", vat_id="DE811907980")
    reminders = issue_reminders(ctx, date(2026, 11, 24)).value
    results = {r.invoices[0]: r for r in send_reminder_letters(ctx, reminders, date(2026, 11, 24))}
    assert results[refused].status == "failed" and "recipient" in str(results[refused].error)
    assert results[fine].status == "sent"
    assert [a.status for a in emailing.history(ctx, refused)] == ["failed"]
    assert len(inbox.messages) == 1
