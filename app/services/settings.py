"""Company settings: versioned rows (a change appends), each change in the audit chain."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from app.services.audit_log import record
from app.services.clock import now_iso, today
from app.services.errors import InvalidInput
from app.services.ports import Context


def _choice(*allowed: str) -> Callable[[str], Any]:
    def parse(value: str) -> Any:
        if value not in allowed:
            raise InvalidInput("VALUE", f"{value!r} is not one of {', '.join(allowed)}")
        return value

    return parse


def _whole(low: int, high: int) -> Callable[[str], Any]:
    def parse(value: str) -> Any:
        if not value.strip().isdigit() or not low <= int(value) <= high:
            raise InvalidInput("VALUE", f"{value!r} is not a whole number from {low} to {high}")
        return int(value)

    return parse


SETTINGS: dict[str, tuple[Callable[[str], Any], str]] = {
    "tax.vat_rounding": (
        _choice("document", "line"),
        "VAT rounding: once per category and rate (document, EN 16931) or per line (line)",
    ),
    "security.auto_lock_minutes": (
        _whole(0, 1440),
        "lock the window after idle minutes (0 = never)",
    ),
    "backup.keep_automatic": (_whole(1, 100), "automatic backups kept before schema upgrades"),
}
DEFAULTS: dict[str, Any] = {"tax.vat_rounding": "document"}


def current_settings(ctx: Context) -> dict[str, Any]:
    with ctx.uow() as uow:
        return {**DEFAULTS, **uow.company.profile().settings}


def set_setting(ctx: Context, key: str, value: str) -> dict[str, Any]:
    """Change a setting from today on; earlier documents keep what they were issued with."""
    if key not in SETTINGS:
        raise InvalidInput("KEY", f"unknown setting {key!r}; known: {', '.join(sorted(SETTINGS))}")
    parsed = SETTINGS[key][0](value)
    with ctx.uow() as uow:
        version = uow.company.set_setting(
            key, json.dumps(parsed), today(ctx).isoformat(), now_iso(ctx)
        )
        record(
            uow,
            ctx,
            "setting.change",
            entity_type="setting",
            entity_id=key,
            payload={"key": key, "value": parsed, "version": version},
        )
        uow.commit()
    return {"key": key, "value": parsed, "version": version}
