"""The JSON shapes of the command line (docs/cli.md is their contract): typed results of the
use cases in, plain JSON values out. Only the CLI turns results into JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the parser imports this module; the services load with the command
    from app.services.audit_log import AuditCheck, AuditHead
    from app.services.documents.issuing import Issued
    from app.services.ports import DocumentSummary


def issued(result: Issued) -> dict[str, Any]:
    """``invoice issue``: ``{"id", "number"}``."""
    return {"id": result.document_id, "number": result.number}


def document_row(row: DocumentSummary) -> dict[str, Any]:
    """A row of ``invoice list``: ids, enums' values, ISO dates and text decimals (or null)."""
    return {
        "id": row.id,
        "number": row.number,
        "type": row.type.value,
        "status": row.status.value,
        "customer": row.customer_id,
        "customer_name": row.customer_name,
        "currency": row.currency,
        "issue_date": row.issue_date.isoformat() if row.issue_date else None,
        "due_date": row.due_date.isoformat() if row.due_date else None,
        "tax_inclusive": None if row.tax_inclusive is None else str(row.tax_inclusive),
        "payable": None if row.payable is None else str(row.payable),
        "corrects": row.corrects_id,
    }


def audit_check(result: AuditCheck) -> dict[str, Any]:
    """``audit verify``: ok, how many entries, the head (seq, hash) and the first break."""
    broken = result.first_break
    head = result.head
    return {
        "ok": result.ok,
        "entries": result.entries,
        "head": None if head is None else {"seq": head.seq, "hash": head.hash},
        "first_break": None if broken is None else {"seq": broken.seq, "reason": broken.reason},
    }


def audit_head(head: AuditHead) -> dict[str, Any]:
    """``audit head``: seq and hash, and the moment of the entry (none in an empty chain)."""
    shape: dict[str, Any] = {"seq": head.seq, "hash": head.hash}
    if head.time is not None:
        shape["time"] = head.time
    return shape
