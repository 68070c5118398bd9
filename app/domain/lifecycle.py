"""Allowed moves of a document, as data: the services check them, the UI enables buttons by them.

Besides the changes of state (edit, delete, issue, correct), the table says what else may be
done with a document: money is recorded and disputes held only against issued invoices and
debit notes (the receivables), and the frozen PDF and e-invoice XML exist only once issued.
"""

from __future__ import annotations

from enum import StrEnum

from app.domain.documents import DocumentType, Status
from app.domain.errors import TransitionNotAllowed


class Action(StrEnum):
    EDIT = "edit"
    DELETE = "delete"
    ISSUE = "issue"
    CREDIT = "credit"
    DEBIT = "debit"
    RECORD_PAYMENT = "record_payment"  # and the other money against it: credit, refund, write-off
    DISPUTE = "dispute"  # hold it out of reminders, or clear the hold
    EMAIL = "email"
    PRINT = "print"  # the PDF frozen at issue: print, open, save
    EXPORT_XML = "export_xml"  # the e-invoice frozen at issue


DRAFT_MOVES = frozenset({Action.EDIT, Action.DELETE, Action.ISSUE})
FILES = frozenset({Action.EMAIL, Action.PRINT, Action.EXPORT_XML})
RECEIVABLE = frozenset({Action.RECORD_PAYMENT, Action.DISPUTE})

ALLOWED: dict[tuple[Status, DocumentType], frozenset[Action]] = {
    (Status.DRAFT, DocumentType.INVOICE): DRAFT_MOVES,
    (Status.DRAFT, DocumentType.CREDIT_NOTE): DRAFT_MOVES,
    (Status.DRAFT, DocumentType.DEBIT_NOTE): DRAFT_MOVES,
    (Status.ISSUED, DocumentType.INVOICE): FILES | RECEIVABLE | {Action.CREDIT, Action.DEBIT},
    (Status.ISSUED, DocumentType.DEBIT_NOTE): FILES | RECEIVABLE | {Action.CREDIT},
    (Status.ISSUED, DocumentType.CREDIT_NOTE): FILES,
}


def allowed(status: Status, doc_type: DocumentType, action: Action) -> bool:
    """Whether ``action`` may be done with a document of this status and type."""
    return action in ALLOWED[(status, doc_type)]


def require(status: Status, doc_type: DocumentType, action: Action) -> None:
    """Refuse (TransitionNotAllowed) what the table does not allow."""
    if not allowed(status, doc_type, action):
        raise TransitionNotAllowed.of(
            "document.transition",
            "document",
            status=status.value,
            doc_type=doc_type.value,
            type_words=doc_type.value.replace("_", " "),
            action=action.value,
            action_past=_past(action),
        )


def _past(action: Action) -> str:
    return {
        Action.EDIT: "edited",
        Action.DELETE: "deleted",
        Action.ISSUE: "issued again",
        Action.CREDIT: "credited",
        Action.DEBIT: "given a debit note",
        Action.RECORD_PAYMENT: "paid",
        Action.DISPUTE: "disputed",
        Action.EMAIL: "emailed",
        Action.PRINT: "printed",
        Action.EXPORT_XML: "exported as an e-invoice",
    }[action]
