"""Where the editor shows each problem of an evaluation: under its header field, on its cell
(line and column), above the grid (the lines as a whole), or in the list under the note."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.problems import Problem

DESCRIPTION, QUANTITY, UNIT, PRICE, DISCOUNT, TAX, NET = range(7)
COLUMNS = 7
# the line fields whose problems each column shows
PROBLEM_KEYS = {
    DESCRIPTION: ("description", "item_id", "note"),
    QUANTITY: ("quantity",),
    UNIT: ("unit",),
    PRICE: ("unit_price", "price_base_quantity"),
    DISCOUNT: ("allowances", "charges"),
    TAX: ("tax_category", "tax_rate", "exemption_reason", "exemption_code"),
    NET: ("net_amount",),
}
# the header fields that show their problems under themselves
HEADER_FIELDS = (
    "customer",
    "currency",
    "exchange_rate",
    "issue_date",
    "due_date",
    "delivery_date",
    "buyer_reference",
    "purchase_order",
    "payment_terms",
)
LINE_PATH = re.compile(r"lines\[(\d+)\]\.?(.*)")


@dataclass(frozen=True)
class Problems:
    """The evaluation's problems where the window shows them."""

    header: dict[str, Problem]  # header field -> its problem (under the field)
    cells: dict[tuple[int, int], Problem]  # (row, column) -> the cell's first problem
    lines: Problem | None  # about the lines as a whole
    other: tuple[Problem, ...]  # the rest (said with their field, in a list)
    count: int  # every problem that stops the issue


def route(problems: dict[str, Problem]) -> Problems:
    """Each problem to its header field, its cell (line and column), the lines, or the rest."""
    header: dict[str, Problem] = {}
    cells: dict[tuple[int, int], Problem] = {}
    lines: Problem | None = None
    other: list[Problem] = []
    for path, message in problems.items():
        key = path.split(".")[0].split("[")[0]
        match = LINE_PATH.match(path)
        if path == "lines":
            lines = message
        elif key == "lines" and match:
            _route_cell(cells, int(match[1]), match[2], message)
        elif key in HEADER_FIELDS:
            header[key] = message
        elif key != "lines":
            other.append(message)
    return Problems(header, cells, lines, tuple(other), len(problems))


def _route_cell(
    cells: dict[tuple[int, int], Problem], row: int, rest: str, message: Problem
) -> None:
    if not rest:  # about the whole line: on its description
        cells.setdefault((row, DESCRIPTION), message)
        return
    key = rest.split(".", maxsplit=1)[0].split("[", maxsplit=1)[0]
    for column, keys in PROBLEM_KEYS.items():
        if key in keys:
            cells.setdefault((row, column), message)
