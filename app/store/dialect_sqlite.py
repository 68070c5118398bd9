"""What only SQLite (SQLCipher) says: FTS5 search, index hints, JSON paths, the driver connection.

The repositories speak SQLAlchemy Core and portable SQL; every construct below is one that a
PostgreSQL store will say differently (``tsvector`` / ``@@`` for search, ``->>`` for JSON, no
index hints, ``SELECT ... FOR UPDATE`` instead of ``BEGIN IMMEDIATE``). A ``dialect_postgresql``
module will sit beside this one with the same names.

Also SQLite's own, and not here: the file layer (``sqlcipher.py``: keys and connection pragmas;
``backup.py`` and ``maintenance.py``: the online backup API, ``sqlcipher_export``, integrity
pragmas) and the triggers of the migrations (frozen issued rows, append-only tables, the kept
balances of migration 0004).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from sqlalchemy import ColumnElement, Engine, func

# --- search (FTS5; migration 0007 keeps ``document_search`` in step with the documents) ---

SEARCH_ROWIDS = "SELECT rowid FROM document_search WHERE document_search MATCH :q"


def match_expression(search: str) -> str | None:
    """Every word the user typed as a prefix phrase: ``müll 2026`` -> ``"müll"* "2026"*``."""
    words = [w.replace('"', "") for w in search.split()]
    words = [w for w in words if w]
    return " ".join(f'"{w}"*' for w in words) or None


def search_count_sql(limit: int) -> str:
    """How many documents match ``:q``, counted only up to ``limit``."""
    return f"SELECT count(*) FROM ({SEARCH_ROWIDS} LIMIT {limit})"


def matches(id_column: str, *, probe: bool) -> str:
    """``id_column`` is among the matches of ``:q``; ``probe``: test each row walked against
    the matches instead of looking the matches up by rowid (a unary ``+`` hides the column
    from SQLite's planner)."""
    return f"{'+' if probe else ''}{id_column} IN ({SEARCH_ROWIDS})"


# --- index hints (SQLite plans these list queries badly without them) ---


def indexed_by(table: str, index: str | None) -> str:
    """``table`` read through ``index`` (``document d`` -> ``document d INDEXED BY ...``)."""
    return f"{table} INDEXED BY {index}" if index else table


# --- JSON inside the frozen snapshot ---


def json_value(column: ColumnElement[Any], path: str) -> ColumnElement[Any]:
    """The scalar at ``path`` (``document.exchange_rate.rate``) of a JSON text column, as
    stored (a string stays a string, a number a number); NULL when absent."""
    return func.json_extract(column, f"$.{path}")


# --- the driver ---


@contextlib.contextmanager
def dbapi_connection(engine: Engine) -> Iterator[Any]:
    """The keyed DB-API connection under a pooled SQLAlchemy connection: for SQLite's backup
    API and ``sqlcipher_export``, which SQLAlchemy does not speak."""
    with engine.connect() as conn:
        yield conn.connection.dbapi_connection
