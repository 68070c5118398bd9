"""Worked examples with totals checked by hand, and properties that hold for any lines."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.documents import ExchangeRate
from app.domain.tax import TaxCategory
from app.domain.totals import VatRounding, compute_totals
from tests.unit.domain.helpers import allowance, draft, line

D = Decimal


def test_contract_example_with_two_rates_allowances_and_a_charge() -> None:
    # 10 h x 95.00 (19 %) = 950.00; 2 x 12.50 - 2.00 (7 %) = 23.00; line total 973.00
    # document allowance 10.00 (19 %), charge 5 % of 973.00 = 48.65 (19 %)
    # 19 %: 950.00 - 10.00 + 48.65 = 988.65 -> VAT 187.8435 -> 187.84
    # 7 %: 23.00 -> VAT 1.61; total VAT 189.45; without VAT 1011.65; with VAT 1201.10
    totals = compute_totals(
        draft(
            line("10", "95.00", rate="19", unit="HUR"),
            line("2", "12.50", rate="7", allowances=(allowance("2.00"),)),
            allowances=(allowance("10.00", cat="S", rate="19"),),
            charges=(allowance(percent="5", cat="S", rate="19", charge=True),),
        )
    )
    assert [a.net for a in totals.lines] == [D("950.00"), D("23.00")]
    assert totals.line_total == D("973.00")
    assert totals.allowance_total == D("10.00")
    assert totals.charge_total == D("48.65")
    assert totals.tax_exclusive == D("1011.65")
    assert [(str(b.rate), b.taxable, b.tax) for b in totals.vat_breakdown] == [
        ("7", D("23.00"), D("1.61")),
        ("19", D("988.65"), D("187.84")),
    ]
    assert totals.tax_total == D("189.45")
    assert totals.tax_inclusive == totals.payable == D("1201.10")


def test_vat_is_rounded_once_per_rate_not_per_line() -> None:
    # four lines of 1.05 at 7 %: per line 0.0735 -> 0.07 each, 0.28 in all;
    # once on the sum: 4.20 x 7 % = 0.294 -> 0.29
    lines = [line("1", "1.05", rate="7") for _ in range(4)]
    document = compute_totals(draft(*lines))
    per_line = compute_totals(draft(*lines), VatRounding.LINE)
    assert document.tax_total == D("0.29")
    assert per_line.tax_total == D("0.28")
    assert document.vat_breakdown[0].taxable == per_line.vat_breakdown[0].taxable == D("4.20")


def test_price_base_quantity_and_rounding_of_the_line_net_amount() -> None:
    # 132 kW x 15.24 per 12 kW = 167.64; 16000 kWh x 0.00880 = 140.80; 3 x 0.333 = 0.999 -> 1.00
    totals = compute_totals(
        draft(
            line("132", "15.24", rate="21", price_base_quantity=D("12")),
            line("16000", "0.00880", rate="21"),
            line("3", "0.333", rate="21"),
        )
    )
    assert [a.net for a in totals.lines] == [D("167.64"), D("140.80"), D("1.00")]


def test_line_allowance_and_charge_in_percent() -> None:
    # 4 x 25.00 = 100.00; 10 % allowance = 10.00; 2.5 % charge = 2.50 -> 92.50; VAT 20 % = 18.50
    totals = compute_totals(
        draft(
            line(
                "4",
                "25.00",
                rate="20",
                allowances=(allowance(percent="10"),),
                charges=(allowance(percent="2.5", charge=True),),
            )
        )
    )
    assert totals.lines[0].allowances == (D("10.00"),)
    assert totals.lines[0].charges == (D("2.50"),)
    assert totals.line_total == D("92.50")
    assert totals.tax_total == D("18.50")


def test_every_zero_category_and_the_exemption_reasons() -> None:
    totals = compute_totals(
        draft(
            line("1", "100.00", cat="Z", rate="0"),
            line("1", "200.00", cat="E", rate="0", exemption_reason="Art. 132 medical care"),
            line("1", "300.00", cat="AE", rate="0", exemption_code="VATEX-EU-AE"),
            line("1", "400.00", cat="K", rate="0", exemption_code="VATEX-EU-IC"),
            line("1", "500.00", cat="G", rate="0", exemption_code="VATEX-EU-G"),
            line("1", "10.00", cat="L", rate="7"),
            line("1", "10.00", cat="M", rate="4"),
        )
    )
    by_category = {b.category: b for b in totals.vat_breakdown}
    assert by_category[TaxCategory.EXEMPT].exemption_reason == "Art. 132 medical care"
    assert by_category[TaxCategory.REVERSE_CHARGE].exemption_code == "VATEX-EU-AE"
    assert all(by_category[c].tax == 0 for c in ("Z", "E", "AE", "K", "G"))
    assert by_category[TaxCategory.CANARY_IGIC].tax == D("0.70")
    assert [str(b.rate) for b in totals.vat_breakdown if b.rate is not None] == [
        "0",
        "0",
        "0",
        "0",
        "7",
        "4",
        "0",
    ]
    assert by_category[TaxCategory.CEUTA_MELILLA_IPSI].tax == D("0.40")
    assert totals.tax_exclusive == D("1520.00")
    assert totals.tax_total == D("1.10")


def test_not_subject_to_vat_has_no_rate() -> None:
    totals = compute_totals(
        draft(line("2", "50.00", cat="O", rate=None, exemption_code="VATEX-EU-O"))
    )
    assert totals.vat_breakdown[0].rate is None
    assert (totals.tax_total, totals.payable) == (D("0.00"), D("100.00"))


def test_yen_has_no_decimals() -> None:
    # 3 x 1,234 = 3,702; allowance 5 % = 185.1 -> 185; 3,517 x 10 % = 351.7 -> 352
    totals = compute_totals(
        draft(
            line("3", "1234", rate="10"),
            currency="JPY",
            allowances=(allowance(percent="5", cat="S", rate="10"),),
        )
    )
    assert totals.allowance_total == D("185")
    assert totals.tax_exclusive == D("3517")
    assert totals.tax_total == D("352")
    assert totals.payable == D("3869")


def test_bahraini_dinar_has_three_decimals() -> None:
    # 7 x 1.2345 = 8.6415 -> 8.642 (half-up); VAT 10 % = 0.8642 -> 0.864
    totals = compute_totals(draft(line("7", "1.2345", rate="10"), currency="BHD"))
    assert totals.line_total == D("8.642")
    assert totals.tax_total == D("0.864")
    assert totals.payable == D("9.506")


def test_prepaid_and_cash_rounding() -> None:
    # 3 x 3.33 = 9.99; 8.1 % = 0.80919 -> 0.81; total 10.80; prepaid 5.00 -> 5.80 -> 5.80 (0.05)
    # with 2 x 3.33: 6.66 + 0.54 = 7.20 - 1.03 = 6.17 -> 6.15, rounding -0.02
    totals = compute_totals(
        draft(
            line("2", "3.33", rate="8.1"),
            currency="CHF",
            prepaid=D("1.03"),
            cash_rounding=D("0.05"),
        )
    )
    assert totals.tax_inclusive == D("7.20")
    assert totals.prepaid == D("1.03")
    assert totals.rounding == D("-0.02")
    assert totals.payable == D("6.15")


def test_foreign_currency_keeps_vat_in_the_accounting_currency() -> None:
    # USD invoice, 1 USD = 0.9231 EUR; VAT 19.00 USD -> 17.5389 -> 17.54 EUR
    totals = compute_totals(
        draft(
            line("1", "100.00", rate="19"),
            currency="USD",
            exchange_rate=ExchangeRate(
                D("0.9231"), __import__("datetime").date(2026, 11, 24), "ECB"
            ),
        ),
        accounting_currency="EUR",
    )
    assert (totals.tax_total, totals.tax_total_accounting, totals.accounting_currency) == (
        D("19.00"),
        D("17.54"),
        "EUR",
    )


amounts = st.decimals(min_value=D("0"), max_value=D("99999.9999"), places=4)
quantities = st.decimals(min_value=D("-50"), max_value=D("1000"), places=3).filter(lambda q: q != 0)
rates = st.sampled_from(["0", "5", "7", "19", "20", "21", "25", "5.5", "8.1"])
line_strategy = st.builds(
    lambda q, p, r: line(str(q), str(p), cat="Z" if r == "0" else "S", rate=r),
    quantities,
    amounts,
    rates,
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(line_strategy, min_size=1, max_size=12),
    st.lists(st.tuples(amounts.map(lambda a: a.quantize(D("0.01"))), rates), max_size=3),
    st.sampled_from(list(VatRounding)),
)
def test_totals_identities_hold_for_any_lines(
    lines: list, allowances_: list, mode: VatRounding
) -> None:
    doc = draft(
        *lines,
        allowances=tuple(
            allowance(str(a), cat="Z" if r == "0" else "S", rate=r) for a, r in allowances_
        ),
    )
    totals = compute_totals(doc, mode)
    assert totals.line_total == sum((a.net for a in totals.lines), D(0))
    assert totals.tax_exclusive == totals.line_total - totals.allowance_total + totals.charge_total
    assert totals.tax_total == sum((b.tax for b in totals.vat_breakdown), D(0))
    assert sum((b.taxable for b in totals.vat_breakdown), D(0)) == totals.tax_exclusive
    assert totals.tax_inclusive == totals.tax_exclusive + totals.tax_total
    assert totals.payable == totals.tax_inclusive - totals.prepaid + totals.rounding
    for amounts_ in totals.lines:
        assert amounts_.net == amounts_.net.quantize(D("0.01"))
    if mode is VatRounding.DOCUMENT:
        for b in totals.vat_breakdown:  # BR-CO-17: rounded taxable x rate, once
            assert b.tax == (b.taxable * (b.rate or 0) / 100).quantize(
                D("0.01"), rounding="ROUND_HALF_UP"
            )
