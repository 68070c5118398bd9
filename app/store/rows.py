"""SQLAlchemy rows. Money and other exact numbers are stored as text, never REAL."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class AppMeta(Base):
    """Facts about the file itself (created by which version, when)."""

    __tablename__ = "app_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CompanyRow(Base):
    """The one company this file belongs to (the seller on every document)."""

    __tablename__ = "company"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    currency: Mapped[str] = mapped_column(String(3))
    vat_id: Mapped[str | None] = mapped_column(String(32))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(20))
    city: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[str] = mapped_column(String(32))


class CompanySettingRow(Base):
    """A versioned setting: a change appends a row; the newest row valid on a date wins."""

    __tablename__ = "company_setting"
    __table_args__ = (UniqueConstraint("company_id", "key", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    key: Mapped[str] = mapped_column(String(100))
    version: Mapped[int] = mapped_column(Integer)
    value_json: Mapped[str] = mapped_column(Text)
    valid_from: Mapped[str] = mapped_column(String(10))
    recorded_at: Mapped[str] = mapped_column(String(32))
