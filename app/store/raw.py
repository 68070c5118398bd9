"""The DB-API connection under a session's transaction, for the few hot statements.

Issuing runs a handful of fixed statements per invoice; going straight to the driver avoids
SQLAlchemy's per-statement overhead (see bench/issue.py). Same connection, same transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session


def raw_connection(session: Session) -> Any:
    return session.connection().connection.dbapi_connection
