"""Number series: list them, add one (e.g. a second invoice series for a shop)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.documents import DocumentType
from app.domain.numbering import SeriesSpec, pattern_problem
from app.services.audit_log import record
from app.services.changes import Changes, Kind
from app.services.errors import InvalidInput
from app.services.ports import Context

SERIES_CHANGES = Changes.of(Kind.SETTINGS, Kind.AUDIT)

NAME = re.compile(r"^[A-Za-z0-9_-]{1,32}$")


@dataclass(frozen=True)
class SeriesRow:
    """A number series and the last number taken in each period (ascending)."""

    name: str
    type: DocumentType
    pattern: str
    reset_yearly: bool
    last_numbers: tuple[tuple[int, int], ...]


def list_series(ctx: Context) -> list[SeriesRow]:
    """Every number series with the last number of each period."""
    with ctx.uow() as uow:
        return [
            SeriesRow(
                name=spec.name,
                type=spec.document_type,
                pattern=spec.pattern,
                reset_yearly=spec.reset_yearly,
                last_numbers=tuple(sorted(counters.items())),
            )
            for spec, counters in uow.series.list()
        ]


def add_series(
    ctx: Context,
    name: str,
    doc_type: DocumentType,
    pattern: str,
    *,
    reset_yearly: bool,
    make_default: bool,
) -> Changes:
    """A new series; its numbers must never collide with another series' numbers."""
    if not NAME.match(name):
        raise InvalidInput.of("series.name_invalid", "name")
    problem = pattern_problem(pattern, reset_yearly)
    if problem:
        raise InvalidInput(problem)
    spec = SeriesSpec(name=name, document_type=doc_type, pattern=pattern, reset_yearly=reset_yearly)
    with ctx.uow() as uow:
        existing = uow.series.list()
        if any(s.name == name for s, _ in existing):
            raise InvalidInput.of("series.exists", "name", name=name)
        prefix = pattern.split("{", 1)[0]
        for other, _ in existing:
            if other.pattern.split("{", 1)[0] == prefix:
                raise InvalidInput.of(
                    "series.collides", "pattern", series=other.name, pattern=other.pattern
                )
        uow.series.add(spec, make_default)
        record(
            uow,
            ctx,
            "series.add",
            entity_type="series",
            entity_id=name,
            payload={
                "name": name,
                "type": doc_type.value,
                "pattern": pattern,
                "reset_yearly": reset_yearly,
                "default": make_default,
            },
        )
        uow.commit()
    return SERIES_CHANGES
