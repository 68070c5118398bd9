"""The invoice editor's presenter as plain Python: typed values, undo/redo, problems by field,
totals as values and the close question, with no Qt loaded."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from app.domain.documents import Address, DocumentType, PartySnapshot
from app.domain.parties import Customer
from app.domain.problems import problem
from app.domain.tax import TaxCategory, TaxRate
from app.domain.totals import VatRounding
from app.services.documents.editing import EditorSetup, ProductChoice
from ui.editor.draft import LineDraft, Unread, from_data, to_data
from ui.editor.presenter import (
    Closing,
    EditKind,
    EditLabel,
    EditorPresenter,
    TotalKind,
)
from ui.editor.problems import DESCRIPTION, DISCOUNT, NET, PRICE, QUANTITY, TAX, route

ROOT = Path(__file__).resolve().parents[3]
DAY = date(2026, 11, 24)
STANDARD = TaxRate("standard", TaxCategory.STANDARD, Decimal(19), date(2020, 1, 1))
REDUCED = TaxRate("reduced", TaxCategory.STANDARD, Decimal(7), date(2020, 1, 1))
SELLER = PartySnapshot(
    name="Bäckerei Sonne GmbH",
    address=Address(street="Hauptstr. 1", city="Freiburg", postcode="79098", country="DE"),
    vat_id="DE123456789",
)
CUSTOMER = Customer(
    name="Café Müller",
    address=Address(street="Marktplatz 2", city="Freiburg", postcode="79098", country="DE"),
    payment_terms_days=14,
    id=7,
)
SETUP = EditorSetup(
    today=DAY,
    seller=SELLER,
    accounting_currency="EUR",
    rounding=VatRounding.DOCUMENT,
    customers=(CUSTOMER,),
    products=(ProductChoice(1, "Beratung", None, "HUR", Decimal("95.00"), STANDARD),),
    tax_rates=(STANDARD, REDUCED),
)


def _presenter(language: str = "en") -> EditorPresenter:
    return EditorPresenter(SETUP, DocumentType.INVOICE, language=language)


def test_a_new_draft_has_one_line_at_the_standard_rate_and_needs_a_customer() -> None:
    presenter = _presenter()
    assert presenter.state.currency == "EUR"
    assert presenter.state.lines == (
        LineDraft(quantity=Decimal(1), unit="C62", tax=presenter.state.lines[0].tax),
    )
    assert presenter.state.lines[0].tax.rate == Decimal(19)
    assert "customer" in presenter.problems.header
    assert not presenter.can_issue
    assert presenter.closing() is Closing.CLOSE  # nothing typed yet: nothing to ask


def test_typed_values_give_the_totals_as_values_and_the_draft_can_be_issued() -> None:
    presenter = _presenter("de")
    assert presenter.set_customer(7)
    assert presenter.set_cell(0, DESCRIPTION, "beratung")  # a product's name fills the line
    line = presenter.state.lines[0]
    assert (line.description, line.unit, line.unit_price) == ("Beratung", "HUR", Decimal("95.00"))
    assert presenter.set_cell(0, QUANTITY, "2,5")  # the German way
    assert presenter.state.lines[0].quantity == Decimal("2.5")
    assert presenter.add_line()
    assert presenter.set_cell(1, DESCRIPTION, "Fachbuch")
    assert presenter.set_cell(1, PRICE, "1.234,50")
    assert presenter.set_cell(1, DISCOUNT, "10")
    assert presenter.set_cell(1, TAX, "reduced")
    assert presenter.problems.count == 0, presenter.evaluation.problems
    assert presenter.can_issue
    rows = presenter.total_rows()
    assert rows is not None
    # 237.50 + (1234.50 - 123.45); VAT 19 % of 237.50 = 45.13, 7 % of 1111.05 = 77.77
    assert (rows[0].kind, rows[0].amount) == (TotalKind.LINES, Decimal("1348.55"))
    assert sorted((r.rate, r.amount, r.base) for r in rows if r.kind is TotalKind.VAT) == [
        (Decimal(7), Decimal("77.77"), Decimal("1111.05")),
        (Decimal(19), Decimal("45.13"), Decimal("237.50")),
    ]
    assert (rows[-1].kind, rows[-1].amount) == (TotalKind.TOTAL, Decimal("1471.45"))
    assert len(rows) == 4  # no allowances, charges or amount due of their own
    assert presenter.due_hint == date(2026, 12, 8)  # the customer's 14 days
    data = presenter.for_saving()
    assert data["lines"][1]["allowances"] == [{"percent": "10", "reason": "Discount"}]
    assert data["lines"][0]["quantity"] == "2.5"
    assert data["customer"] == "7"


def test_a_number_typed_the_wrong_way_is_kept_and_its_problem_is_on_its_cell() -> None:
    presenter = _presenter("en")
    presenter.set_customer(7)
    presenter.set_cell(0, DESCRIPTION, "Beratung")
    assert presenter.set_cell(0, QUANTITY, "2,5")  # ambiguous in English: not guessed
    assert presenter.state.lines[0].quantity == Unread("2,5")
    problem = presenter.cell_problem(0, QUANTITY)
    assert problem is not None and "comma" in problem.message
    assert presenter.cell_problem(0, PRICE) is None
    assert presenter.total_rows() is None
    assert not presenter.can_issue
    presenter.set_cell(0, QUANTITY, "2.5")
    assert presenter.cell_problem(0, QUANTITY) is None
    assert presenter.total_rows() is not None


def test_undo_and_redo_walk_the_history_with_a_label_per_step() -> None:
    presenter = _presenter()
    presenter.set_customer(7)
    presenter.set_cell(0, DESCRIPTION, "Beratung")
    presenter.set_cell(0, QUANTITY, "3")
    assert not presenter.set_cell(0, QUANTITY, "3")  # the same again: no step
    assert not presenter.set_cell(0, TAX, "no such rate")
    assert presenter.history.undo_label == EditLabel(EditKind.CHANGE_LINE, 0, QUANTITY)
    assert presenter.undo()
    assert presenter.state.lines[0].quantity == Decimal(1)
    assert presenter.history.redo_label == EditLabel(EditKind.CHANGE_LINE, 0, QUANTITY)
    assert presenter.redo()
    assert presenter.state.lines[0].quantity == Decimal(3)
    assert not presenter.redo()
    presenter.undo()
    presenter.add_line()  # a new change after an undo: the undone step is gone
    assert not presenter.history.can_redo
    assert presenter.history.undo_label == EditLabel(EditKind.ADD_LINE)
    assert presenter.remove_line(1)
    assert presenter.history.undo_label == EditLabel(EditKind.REMOVE_LINE, 1)
    assert not presenter.remove_line(5)
    while presenter.undo():
        pass
    assert presenter.state.customer is None
    assert presenter.evaluation.totals is None  # the new line has no price yet
    assert set(presenter.problems.header) == {"customer"}


def test_closing_asks_only_about_changes_not_saved() -> None:
    presenter = _presenter()
    presenter.set_customer(7)
    assert presenter.unsaved and presenter.closing() is Closing.ASK
    saving = presenter.state  # the state a save takes to the store thread
    presenter.set_text("buyer_reference", " PO-77 ")  # typed while it is being saved
    presenter.saved(12, saving)
    assert presenter.document_id == 12
    assert presenter.unsaved  # the reference came after what was saved
    presenter.undo()
    assert (presenter.unsaved, presenter.title_dirty) == (False, False)  # back at the saved
    presenter.redo()
    assert presenter.state.text("buyer_reference") == "PO-77"
    presenter.closing_after_save = True  # "Save" answered: the save's end closes the window
    assert presenter.closing() is Closing.CLOSE
    presenter.closing_after_save = False
    presenter.mark_clean()  # "Discard"
    assert presenter.closing() is Closing.CLOSE


def test_problems_are_routed_to_their_field_cell_or_the_list() -> None:
    found = {  # one code for all: each problem is told apart by its field
        path: problem("value.missing", path)
        for path, _where in (
            ("customer", "choose a customer"),
            ("exchange_rate.rate", "missing"),
            ("lines", "at least one line"),
            ("lines[1]", "the whole line"),
            ("lines[1].unit_price", "negative"),
            ("lines[1].price_base_quantity", "zero"),
            ("lines[0].allowances[0].percent", "over 100"),
            ("lines[2].tax_rate", "unknown"),
            ("buyer.address.country", "missing"),
            ("note", "too long"),
        )
    }
    routed = route(found)
    assert routed.header == {
        "customer": found["customer"],
        "exchange_rate": found["exchange_rate.rate"],
    }
    assert routed.lines == found["lines"]
    assert routed.cells == {
        (1, DESCRIPTION): found["lines[1]"],
        (1, PRICE): found["lines[1].unit_price"],  # the first problem of the cell
        (0, DISCOUNT): found["lines[0].allowances[0].percent"],
        (2, TAX): found["lines[2].tax_rate"],
    }
    assert routed.other == (found["buyer.address.country"], found["note"])
    assert routed.count == 10
    assert (1, NET) not in routed.cells


def test_the_draft_json_survives_the_typed_values_unchanged() -> None:
    data = {
        "customer": "7",
        "currency": "USD",
        "exchange_rate": {"rate": "0.9215", "date": "2026-11-20", "source": "ECB"},
        "issue_date": "2026-11-24",
        "due_date": "2026-13-01",  # not a date: kept as typed, for its problem
        "buyer_reference": "04011000-12345-03",
        "note": "Thank you",
        "allowances": [{"amount": "5.00", "reason": "Loyalty", "tax_category": "S"}],
        "series": "US",
        "lines": [
            {
                "description": "Widget",
                "quantity": "1e2",
                "unit": "C62",
                "unit_price": "12,50",
                "tax_category": "S",
                "tax_rate": "19",
                "allowances": [{"percent": "5", "reason_code": "95"}],
                "item_id": "W-1",
            },
            {
                "description": "Two allowances",
                "unit_price": "3.00",
                "allowances": [{"amount": "1"}, {"percent": "2"}],
                "product": 4,
            },
            {"quantity": "1", "unit": "C62"},  # nothing typed in it yet
        ],
    }
    state = from_data(data)
    assert state.customer == 7
    assert state.lines[0].quantity == Unread("1e2")  # read, but not as written
    assert state.lines[0].unit_price == Unread("12,50")
    assert state.lines[0].discount == Decimal(5)
    assert state.lines[1].several_allowances and state.lines[2].blank
    assert to_data(state) == data
    kept = to_data(state, blank_lines=False)
    assert len(kept["lines"]) == 2
    opened = EditorPresenter(SETUP, DocumentType.CREDIT_NOTE, document_id=3, data=data)
    assert not opened.editable(1, DISCOUNT) and opened.editable(0, DISCOUNT)
    assert not opened.editable(0, NET)
    assert opened.rate_enabled
    assert opened.data() == data and not opened.unsaved


def test_the_presenter_loads_no_qt() -> None:
    code = (
        "import sys, ui.editor.presenter, ui.editor.draft, ui.editor.history;"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
