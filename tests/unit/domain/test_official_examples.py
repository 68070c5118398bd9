"""Three official EN 16931 examples (../shared/einvoice-examples/ubl), transcribed by hand into
draft JSON; our totals must equal the totals the examples state, to the cent."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.draft_format import draft_from_dict
from app.domain.totals import compute_totals

D = Decimal

# ubl-tc434-example4.xml (TOSL110, DKK): three lines, 25 % and 12 %
EXAMPLE_4 = {
    "currency": "DKK",
    "issue_date": "2013-04-10",
    "due_date": "2013-05-10",
    "purchase_order": "123",
    "delivery_date": "2013-04-15",
    "lines": [
        {
            "description": "Printing paper",
            "quantity": "1000",
            "unit": "EA",
            "unit_price": "1.00",
            "tax_category": "S",
            "tax_rate": "25",
            "item_id": "JB007",
        },
        {
            "description": "Parker Pen",
            "quantity": "100",
            "unit": "EA",
            "unit_price": "5.00",
            "tax_category": "S",
            "tax_rate": "25",
            "item_id": "JB008",
        },
        {
            "description": "American Cookies",
            "quantity": "500",
            "unit": "EA",
            "unit_price": "5.00",
            "tax_category": "S",
            "tax_rate": "12",
            "item_id": "JB009",
        },
    ],
}
# ubl-tc434-example8.xml (Enexis, EUR): ten lines, price base quantities of 12
EXAMPLE_8 = {
    "currency": "EUR",
    "lines": [
        {
            "description": "Getransporteerde kWh's",
            "quantity": "16000",
            "unit": "KWH",
            "unit_price": "0.00880",
            "price_base_quantity": "1",
            "tax_category": "S",
            "tax_rate": "21",
        },
        {
            "description": "Systeemdiensten",
            "quantity": "16000",
            "unit": "KWH",
            "unit_price": "0.00101",
            "price_base_quantity": "1",
            "tax_category": "S",
            "tax_rate": "21",
        },
        {
            "description": "Contract transportvermogen",
            "quantity": "132",
            "unit": "KW",
            "unit_price": "15.24",
            "price_base_quantity": "12",
            "tax_category": "S",
            "tax_rate": "21",
        },
        {
            "description": "Maximaal afgenomen vermogen",
            "quantity": "58",
            "unit": "KW",
            "unit_price": "1.53",
            "price_base_quantity": "1",
            "tax_category": "S",
            "tax_rate": "21",
        },
        {
            "description": "Vastrecht Transportdienst",
            "quantity": "1",
            "unit": "MON",
            "unit_price": "441.00",
            "price_base_quantity": "12",
            "tax_category": "S",
            "tax_rate": "21",
        },
        {
            "description": "Vastrecht Aansluitdienst",
            "quantity": "1",
            "unit": "MON",
            "unit_price": "678.00",
            "price_base_quantity": "12",
            "tax_category": "S",
            "tax_rate": "21",
        },
        {
            "description": "Huur Transformatoren",
            "quantity": "1",
            "unit": "MON",
            "unit_price": "83.34",
            "price_base_quantity": "1",
            "tax_category": "S",
            "tax_rate": "21",
        },
        {
            "description": "Huur Schakelinstallaties",
            "quantity": "1",
            "unit": "MON",
            "unit_price": "190.31",
            "price_base_quantity": "1",
            "tax_category": "S",
            "tax_rate": "21",
        },
        {
            "description": "Huur Overige Apparaten",
            "quantity": "1",
            "unit": "MON",
            "unit_price": "64.21",
            "price_base_quantity": "1",
            "tax_category": "S",
            "tax_rate": "21",
        },
        {
            "description": "Huur Meterdiensten",
            "quantity": "1",
            "unit": "MON",
            "unit_price": "64.46",
            "price_base_quantity": "1",
            "tax_category": "S",
            "tax_rate": "21",
        },
    ],
}
# ubl-tc434-example9.xml (EUR): one line, 3 months x 49.00 at 21 %
EXAMPLE_9 = {
    "currency": "EUR",
    "lines": [
        {
            "description": "IExpress licentiekosten",
            "quantity": "3",
            "unit": "MON",
            "unit_price": "49.00",
            "price_base_quantity": "1",
            "tax_category": "S",
            "tax_rate": "21",
        }
    ],
}


@pytest.mark.parametrize(
    ("example", "line_nets", "breakdown", "exclusive", "vat", "inclusive"),
    [
        (
            EXAMPLE_4,
            ["1000.00", "500.00", "2500.00"],
            [("12", "2500.00", "300.00"), ("25", "1500.00", "375.00")],
            "4000.00",
            "675.00",
            "4675.00",
        ),
        (
            EXAMPLE_8,
            [
                "140.80",
                "16.16",
                "167.64",
                "88.74",
                "36.75",
                "56.50",
                "83.34",
                "190.31",
                "64.21",
                "64.46",
            ],
            [("21", "908.91", "190.87")],
            "908.91",
            "190.87",
            "1099.78",
        ),
        (EXAMPLE_9, ["147.00"], [("21", "147.00", "30.87")], "147.00", "30.87", "177.87"),
    ],
    ids=["ubl-tc434-example4", "ubl-tc434-example8", "ubl-tc434-example9"],
)
def test_our_totals_equal_the_official_examples(
    example: dict,
    line_nets: list[str],
    breakdown: list[tuple[str, str, str]],
    exclusive: str,
    vat: str,
    inclusive: str,
) -> None:
    totals = compute_totals(draft_from_dict(example))
    assert [str(a.net) for a in totals.lines] == line_nets
    assert [(str(b.rate), str(b.taxable), str(b.tax)) for b in totals.vat_breakdown] == breakdown
    assert (totals.tax_exclusive, totals.tax_total, totals.tax_inclusive, totals.payable) == (
        D(exclusive),
        D(vat),
        D(inclusive),
        D(inclusive),
    )
