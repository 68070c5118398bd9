"""The JSON shapes of the command line (docs/cli.md is their contract): typed results of the
use cases in, plain JSON values out. Only the CLI turns results into JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the parser imports this module; the services load with the command
    from app.services.issuing import Issued


def issued(result: Issued) -> dict[str, Any]:
    """``invoice issue``: ``{"id", "number"}``."""
    return {"id": result.document_id, "number": result.number}
