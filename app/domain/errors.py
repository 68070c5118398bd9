"""Domain errors: pure, no I/O. The services turn them into the typed errors of the CLI."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a document, naming the field (e.g. ``lines[2].tax_rate``)."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class DomainError(Exception):
    """A rule of the domain was broken."""


class CurrencyMismatch(DomainError):
    """Arithmetic across two currencies."""


class InvalidDocument(DomainError):
    """A draft that cannot be issued; ``problems`` names every field at fault."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


class TransitionNotAllowed(DomainError):
    """The document's state does not allow this action."""
