"""Number series: a pattern such as ``INV-{year}-{seq:05}``, optionally restarting each year."""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date

from app.domain.documents import DocumentType
from app.domain.errors import DomainError
from app.domain.problems import Problem, problem

FIELDS = {"year", "yy", "month", "seq"}
DEFAULT_PATTERNS = {
    DocumentType.INVOICE: ("INV", "INV-{year}-{seq:05}"),
    DocumentType.CREDIT_NOTE: ("CN", "CN-{year}-{seq:05}"),
    DocumentType.DEBIT_NOTE: ("DN", "DN-{year}-{seq:05}"),
}


@dataclass(frozen=True)
class SeriesSpec:
    name: str
    document_type: DocumentType
    pattern: str
    reset_yearly: bool = True


def pattern_problem(pattern: str, reset_yearly: bool, field: str = "pattern") -> Problem | None:
    """Why a pattern cannot make unique numbers (a problem of ``field``), or None."""
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
    except ValueError as exc:
        return problem("pattern.malformed", field, reason=exc)
    unknown = names - FIELDS
    if unknown:
        return problem("pattern.placeholders", field, unknown=sorted(unknown))
    if "seq" not in names:
        return problem("pattern.no_seq", field)
    if reset_yearly and not names & {"year", "yy"}:
        return problem("pattern.no_year", field)
    try:
        render_number(pattern, 1, date(2026, 1, 1))
    except (ValueError, KeyError, IndexError) as exc:
        return problem("pattern.unfillable", field, reason=exc)
    return None


def render_number(pattern: str, seq: int, issue_date: date) -> str:
    return pattern.format(
        year=issue_date.year, yy=issue_date.year % 100, month=issue_date.month, seq=seq
    )


def period_of(spec: SeriesSpec, issue_date: date) -> int:
    """The counter a number is drawn from: the year, or 0 for a series that never restarts."""
    return issue_date.year if spec.reset_yearly else 0


def check_issue_date(spec: SeriesSpec, issue_date: date, last_issue_date: date | None) -> None:
    """Numbers must follow the calendar: no issue date before the series' last one."""
    if last_issue_date is not None and issue_date < last_issue_date:
        raise DomainError.of(
            "series.date_order",
            "issue_date",
            day=issue_date.isoformat(),
            last=last_issue_date.isoformat(),
            series=spec.name,
        )
