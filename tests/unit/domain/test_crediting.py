from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.crediting import credit_limit_problems, full_credit_draft
from app.domain.documents import Address, DocumentType, IssuedDocument, PartySnapshot
from app.domain.totals import compute_totals
from tests.unit.domain.helpers import allowance, draft, line
from tests.unit.domain.test_totals import line_strategy

PARTY = PartySnapshot(name="X", address=Address(country="DE"), vat_id="DE136695976")


def _issue(doc: object, number: str = "INV-1") -> IssuedDocument:
    return IssuedDocument(
        id=1,
        number=number,
        draft=doc,
        seller=PARTY,
        buyer=PARTY,  # type: ignore[arg-type]
        totals=compute_totals(doc),
        issued_at="2026-11-24T09:00:00+00:00",
    )  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(line_strategy, min_size=1, max_size=10),
    st.decimals(min_value=Decimal(0), max_value=Decimal(50), places=2),
)
def test_a_full_credit_note_nets_the_invoice_to_zero(lines: list, discount: Decimal) -> None:
    invoice = _issue(
        draft(
            *lines,
            allowances=(allowance(str(discount), cat="S", rate="19"),),
            prepaid=Decimal("10.00"),
        )
    )
    credit = full_credit_draft(invoice)
    credit_totals = compute_totals(credit)
    assert credit.type is DocumentType.CREDIT_NOTE and credit.corrects == 1
    assert invoice.totals.tax_inclusive - credit_totals.tax_inclusive == 0
    assert invoice.totals.tax_total - credit_totals.tax_total == 0
    assert [b.tax for b in invoice.totals.vat_breakdown] == [
        b.tax for b in credit_totals.vat_breakdown
    ]


def test_the_sum_credited_never_exceeds_what_was_invoiced() -> None:
    invoice = _issue(draft(line("10", "100.00"), line("5", "20.00", rate="7")))
    half = draft(line("5", "100.00", corrects_line=1), type=DocumentType.CREDIT_NOTE, corrects=1)
    assert credit_limit_problems(invoice, [], [], half, compute_totals(half)) == []
    first = _issue(half, "CN-1")
    too_much = draft(
        line("6", "100.00", corrects_line=1), type=DocumentType.CREDIT_NOTE, corrects=1
    )
    problems = credit_limit_problems(invoice, [], [first], too_much, compute_totals(too_much))
    assert [p.field for p in problems] == ["lines", "lines[0].quantity"]
    assert "credits 11 of line 1, which invoiced only 10" in problems[1].message
    everything_else = draft(
        line("5", "100.00", corrects_line=1),
        line("5", "20.00", rate="7", corrects_line=2),
        type=DocumentType.CREDIT_NOTE,
        corrects=1,
    )
    assert (
        credit_limit_problems(
            invoice, [], [first], everything_else, compute_totals(everything_else)
        )
        == []
    )
    one_cent_more = draft(line("1", "1000.00"), type=DocumentType.CREDIT_NOTE, corrects=1)
    problems = credit_limit_problems(
        invoice, [], [first], one_cent_more, compute_totals(one_cent_more)
    )
    assert "exceeds what is left to credit on INV-1 (702.00 EUR)" in problems[0].message
