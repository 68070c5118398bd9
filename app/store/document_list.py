"""The document list as keyset-paged SQL: newest first, drafts on top, filters, FTS5 search.

Never more rows than one page leave the database; the next page starts after the last row's
(sort key, id), so paging stays as fast at row 90,000 as at row 1.
"""

from __future__ import annotations

from typing import Any

from app.domain.documents import DocumentType, Status
from app.services.ports import DocumentQuery, DocumentSummary

SORT_KEY = "coalesce(d.issue_date, '9999-12-31')"
COLUMNS = (
    f"d.id, d.type, d.status, d.number, d.customer_id, p.name, d.currency, d.issue_date,"
    f" d.due_date, d.tax_inclusive, d.payable, d.corrects_id, {SORT_KEY}"
)
FILTERS = {
    "all": "",
    "draft": "d.status = 'draft'",
    "issued": "d.status = 'issued'",
    "unpaid": "d.id IN (SELECT document_id FROM document_balance WHERE due_minor > 0)",
    "overdue": "d.id IN (SELECT document_id FROM document_balance WHERE due_minor > 0"
    " AND due_date < :today)",
    "paid": "d.id IN (SELECT document_id FROM document_balance WHERE due_minor <= 0)",
    "credited": "d.id IN (SELECT corrects_id FROM document WHERE type = 'credit_note'"
    " AND status = 'issued' AND corrects_id IS NOT NULL)",
    "disputed": "d.id IN (SELECT document_id FROM document_flag f WHERE kind = 'dispute'"
    " AND f.id = (SELECT max(g.id) FROM document_flag g WHERE g.document_id = f.document_id"
    " AND g.kind IN ('dispute', 'undispute')))",
}


def match_expression(search: str) -> str | None:
    """Every word the user typed as a prefix phrase: ``müll 2026`` -> ``"müll"* "2026"*``."""
    words = [w.replace('"', "") for w in search.split()]
    words = [w for w in words if w]
    return " ".join(f'"{w}"*' for w in words) or None


BROAD = 500  # more matches than this: walk the list's index in order and probe the matches


def page_sql(query: DocumentQuery, *, broad: bool = True) -> tuple[str, dict[str, Any]]:
    """The page's SQL. ``broad``: the conditions keep many rows, so walk the covering index in
    list order and stop after one page; otherwise fetch the few matching rows and sort them."""
    where: list[str] = []
    params: dict[str, Any] = {"limit": query.limit}
    if FILTERS.get(query.filter):
        where.append(FILTERS[query.filter])
        params["today"] = query.today.isoformat() if query.today else "9999-12-31"
    if query.customer_id is not None:
        where.append("d.customer_id = :customer")
        params["customer"] = query.customer_id
    if query.start is not None:
        where.append("d.issue_date >= :start")
        params["start"] = query.start.isoformat()
    if query.end is not None:
        where.append("d.issue_date <= :end")
        params["end"] = query.end.isoformat()
    expression = match_expression(query.search or "")
    if expression is not None:
        probe = "+d.id" if broad else "d.id"  # "+": do not look the matches up by rowid
        where.append(
            f"{probe} IN (SELECT rowid FROM document_search WHERE document_search MATCH :q)"
        )
        params["q"] = expression
    if query.after is not None:
        where.append(f"({SORT_KEY} < :key OR ({SORT_KEY} = :key AND d.id < :after))")
        params["key"], params["after"] = query.after
    source = "document d INDEXED BY document_list_order" if broad else "document d"
    sql = (
        f"SELECT {COLUMNS} FROM {source} LEFT JOIN party p ON p.id = d.customer_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + f" ORDER BY {SORT_KEY} DESC, d.id DESC LIMIT :limit"
    )
    return sql, params


def count_sql() -> str:
    return "SELECT count(*) FROM document_search WHERE document_search MATCH :q"


def summary(row: Any) -> tuple[DocumentSummary, str]:
    return (
        DocumentSummary(
            id=row[0],
            type=DocumentType(row[1]),
            status=Status(row[2]),
            number=row[3],
            customer_id=row[4],
            customer_name=row[5],
            currency=row[6],
            issue_date=row[7],
            due_date=row[8],
            tax_inclusive=row[9],
            payable=row[10],
            corrects_id=row[11],
        ),
        row[12],
    )
