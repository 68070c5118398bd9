"""Strings written straight into the page stream: where they land, and that they read back."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from app.render.fonts import BOLD, REGULAR, register_fonts
from app.render.text_ops import draw_text

# more than 256 different characters, so the text runs over two subsets of the font
LETTERS = (*range(0x41, 0x5B), *range(0xC0, 0x17F), *range(0x391, 0x3A2), *range(0x3A3, 0x3CA))
MANY = "".join(chr(c) for c in LETTERS)


def _placed(pdf: bytes) -> dict[str, float]:
    """Each shown string and the x its text matrix puts it at."""
    placed: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            placed[text] = placed.get(text, tm[4])

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return placed


def _page(*draws: tuple[float, float, str, str, str]) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    pdf = Canvas(buffer, pagesize=(600, 400), invariant=1, initialFontName=REGULAR)
    for x, y, value, font, align in draws:
        draw_text(pdf, x, y, value, font_name=font, size=10, align=align)  # type: ignore[arg-type]
    pdf.save()
    return buffer.getvalue()


def test_left_right_and_centred_strings_land_where_asked() -> None:
    pdf = _page(
        (100, 300, "Left Łódź", REGULAR, "left"),
        (400, 250, "Right Müller", BOLD, "right"),
        (300, 200, "Centre Ελλάδα", REGULAR, "centre"),
    )
    placed = _placed(pdf)
    assert placed["Left Łódź"] == pytest.approx(100)
    right = pdfmetrics.stringWidth("Right Müller", BOLD, 10)
    assert placed["Right Müller"] == pytest.approx(400 - right)
    centre = pdfmetrics.stringWidth("Centre Ελλάδα", REGULAR, 10)
    assert placed["Centre Ελλάδα"] == pytest.approx(300 - centre / 2)


def test_the_width_arrays_match_the_font(tmp_path: Path) -> None:
    """poppler places each word by the /Widths of the embedded subset: the right edges agree."""
    pdf = tmp_path / "widths.pdf"
    greek = MANY[-20:]  # after the first 255 characters: in subset 1
    pdf.write_bytes(
        _page(
            (400, 250, "Right Müller", BOLD, "right"),
            (0, 380, MANY, REGULAR, "left"),  # runs off the page; assigns the codes
            (50, 100, greek, REGULAR, "left"),
        )
    )
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    edges = {word: float(x) for x, word in re.findall(r'xMax="([\d.]+)".*>(.+)</word>', boxes)}
    assert edges["Müller"] == pytest.approx(400, abs=0.05)
    assert edges[greek] == pytest.approx(50 + pdfmetrics.stringWidth(greek, REGULAR, 10), abs=0.05)


def test_a_string_over_two_font_subsets_reads_back_whole() -> None:
    assert len(set(MANY)) > 256
    pdf = _page((10, 300, MANY, REGULAR, "left"), (10, 280, "Çağrı (a\\b)", REGULAR, "left"))
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert MANY in text.replace("\n", "")
    assert "Çağrı (a\\b)" in text
    fonts = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"]
    assert sorted(fonts) == ["/F1+0", "/F1+1"]  # subsets 0 and 1 of the regular font


def test_only_embedded_truetype_fonts_are_accepted() -> None:
    buffer = io.BytesIO()
    with pytest.raises(TypeError, match="Helvetica is not an embedded TrueType font"):
        draw_text(Canvas(buffer), 0, 0, "x", font_name="Helvetica", size=9)
