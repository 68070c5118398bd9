"""Page geometry: paper sizes, the address window of the envelope, margins (points)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch, mm


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    left: float
    right: float  # x of the right margin
    window_x: float  # the envelope window: where the recipient's address goes
    window_top: float  # distance from the top of the page
    window_width: float
    window_height: float
    body_top: float  # distance from the top where the lines start on page one
    footer_height: float

    def y(self, from_top: float) -> float:
        """reportlab measures from the bottom; layouts are easier from the top."""
        return self.height - from_top


PAGES = {
    # DIN 5008 form B on A4, for C5/6 and DL window envelopes: window 85 x 45 mm at 20 mm from
    # the left and 45 mm from the top; the first 17.7 mm of it hold the return address.
    "a4": Page(
        width=A4[0],
        height=A4[1],
        left=20 * mm,
        right=A4[0] - 15 * mm,
        window_x=20 * mm,
        window_top=45 * mm,
        window_width=85 * mm,
        window_height=45 * mm,
        body_top=100 * mm,
        footer_height=28 * mm,
    ),
    # US Letter for a #10 window envelope: window 4 x 1 1/8 in, 7/8 in from the left, its top
    # 2 in from the top of the sheet when folded in three.
    "letter": Page(
        width=LETTER[0],
        height=LETTER[1],
        left=0.875 * inch,
        right=LETTER[0] - 0.6 * inch,
        window_x=0.875 * inch,
        window_top=1.75 * inch,
        window_width=4 * inch,
        window_height=1.375 * inch,
        body_top=3.9 * inch,
        footer_height=1.1 * inch,
    ),
}
