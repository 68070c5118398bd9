"""The JSON shapes of ``email`` on the command line (docs/cli.md): a send, the unsent list,
a document's attempts. Only the CLI turns these results into JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the parser imports this module; the services load with the command
    from app.services.mail.emailing import NotSent, Sent, Unsent
    from app.services.ports import EmailAttempt


def sent(result: Sent | NotSent) -> dict[str, Any]:
    """``email NUMBER`` and each of ``email --unsent``: what went out, or why not."""
    if result.status == "failed":
        return {
            "number": result.number,
            "status": "failed",
            "kind": result.kind,
            "error": result.error,
        }
    return {
        "number": result.number,
        "recipients": list(result.recipients),
        "message_id": result.message_id,
        "pdf_sha256": result.pdf_sha256,
        "attachments": list(result.attachments),
        "status": "sent",
    }


def unsent(item: Unsent) -> dict[str, Any]:
    """A row of ``email --unsent --list``: the last attempt's status and error (or null)."""
    last = item.last_attempt
    return {
        "number": item.number,
        "customer": item.customer,
        "email": item.email,
        "type": item.type.value,
        "last_attempt": None if last is None else {"status": last.status, "error": last.error},
    }


def attempt(item: EmailAttempt) -> dict[str, Any]:
    """A row of ``email NUMBER --history``."""
    return {
        "message_id": item.message_id,
        "recipients": list(item.recipients),
        "status": item.status,
        "kind": item.kind,
        "error_kind": item.error_kind,
        "error": item.error,
        "started_at": item.started_at,
        "finished_at": item.finished_at,
        "document_sha256": item.document_sha256,
    }
