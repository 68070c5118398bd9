"""The lines table: rows wrapped to their column, split over pages with the header repeated
and the running net total carried forward and brought forward."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.utils import simpleSplit

from app.domain.documents import IssuedDocument
from app.render.fonts import REGULAR
from app.services.formatting import Formatter

SIZE = 8.5
LEADING = 11.0
HEADER_HEIGHT = 18.0
FORWARD_HEIGHT = 16.0
# column: (label key, width share of the table, right-aligned)
COLUMNS = (
    ("pos", 0.06, False),
    ("description", 0.40, False),
    ("quantity", 0.10, True),
    ("unit", 0.07, False),
    ("unit_price", 0.13, True),
    ("vat", 0.08, True),
    ("amount", 0.16, True),
)


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    description: tuple[str, ...]  # the wrapped lines of the description column
    net: Decimal

    @property
    def height(self) -> float:
        return LEADING * max(1, len(self.description)) + 4


def column_widths(table_width: float) -> list[float]:
    return [share * table_width for _, share, _ in COLUMNS]


def rows(doc: IssuedDocument, fmt: Formatter, table_width: float) -> list[Row]:
    """One row per line, the description (with item id and note) wrapped to its column."""
    width = column_widths(table_width)[1] - 6
    out = []
    for position, (line, amounts) in enumerate(
        zip(doc.draft.lines, doc.totals.lines, strict=True), 1
    ):
        text = line.description + (f" [{line.item_id}]" if line.item_id else "")
        wrapped = simpleSplit(text, REGULAR, SIZE, width) or [""]
        if line.note:
            wrapped += simpleSplit(line.note, REGULAR, SIZE, width)
        for item in line.allowances + line.charges:
            if item.reason:
                wrapped += simpleSplit(f"– {item.reason}", REGULAR, SIZE, width)
        price = fmt.amount(line.unit_price)
        if line.price_base_quantity != 1:
            price += f" / {fmt.number(line.price_base_quantity)}"
        out.append(
            Row(
                cells=(
                    str(position),
                    "",
                    fmt.number(line.quantity),
                    line.unit,
                    price,
                    fmt.percent(line.tax_rate) if line.tax_rate is not None else "",
                    fmt.amount(amounts.net),
                ),
                description=tuple(wrapped),
                net=amounts.net,
            )
        )
    return out


def paginate(all_rows: list[Row], first: float, other: float, tail: float) -> list[list[Row]]:
    """Split rows into pages: ``first`` and ``other`` are the heights available for rows on the
    first and the following pages; ``tail`` the height the totals need after the last row.

    Every page but the last keeps room for the carried-forward line; every page but the first
    spends room on the brought-forward line. The totals never start a page alone with nothing
    above them: if they do not fit under the last row, the last row moves with them.
    """
    pages: list[list[Row]] = [[]]
    room = first - HEADER_HEIGHT
    for row in all_rows:
        if row.height > room - FORWARD_HEIGHT and pages[-1]:
            pages.append([])
            room = other - HEADER_HEIGHT - FORWARD_HEIGHT
        pages[-1].append(row)
        room -= row.height
    if tail > room:
        moved = pages[-1].pop() if len(pages[-1]) > 1 else None
        pages.append([moved] if moved else [])
    return pages
