"""Domain errors: pure, no I/O. The services turn them into the typed errors of the CLI."""

from __future__ import annotations

from dataclasses import replace
from typing import Self

from app.domain.problems import Problem, english, problem

__all__ = [
    "CurrencyMismatch",
    "DomainError",
    "InvalidDocument",
    "Problem",
    "TransitionNotAllowed",
    "as_problem",
    "problem",
]


class DomainError(Exception):
    """A rule of the domain was broken; ``problem`` is its coded form where it has one."""

    problem: Problem | None = None

    @classmethod
    def of(cls, code: str, field: str, **params: object) -> Self:
        """The error of one coded problem; its text is the problem's English sentence."""
        found = problem(code, field, **params)
        error = cls(english(found))
        error.problem = found
        return error


def as_problem(error: DomainError, field: str) -> Problem:
    """``error``'s problem as a problem of ``field``.

    Every domain error is raised with its code (``DomainError.of``, ``InvalidDocument``); one
    without is a programming error, not something to show (tests/unit/domain/test_problem_codes).
    """
    if error.problem is None:
        raise TypeError(f"{type(error).__name__} raised without a problem code: {error}")
    return replace(error.problem, field=field)


class CurrencyMismatch(DomainError):
    """Arithmetic across two currencies."""


class InvalidDocument(DomainError):
    """A draft that cannot be issued; ``problems`` names every field at fault."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems
        self.problem = problems[0] if problems else None


class TransitionNotAllowed(DomainError):
    """The document's state does not allow this action."""
