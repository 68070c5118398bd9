"""Emailing documents against a real SMTP server on 127.0.0.1 (aiosmtpd) that checks what
arrives: the stored PDF byte for byte, the language, the log, the audit chain, the failures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app import secrets
from app.services.company import settings
from app.services.documents import stored_files
from app.services.errors import MailFailed
from app.services.mail import emailing
from tests.secret_service import secret_service
from tests.smtp_server import PASSWORD, USER, _free_port, configure_smtp
from tests.unit.services.builders import add_customer, invoice_json


def _issue(ctx: Any, email: str | None = "kunde@example.de", language: str = "de") -> str:
    from app.services.documents import drafts, issuing

    customer = add_customer(ctx, email=email, language=language)
    draft = drafts.create_draft(ctx, invoice_json(customer, due_date="2026-12-24"))
    return str(issuing.issue_document(ctx, draft).number)


def test_the_stored_pdf_arrives_in_the_customers_language_and_is_logged(
    ctx: Any, server: Any
) -> None:
    inbox, port, _ = server
    configure_smtp(ctx, port, **{"email.attach_xml": "on", "email.copy_self": "on"})
    number = _issue(ctx)
    result = emailing.send_document(ctx, number).value
    assert result.status == "sent"
    ((envelope, message),) = inbox.messages
    assert sorted(envelope.rcpt_tos) == ["billing@acme.example", "kunde@example.de"]
    assert message["Subject"] == f"Acme Müller GmbH: Rechnung {number}"
    assert message["Cc"] == "billing@acme.example"
    body = message.get_body(("plain",)).get_content()
    assert "1.130,50\xa0€" in body and "24.12.2026" in body
    files = {part.get_filename(): part.get_content() for part in message.iter_attachments()}
    assert files[f"{number}.pdf"] == stored_files.document_pdf(ctx, number).data
    assert files[f"{number}.xml"] == stored_files.einvoice(ctx, number).data
    with ctx.uow() as uow:
        audit = [e.payload for e in uow.audit.entries() if e.action == "document.email"]
    assert audit[0]["message_id"] == message["Message-ID"] == result.message_id
    assert audit[0]["pdf_sha256"] == stored_files.document_pdf(ctx, number).sha256
    assert [a.status for a in emailing.history(ctx, number)] == ["sent"]
    assert emailing.unsent(ctx) == []


def test_a_refused_recipient_is_named_logged_and_can_be_retried(ctx: Any, server: Any) -> None:
    inbox, port, _ = server
    configure_smtp(ctx, port)
    number = _issue(ctx, email="nobody@example.de", language="en")
    with pytest.raises(MailFailed) as failed:
        emailing.send_document(ctx, number)
    assert failed.value.kind == "recipient" and "nobody@example.de" in str(failed.value)
    assert "550" in str(failed.value)
    assert [d.number for d in emailing.unsent(ctx)] == [number]
    emailing.send_document(ctx, number, to=["accounts@example.de"])
    assert [a.status for a in emailing.history(ctx, number)] == ["failed", "sent"]
    ((envelope, message),) = inbox.messages
    assert envelope.rcpt_tos == ["accounts@example.de"] and message["Subject"].endswith(number)


@pytest.fixture
def real_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The Secret Service (gnome-keyring on a private D-Bus) as this process's keyring."""
    import keyring.core

    with secret_service(tmp_path / "keyring-home") as variables:
        for name, value in variables.items():
            monkeypatch.setenv(name, value)
        monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
        monkeypatch.setattr(keyring.core, "_keyring_backend", None)
        keyring.core.init_backend()
        yield


@pytest.mark.parametrize("server", ["auth"], indirect=True)
def test_a_wrong_password_says_so(ctx: Any, server: Any, real_keyring: None) -> None:
    _, port, _ = server
    configure_smtp(ctx, port, **{"email.user": USER})
    number = _issue(ctx)
    with pytest.raises(MailFailed) as failed:  # nothing in the keyring yet
        emailing.send_document(ctx, number)
    assert failed.value.kind == "config" and "invoice-desk email password" in str(failed.value)
    secrets.store_smtp_password(USER, "127.0.0.1", port, "wrong")
    with pytest.raises(MailFailed) as failed:
        emailing.send_document(ctx, number)
    assert failed.value.kind == "auth" and "user name or password" in str(failed.value)
    secrets.store_smtp_password(USER, "127.0.0.1", port, PASSWORD)
    assert emailing.send_document(ctx, number).value.status == "sent"


@pytest.mark.parametrize("server", ["starttls"], indirect=True)
def test_starttls_checks_the_certificate(ctx: Any, server: Any) -> None:
    inbox, port, cert_file = server
    configure_smtp(ctx, port, security="starttls")
    number = _issue(ctx)
    with pytest.raises(MailFailed) as failed:
        emailing.send_document(ctx, number)  # a self-signed certificate nobody vouched for
    assert failed.value.kind == "tls" and "certificate is not trusted" in str(failed.value)
    assert "self-signed" in str(failed.value)
    settings.set_setting(ctx, "email.ca_file", str(cert_file))
    assert emailing.send_document(ctx, number).value.status == "sent"
    assert len(inbox.messages) == 1


def test_no_server_configured_or_unreachable(ctx: Any) -> None:
    number = _issue(ctx)
    with pytest.raises(MailFailed) as failed:
        emailing.send_document(ctx, number)
    assert failed.value.kind == "config" and "email.host" in str(failed.value)
    configure_smtp(ctx, _free_port())
    with pytest.raises(MailFailed) as failed:
        emailing.send_document(ctx, number)
    assert failed.value.kind == "connection"


def test_batch_sends_every_unsent_invoice_with_progress(ctx: Any, server: Any) -> None:
    inbox, port, _ = server
    configure_smtp(ctx, port)
    first, second = _issue(ctx), _issue(ctx, language="fr")
    without = _issue(ctx, email=None)
    seen: list[tuple[int, int, str]] = []
    results = emailing.send_unsent(ctx, lambda i, n, r: seen.append((i, n, r.status)))
    assert [(r.number, r.status) for r in results] == [
        (first, "sent"),
        (second, "sent"),
        (without, "failed"),
    ]
    failed = results[2]
    assert isinstance(failed, emailing.NotSent) and "no invoice email address" in failed.error
    assert seen == [(1, 3, "sent"), (2, 3, "sent"), (3, 3, "failed")]
    subjects = sorted(m["Subject"] for _, m in inbox.messages)
    assert subjects == [
        f"Acme Müller GmbH : facture {second}",
        f"Acme Müller GmbH: Rechnung {first}",
    ]
    assert [d.number for d in emailing.unsent(ctx)] == [without]
