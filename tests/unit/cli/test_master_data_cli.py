"""customer, product, tax-rate, series and settings commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Result, run_cli


@pytest.fixture
def cli(company: Path, passphrase_file: Path):  # type: ignore[no-untyped-def]
    def call(*args: str) -> Result:
        return run_cli("--file", company, "--passphrase-file", passphrase_file, *args)

    return call


def test_customers_add_list_show_edit(cli) -> None:  # type: ignore[no-untyped-def]
    first = cli(
        "customer",
        "add",
        "--name",
        "Łódź Trading Sp. z o.o.",
        "--country",
        "PL",
        "--vat-id",
        "PL 526-104-08-28",
        "--street",
        "ul. Piotrkowska 1",
        "--postcode",
        "90-001",
        "--city",
        "Łódź",
        "--electronic-address",
        "5261040828",
        "--electronic-address-scheme",
        "9945",
        "--email",
        "faktury@lodz.example",
        "--language",
        "pl",
        "--payment-terms-days",
        "14",
        "--json",
    )
    assert first.code == 0, first.err
    customer = first.json()["id"]  # type: ignore[index]
    shown = cli("customer", "show", str(customer), "--json").json()
    assert shown["vat_id"] == "PL5261040828"  # type: ignore[index]
    assert shown["address"]["city"] == "Łódź"  # type: ignore[index]
    assert shown["payment_terms_days"] == 14  # type: ignore[index]
    edited = cli("customer", "edit", str(customer), "--email", "ap@lodz.example", "--json")
    assert edited.code == 0 and edited.json()["email"] == "ap@lodz.example"  # type: ignore[index]
    assert edited.json()["vat_id"] == "PL5261040828"  # type: ignore[index]
    listed = cli("customer", "list", "--search", "łódź", "--json").json()
    assert [c["id"] for c in listed] == [customer]  # type: ignore[union-attr,index]
    bad = cli(
        "customer",
        "add",
        "--name",
        "",
        "--country",
        "XX",
        "--email",
        "nope",
        "--electronic-address",
        "123",
    )
    assert bad.code == 2
    for field in ("--name", "--country", "--email", "--electronic-address-scheme"):
        assert field in bad.err
    assert cli("customer", "show", "99").code == 2


def test_products_take_their_tax_from_the_table(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert (
        cli(
            "product",
            "add",
            "--name",
            "Beratung",
            "--unit",
            "hur",
            "--price",
            "120.00",
            "--tax",
            "standard",
        ).code
        == 0
    )
    assert cli("product", "add", "--name", "Buch", "--price", "12,50", "--tax", "reduced").code == 2
    missing = cli("product", "add", "--name", "X", "--price", "1", "--tax", "luxury")
    assert missing.code == 2 and "no tax rate named 'luxury'" in missing.err
    products = cli("product", "list", "--json").json()
    assert products == [
        {
            "id": 1,
            "name": "Beratung",
            "unit": "HUR",
            "unit_price": "120.00",
            "tax": "standard",
            "description": None,
        }
    ]
    rates = {r["name"]: r for r in cli("tax-rate", "list", "--json").json()}  # type: ignore[union-attr]
    assert rates["standard"]["rate"] == "19" and rates["reduced"]["rate"] == "7"
    assert rates["reverse-charge"]["exemption_code"] == "VATEX-EU-AE"
    assert (
        cli(
            "tax-rate",
            "add",
            "--name",
            "standard",
            "--category",
            "S",
            "--rate",
            "20",
            "--valid-from",
            "2027-01-01",
        ).code
        == 0
    )
    assert (
        cli(
            "tax-rate",
            "add",
            "--name",
            "zero2",
            "--category",
            "S",
            "--rate",
            "0",
            "--valid-from",
            "2027-01-01",
        ).code
        == 2
    )


def test_series_and_settings(cli) -> None:  # type: ignore[no-untyped-def]
    assert (
        cli(
            "series",
            "add",
            "--name",
            "SHOP",
            "--type",
            "invoice",
            "--pattern",
            "SHOP-{yy}{month:02}-{seq:04}",
        ).code
        == 0
    )
    clash = cli(
        "series", "add", "--name", "INV2", "--type", "invoice", "--pattern", "INV-{year}/{seq}"
    )
    assert clash.code == 2 and "collide" in clash.err
    no_year = cli("series", "add", "--name", "X", "--type", "invoice", "--pattern", "X-{seq}")
    assert no_year.code == 2 and "needs {year} or {yy}" in no_year.err
    names = [s["name"] for s in cli("series", "list", "--json").json()]  # type: ignore[union-attr]
    assert names == ["INV", "CN", "DN", "SHOP"]
    assert cli("settings", "set", "tax.vat_rounding", "line").code == 0
    current = cli("settings", "list", "--json").json()
    assert current["tax.vat_rounding"] == "line"  # type: ignore[index]
    assert cli("settings", "set", "no.such", "1").code == 2


def test_a_product_changes_only_in_what_is_given(cli) -> None:  # type: ignore[no-untyped-def]
    cli(
        "product",
        "add",
        "--name",
        "Beratung",
        "--unit",
        "HUR",
        "--price",
        "120",
        "--tax",
        "standard",
    )
    assert cli("product", "edit", "1", "--price", "130.00", "--tax", "reduced").code == 0
    bad = cli("product", "edit", "1", "--unit", "hours")
    assert bad.code == 2 and "not a UN/ECE Rec 20 unit code" in bad.err
    assert cli("product", "edit", "9", "--price", "1").code != 0
    [product] = cli("product", "list", "--json").json()
    assert (product["name"], product["unit"], product["unit_price"], product["tax"]) == (
        "Beratung",
        "HUR",
        "130.00",
        "reduced",
    )
    assert cli("audit", "verify").code == 0  # the change is in the chain, which holds
