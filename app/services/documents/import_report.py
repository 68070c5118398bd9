"""The report of an e-invoice import: where the draft came from and how the document's own
amounts compare with what the program computes (typed; the CLI shapes it as JSON)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.domain.documents import DocumentType
from app.domain.problems import Problem


@dataclass(frozen=True)
class ImportSource:
    """The imported document: its syntax (ubl, cii), number, type code, seller, SHA-256."""

    syntax: str
    number: str
    type_code: str
    seller: str | None
    sha256: str


@dataclass(frozen=True)
class LineDifference:
    """A line whose stated net is not quantity x price (the line keeps the stated net)."""

    line: int
    stated_net: Decimal
    computed_net: Decimal
    difference: Decimal


@dataclass(frozen=True)
class TotalDifference:
    """A document total (BT-106..BT-115) the program computes differently."""

    term: str
    name: str
    stated: Decimal | None
    computed: Decimal


@dataclass(frozen=True)
class VatDifference:
    """A VAT group (category, rate) whose taxable amount and tax differ, or exist on one side."""

    category: str
    rate: Decimal | None
    stated: tuple[Decimal | None, Decimal | None] | None
    computed: tuple[Decimal, Decimal] | None


@dataclass(frozen=True)
class ImportReport:
    """The draft and customer an import made, the differences, and what stops issuing."""

    draft: int
    type: DocumentType
    customer: int
    customer_created: bool
    source: ImportSource
    preceding_number: str | None
    line_differences: tuple[LineDifference, ...]
    total_differences: tuple[TotalDifference, ...]
    vat_differences: tuple[VatDifference, ...]
    not_imported: tuple[str, ...]
    warnings: tuple[str, ...]
    problems: tuple[Problem, ...]


def _pair(values: tuple[Decimal | None, Decimal | None] | None) -> str:
    return "None" if values is None else str([str(v) for v in values])


def report_text(report: ImportReport) -> str:
    """The import report as lines a person reads (command line and window)."""
    source = report.source
    who = "new customer" if report.customer_created else "existing customer"
    lines = [
        f"draft {report.draft} ({report.type.value}) from {source.number}"
        f" ({source.syntax.upper()}); {who} {report.customer}"
    ]
    for d in report.line_differences:
        lines.append(
            f"  line {d.line}: stated net {d.stated_net},"
            f" quantity x price gives {d.computed_net} (kept as stated)"
        )
    for t in report.total_differences:
        lines.append(f"  {t.term} {t.name}: stated {t.stated}, computed {t.computed}")
    for v in report.vat_differences:
        lines.append(
            f"  VAT {v.category} {v.rate}: stated {_pair(v.stated)}, computed {_pair(v.computed)}"
        )
    if not (report.line_differences or report.total_differences or report.vat_differences):
        lines.append("  totals: the program computes exactly the stated amounts")
    lines += [f"  warning: {w}" for w in report.warnings]
    lines += [f"  not imported: {n}" for n in report.not_imported]
    lines += [f"  to fix before issuing: {p.field}: {p.message}" for p in report.problems]
    return "\n".join(lines)
