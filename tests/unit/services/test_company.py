from __future__ import annotations

import pytest

from app.services.company.fields import CompanyInput, company_problems, validate_company
from app.services.errors import InvalidInput


def test_normalises_codes_vat_and_whitespace() -> None:
    clean = validate_company(
        CompanyInput(
            name="  Müller   GmbH ",
            country="de",
            currency="eur",
            vat_id="DE 136 695 976",
            city="  Köln ",
        )
    )
    assert clean == CompanyInput(
        name="Müller GmbH", country="DE", currency="EUR", vat_id="DE136695976", city="Köln"
    )


def test_every_problem_is_reported_with_its_field() -> None:
    clean, problems = company_problems(
        CompanyInput(name="", country="Germany", currency="Euro", vat_id="DE123")
    )
    assert clean is None
    assert [p.field for p in problems] == ["name", "country", "currency", "vat_id"]
    assert "not a valid VAT number" in problems[3].message


@pytest.mark.parametrize(
    ("country", "vat_id", "expected"),
    [
        ("FR", "FR 40 303 265 045", "FR40303265045"),
        ("AT", "ATU13585627", "ATU13585627"),
        ("CH", "CHE-109.322.551 MWST", "CHE109322551MWST"),
        ("US", "12-3456789", "12-3456789"),
    ],
)
def test_vat_ids_of_several_countries(country: str, vat_id: str, expected: str) -> None:
    clean = validate_company(CompanyInput(name="X", country=country, currency="EUR", vat_id=vat_id))
    assert clean.vat_id == expected


def test_a_wrong_check_digit_is_refused() -> None:
    with pytest.raises(InvalidInput, match=r"^vat_id: "):
        validate_company(CompanyInput(name="X", country="DE", currency="EUR", vat_id="DE136695977"))


@pytest.mark.parametrize("currency", ["XXX", "XTS", "", "E"])
def test_non_invoice_currencies_are_refused(currency: str) -> None:
    with pytest.raises(InvalidInput, match=r"^currency: "):
        validate_company(CompanyInput(name="X", country="DE", currency=currency))
