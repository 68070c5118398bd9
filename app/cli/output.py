"""Printing results: JSON for scripts, short text for people."""

from __future__ import annotations

import argparse
import json
from typing import Any


def print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True))


def emit(args: argparse.Namespace, data: Any, plain: str) -> None:
    if getattr(args, "json", False):
        print_json(data)
    else:
        print(plain)


def table(rows: list[list[Any]], headers: list[str]) -> str:
    widths = [max(len(str(c)) for c in col) for col in zip(headers, *rows, strict=False)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))]
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    return "\n".join(line.rstrip() for line in lines)
