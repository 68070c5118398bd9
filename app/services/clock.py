"""Time as the use cases see it: the context's clock, never the system's directly."""

from __future__ import annotations

from datetime import UTC, date

from app.services.ports import Context


def now_iso(ctx: Context) -> str:
    """The moment, in UTC, for audit entries and record times."""
    return ctx.clock().astimezone(UTC).isoformat(timespec="seconds")


def today(ctx: Context) -> date:
    """The local calendar day, for issue dates."""
    return ctx.clock().date()
