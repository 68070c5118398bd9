"""The embedded fonts (DejaVu Sans, shipped in resources/fonts), registered once per process."""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import resources

FONTS = Path(resources.__file__).parent / "fonts"
REGULAR = "InvoiceDesk-Sans"
BOLD = "InvoiceDesk-Sans-Bold"
_lock = threading.Lock()
_registered: set[str] = set()


def register_fonts() -> None:
    """Register the TrueType fonts with reportlab (embedded as subsets in every PDF)."""
    with _lock:
        for name, file in ((REGULAR, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
            if name not in _registered:
                pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))
                _registered.add(name)


def text_width(text: str, size: float, bold: bool = False) -> float:
    return float(pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size))
