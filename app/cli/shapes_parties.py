"""The JSON shape of a customer on the command line (docs/cli.md): ``customer show``, ``list``
and ``edit``. Only the CLI turns the typed ``Customer`` into JSON; the audit chain keeps
its own payload (app/services/parties/customers.py)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the parser imports this module; the services load with the command
    from app.domain.parties import Customer


def customer(found: Customer) -> dict[str, Any]:
    """Every field by its name, the address as an object, the discount as text (or null)."""
    out = dataclasses.asdict(found)
    if found.discount_percent is not None:
        out["discount_percent"] = str(found.discount_percent)
    return out
