"""The JSON shape of ``import einvoice`` (docs/cli.md): the typed import report in, text
decimals and plain values out. Only the CLI turns the report into JSON."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the parser imports this module; the services load with the command
    from app.services.documents.import_report import ImportReport, VatDifference


def _pair(values: tuple[Decimal | None, ...] | None) -> list[str] | None:
    return None if values is None else [str(v) for v in values]


def _vat(d: VatDifference) -> dict[str, Any]:
    return {
        "category": d.category,
        "rate": None if d.rate is None else str(d.rate),
        "stated": _pair(d.stated),
        "computed": _pair(d.computed),
    }


def import_report(report: ImportReport) -> dict[str, Any]:
    """``import einvoice``: the draft, its customer, the source and every difference."""
    source = report.source
    return {
        "draft": report.draft,
        "type": report.type.value,
        "customer": report.customer,
        "customer_created": report.customer_created,
        "source": {
            "syntax": source.syntax,
            "number": source.number,
            "type_code": source.type_code,
            "seller": source.seller,
            "sha256": source.sha256,
        },
        "preceding_number": report.preceding_number,
        "line_differences": [
            {
                "line": d.line,
                "stated_net": str(d.stated_net),
                "computed_net": str(d.computed_net),
                "difference": str(d.difference),
            }
            for d in report.line_differences
        ],
        "total_differences": [
            {"term": d.term, "name": d.name, "stated": str(d.stated), "computed": str(d.computed)}
            for d in report.total_differences
        ],
        "vat_differences": [_vat(d) for d in report.vat_differences],
        "not_imported": list(report.not_imported),
        "warnings": list(report.warnings),
        "problems": [{"field": p.field, "message": p.message} for p in report.problems],
    }
