"""The EPC ("GiroCode") QR code for a SEPA credit transfer, drawn as vector squares."""

from __future__ import annotations

from decimal import Decimal

from reportlab.pdfgen.canvas import Canvas
from segno import helpers


def epc_matrix(
    *, name: str, iban: str, bic: str | None, amount: Decimal, reference: str
) -> tuple[tuple[int, ...], ...]:
    """The QR modules of an EPC069-12 payload (version 002, UTF-8)."""
    code = helpers.make_epc_qr(
        name=name[:70],
        iban=iban,
        amount=amount,
        text=reference[:140],
        bic=bic,
        encoding="utf-8",
    )
    return tuple(tuple(row) for row in code.matrix)


def draw_matrix(
    pdf: Canvas, matrix: tuple[tuple[int, ...], ...], x: float, y: float, size: float
) -> None:
    """Draw the modules in a square of ``size`` points whose lower-left corner is (x, y)."""
    count = len(matrix) + 8  # the quiet zone of four modules on each side
    module = size / count
    pdf.saveState()
    pdf.setFillColorRGB(0, 0, 0)
    path = pdf.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + 4) * module
        start = None
        for col_index, dark in enumerate((*row, 0)):
            if dark and start is None:
                start = col_index
            elif not dark and start is not None:  # one rectangle per run of dark modules
                width = (col_index - start) * module
                path.rect(x + (start + 4) * module, top - module, width, module)
                start = None
    pdf.drawPath(path, stroke=0, fill=1)
    pdf.restoreState()
