"""The number series and their counters, advanced only inside the issuing transaction."""

from __future__ import annotations

from datetime import date

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from app.domain.documents import DocumentType
from app.domain.numbering import SeriesSpec
from app.services.errors import NotFound
from app.store.rows import SeriesCounterRow, SeriesRow, table

COUNTER = table(SeriesCounterRow)
# built once with bound parameters (see repos_documents.GET)
COUNTER_AT = (COUNTER.c.series_id == bindparam("series"), COUNTER.c.period == bindparam("at"))
NEXT_SEQ = select(COUNTER.c.next_seq, COUNTER.c.last_issue_date).where(*COUNTER_AT)
ADVANCE = update(COUNTER).where(*COUNTER_AT)
INSERT_COUNTER = insert(COUNTER)


class SqlSeries:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._latest: dict[int, str | None] = {}
        self._found: dict[tuple[DocumentType, str | None], tuple[int, SeriesSpec]] = {}

    @staticmethod
    def _spec(row: SeriesRow) -> SeriesSpec:
        return SeriesSpec(
            name=row.name,
            document_type=DocumentType(row.document_type),
            pattern=row.pattern,
            reset_yearly=row.reset_yearly,
        )

    def find(self, doc_type: DocumentType, name: str | None) -> tuple[int, SeriesSpec]:
        if (doc_type, name) not in self._found:
            self._found[(doc_type, name)] = self._find(doc_type, name)
        return self._found[(doc_type, name)]

    def _find(self, doc_type: DocumentType, name: str | None) -> tuple[int, SeriesSpec]:
        query = select(SeriesRow).where(SeriesRow.document_type == doc_type.value)
        query = query.where(SeriesRow.name == name) if name else query.where(SeriesRow.is_default)
        row = self.session.scalars(query).first()
        if row is None:
            words = f"{doc_type.value.replace('_', ' ')}s"
            if name:
                raise NotFound.of("series.unknown", "series", name=name, type_words=words)
            raise NotFound.of("series.no_default", "series", type_words=words)
        return row.id, self._spec(row)

    def take_next(self, series_id: int, period: int, issue_date: date) -> tuple[int, date | None]:
        """Consume the next number of the series' counter (inside the issuing transaction)."""
        if series_id not in self._latest:
            self._latest[series_id] = self.session.scalar(
                select(func.max(SeriesCounterRow.last_issue_date)).where(
                    SeriesCounterRow.series_id == series_id
                )
            )
        latest = self._latest[series_id]
        last = date.fromisoformat(latest) if latest else None
        at = {"series": series_id, "at": period}
        row = self.session.execute(NEXT_SEQ, at).first()
        day = issue_date.isoformat()
        if row is None:
            seq = 1
            self.session.execute(
                INSERT_COUNTER,
                {"series_id": series_id, "period": period, "next_seq": 2, "last_issue_date": day},
            )
        else:
            seq = int(row[0])
            self.session.execute(
                ADVANCE, {**at, "next_seq": seq + 1, "last_issue_date": max(day, row[1] or day)}
            )
        if latest is None or day > latest:
            self._latest[series_id] = day
        return seq, last

    def list(self) -> list[tuple[SeriesSpec, dict[int, int]]]:
        out = []
        for row in self.session.scalars(select(SeriesRow).order_by(SeriesRow.id)):
            counters = self.session.scalars(
                select(SeriesCounterRow).where(SeriesCounterRow.series_id == row.id)
            )
            out.append((self._spec(row), {c.period: c.next_seq - 1 for c in counters}))
        return out

    def add(self, spec: SeriesSpec, make_default: bool) -> int:
        if make_default:
            for row in self.session.scalars(
                select(SeriesRow).where(SeriesRow.document_type == spec.document_type.value)
            ):
                row.is_default = False
        row = SeriesRow(
            name=spec.name,
            document_type=spec.document_type.value,
            pattern=spec.pattern,
            reset_yearly=spec.reset_yearly,
            is_default=make_default,
        )
        self.session.add(row)
        self.session.flush()
        self._found.clear()
        return row.id
