"""The unit of work: one SQLAlchemy session, one transaction (BEGIN IMMEDIATE on SQLite)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.domain.invariants import broken
from app.store.repos_audit import SqlAudit, SqlIdempotency
from app.store.repos_documents import SqlDocuments
from app.store.repos_email import SqlEmailLog
from app.store.repos_ledger import SqlLedger
from app.store.repos_parties import SqlCompany, SqlCustomers, SqlProducts, SqlTaxRates
from app.store.repos_series import SqlSeries

if TYPE_CHECKING:
    from app.store.repos_sync import SqlBundles, SqlOutbox


class SqlUnitOfWork:
    """``with uow: ...; uow.commit()``; leaving the block without commit rolls back."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory
        self.session: Session | None = None

    def __enter__(self) -> SqlUnitOfWork:
        session = self._factory()
        self.session = session
        self.customers = SqlCustomers(session)
        self.products = SqlProducts(session)
        self.tax_rates = SqlTaxRates(session)
        self.series = SqlSeries(session)
        self.documents = SqlDocuments(session)
        self.audit = SqlAudit(session)
        self.idempotency = SqlIdempotency(session)
        self.company = SqlCompany(session)
        self.ledger = SqlLedger(session)
        self.emails = SqlEmailLog(session)
        return self

    @property
    def bundles(self) -> SqlBundles:
        """The accountant's bundles (their rows are mapped on first use, not at start-up)."""
        from app.store.repos_sync import SqlBundles

        if self.session is None:
            raise broken("self.session is None")
        return SqlBundles(self.session)

    @property
    def outbox(self) -> SqlOutbox:
        from app.store.repos_sync import SqlOutbox

        if self.session is None:
            raise broken("self.session is None")
        return SqlOutbox(self.session)

    def __exit__(self, *exc: object) -> None:
        if self.session is None:
            raise broken("self.session is None")
        self.session.rollback()
        self.session.close()
        self.session = None

    def commit(self) -> None:
        if self.session is None:
            raise broken("self.session is None")
        self.session.commit()


def unit_of_work_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False, autoflush=False)
