"""The embedded fonts (DejaVu Sans, shipped in resources/fonts), registered once per process.

Two choices here make a one-page invoice about a fifth cheaper to write (bench/pdf.py,
docs/performance.md):

- Subsets hold only the characters a document uses. reportlab's default ("ASCII readable")
  puts all 95 printable ASCII glyphs into every subset whether used or not; the text stays
  extractable either way, through the ToUnicode map each subset carries.
- Each subset's width array is written in one call instead of one PDF object per number.
- Streams are compressed at zlib level 3 instead of 6: about 0.5 ms less per invoice for about
  6 % more bytes (level 1 would save 0.2 ms more for another 3 %).
"""

from __future__ import annotations

import threading
import zlib
from pathlib import Path
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import resources

FONTS = Path(resources.__file__).parent / "fonts"
REGULAR = "InvoiceDesk-Sans"
BOLD = "InvoiceDesk-Sans-Bold"
ZLIB_LEVEL = 3
_lock = threading.Lock()
_registered: set[str] = set()


class _Widths(pdfdoc.PDFObject):  # type: ignore[misc]
    """A font's width array, formatted in one go."""

    def __init__(self, widths: list[float]) -> None:
        self.widths = widths

    def format(self, document: Any) -> bytes:
        return b"[" + str(fp_str(*self.widths)).encode("ascii") + b"]"


class _EmbeddedFont(TTFont):  # type: ignore[misc]
    def __init__(self, name: str, file: Path) -> None:
        super().__init__(name, str(file), asciiReadable=False)

    def addObjects(self, doc: Any) -> None:
        fonts = doc.idToObject["BasicFonts"].dict
        known = set(fonts)
        super().addObjects(doc)
        for name in fonts.keys() - known:  # the subsets just added
            fonts[name].Widths = _Widths(list(fonts[name].Widths.sequence))


class _Flate(pdfdoc.PDFStreamFilterZCompress):  # type: ignore[misc]
    def encode(self, text: str | bytes) -> bytes:
        return zlib.compress(text.encode("utf-8") if isinstance(text, str) else text, ZLIB_LEVEL)


def register_fonts() -> None:
    """Register the TrueType fonts with reportlab (embedded as subsets in every PDF)."""
    with _lock:
        # reportlab looks its Flate filter up at each use; this process writes only our PDFs
        if not isinstance(pdfdoc.PDFZCompress, _Flate):
            pdfdoc.PDFZCompress = _Flate()
        for name, file in ((REGULAR, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
            if name not in _registered:
                pdfmetrics.registerFont(_EmbeddedFont(name, FONTS / file))
                _registered.add(name)
