"""Shipped resources: fonts, icons, templates, translations."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).parent


def resource_path(relative: str) -> Path:
    """The path of a shipped resource file, e.g. ``icons/invoice-desk.svg``."""
    path = ROOT / relative
    if not path.exists():
        raise FileNotFoundError(f"missing resource {relative}")
    return path
