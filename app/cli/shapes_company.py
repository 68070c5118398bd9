"""The JSON shapes of the company's own data on the command line (docs/cli.md): details,
logo, settings and number series. Only the CLI turns these results into JSON."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the parser imports this module; the services load with the command
    from app.services.company.company_details import LogoSet
    from app.services.company.series import SeriesRow
    from app.services.company.settings import SettingSet
    from app.services.ports import CompanyDetails


def company_details(details: CompanyDetails) -> dict[str, Any]:
    """``company show`` / ``company edit``: every field by its name, in the stored order."""
    return asdict(details)


def logo_set(result: LogoSet) -> dict[str, Any]:
    """``company logo``: ``{"key", "sha256", "version"}`` (sha256 null when removed)."""
    return {"key": result.key, "sha256": result.sha256, "version": result.version}


def setting_set(result: SettingSet) -> dict[str, Any]:
    """``settings set``: ``{"key", "value", "version"}``, the value as stored."""
    return {"key": result.key, "value": result.value, "version": result.version}


def series_row(row: SeriesRow) -> dict[str, Any]:
    """A row of ``series list``: the type's value, last numbers keyed by the period's text."""
    return {
        "name": row.name,
        "type": row.type.value,
        "pattern": row.pattern,
        "reset_yearly": row.reset_yearly,
        "last_numbers": {str(period): last for period, last in row.last_numbers},
    }
