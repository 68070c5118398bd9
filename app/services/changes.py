"""What a use case touched: the record every mutating use case returns with its result.

The store thread (``ui/common/store_thread.py``, ``run``) broadcasts it after the transaction
committed, and each page re-queries only when a change touches what it shows (after Anki's
``OpChanges``).
A use case that has a value to return carries its ``Changes`` as a field named ``changes``
(e.g. ``Issued.changes``); one with nothing else to say returns the ``Changes`` itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, Protocol, TypeVar, runtime_checkable

T = TypeVar("T")


class Kind(StrEnum):
    """A kind of data that pages show."""

    DOCUMENTS = "documents"  # drafts, issued documents, their files and emails
    RECEIVABLES = "receivables"  # payments, allocations, refunds, write-offs, reminders
    PARTIES = "parties"  # customers
    PRODUCTS = "products"
    SETTINGS = "settings"  # company settings, details, logo, tax rates, number series
    AUDIT = "audit"  # the audit chain
    BUNDLES = "bundles"  # the accountant's bundles, destinations, the outbox


@dataclass(frozen=True)
class Changes:
    """The kinds of data one committed use case changed."""

    kinds: frozenset[Kind] = frozenset()

    @classmethod
    def of(cls, *kinds: Kind) -> Changes:
        return cls(frozenset(kinds))

    def touches(self, *kinds: Kind) -> bool:
        """True when any of ``kinds`` changed."""
        return not self.kinds.isdisjoint(kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds)

    def __bool__(self) -> bool:
        return bool(self.kinds)


NOTHING = Changes()
EVERYTHING = Changes(frozenset(Kind))


@runtime_checkable
class HasChanges(Protocol):
    """A use case's result that says what it changed."""

    @property
    def changes(self) -> Changes: ...


def changes_of(result: object) -> Changes:
    """The ``Changes`` a use case's result carries (none for a plain query result)."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, HasChanges):
        return result.changes
    return NOTHING


@dataclass(frozen=True)
class Done(Generic[T]):
    """A use case's result ``value`` together with what it changed."""

    value: T
    changes: Changes
