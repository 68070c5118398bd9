"""The EPC069-12 payload behind the GiroCode, and the QR symbol that carries it."""

from __future__ import annotations

from decimal import Decimal

import pytest
import zxingcpp
from PIL import Image

from app.render.epc_qr import epc_matrix, epc_payload

TRANSFER = {
    "name": "Kowalski  Łódź\tSp. z o.o.",
    "iban": "de89 3704 0044 0532 0130 00",
    "bic": "COBA DEFF XXX",
    "amount": Decimal("1234.5"),
    "reference": "INV-2026-00042",
}


def test_the_payload_has_the_eleven_fields_of_version_002() -> None:
    payload = epc_payload(**TRANSFER)
    assert payload is not None
    assert payload.decode("utf-8").split("\n") == [
        "BCD",
        "002",
        "1",
        "SCT",
        "COBADEFFXXX",
        "Kowalski Łódź Sp. z o.o.",
        "DE89370400440532013000",
        "EUR1234.50",
        "",
        "",
        "INV-2026-00042",
    ]


def test_the_bic_may_be_left_out_and_long_texts_are_cut_to_the_guideline() -> None:
    payload = epc_payload(**{**TRANSFER, "bic": None, "name": "N" * 90, "reference": "R" * 200})
    assert payload is not None
    fields = payload.decode("utf-8").split("\n")
    assert (fields[4], len(fields[5]), len(fields[10])) == ("", 70, 140)


@pytest.mark.parametrize("amount", ["0", "-5.00", "0.004", "1000000000.00"])
def test_an_amount_a_transfer_code_cannot_carry_gives_no_code(amount: str) -> None:
    assert epc_payload(**{**TRANSFER, "amount": Decimal(amount)}) is None
    assert epc_matrix(**{**TRANSFER, "amount": Decimal(amount)}) is None


def test_the_symbol_decodes_to_the_payload_at_level_m() -> None:
    matrix = epc_matrix(**TRANSFER)
    assert matrix is not None
    size = len(matrix)
    assert all(len(row) == size for row in matrix) and (size - 17) % 4 == 0  # a QR version
    # draw it as a scanner sees it: 8 pixels a module, a quiet zone of 4 modules
    image = Image.new("L", ((size + 8) * 8,) * 2, 255)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                image.paste(0, ((x + 4) * 8, (y + 4) * 8, (x + 5) * 8, (y + 5) * 8))
    found = zxingcpp.read_barcode(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert found is not None
    assert found.bytes == epc_payload(**TRANSFER)
    assert found.ec_level == "M"
