"""Allowed moves of a document, as data: the services check them, the UI enables buttons by them."""

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


ALLOWED: dict[tuple[Status, DocumentType], frozenset[Action]] = {
    (Status.DRAFT, DocumentType.INVOICE): frozenset({Action.EDIT, Action.DELETE, Action.ISSUE}),
    (Status.DRAFT, DocumentType.CREDIT_NOTE): frozenset({Action.EDIT, Action.DELETE, Action.ISSUE}),
    (Status.DRAFT, DocumentType.DEBIT_NOTE): frozenset({Action.EDIT, Action.DELETE, Action.ISSUE}),
    (Status.ISSUED, DocumentType.INVOICE): frozenset({Action.CREDIT, Action.DEBIT}),
    (Status.ISSUED, DocumentType.DEBIT_NOTE): frozenset({Action.CREDIT}),
    (Status.ISSUED, DocumentType.CREDIT_NOTE): frozenset(),
}


def allowed(status: Status, doc_type: DocumentType, action: Action) -> bool:
    return action in ALLOWED[(status, doc_type)]


def require(status: Status, doc_type: DocumentType, action: Action) -> None:
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
    }[action]
