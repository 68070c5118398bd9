"""The invoice editor: keyboard-first line grid, live totals from the domain, problems on
their fields, undo/redo, saving and issuing through the store thread."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QMessageBox

from app.services.documents import editing, queries, stored_files
from app.services.parties import customers
from tests.unit.services.builders import add_customer
from ui.editor.line_grid import DESCRIPTION, DISCOUNT, NET, PRICE, QUANTITY, TAX
from ui.editor.window import InvoiceEditor


@pytest.fixture
def german(qapp: object) -> Iterator[None]:
    """Numbers typed and shown the German way, as on a German desktop."""
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(QLocale.c())


def _editor(qtbot: Any, store: Any, session: Any) -> InvoiceEditor:
    ctx = session.context()
    customers.add_product(
        ctx, name="Beratung", unit="HUR", unit_price="95.00", tax_rate_name="standard"
    )
    editor = InvoiceEditor(store, session, editing.editor_setup(ctx))
    # a test that fails midway must not hang on the "save changes?" question at teardown
    qtbot.addWidget(editor, before_close_func=lambda e: e.presenter.mark_clean())
    editor.show()
    return editor


def _type_into(qtbot: Any, editor: InvoiceEditor, row: int, column: int, text: str) -> None:
    """Go to the cell and type, as a user does: the first key opens the cell's editor."""
    table = editor.table
    target = editor.model.index(row, column)
    if table.state() == QAbstractItemView.State.EditingState and table.currentIndex() == target:
        field = table.focusWidget()  # Tab from the previous cell opened this one already
        field.selectAll()
        qtbot.keyClicks(field, text)
    else:
        if table.state() == QAbstractItemView.State.EditingState:
            qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Escape)
        table.setFocus()
        table.setCurrentIndex(target)
        qtbot.keyClicks(table, text[0])
        field = table.focusWidget()
        assert table.state() == QAbstractItemView.State.EditingState
        qtbot.keyClicks(field, text[1:])
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def _choose_customer(editor: InvoiceEditor, customer_id: int) -> None:
    index = editor.customer.findData(customer_id)
    editor.customer.setCurrentIndex(index)
    editor.customer.activated.emit(index)


def test_a_draft_typed_with_the_keyboard_totals_live_and_issues(
    qtbot: Any, qtmodeltester: Any, store: Any, session: Any, german: None, monkeypatch: Any
) -> None:
    customer = add_customer(session.context(), language="de")
    editor = _editor(qtbot, store, session)
    assert "customer" in editor.evaluation.problems  # nothing chosen yet
    assert editor.forms[0].errors["customer"].isVisibleTo(editor)
    _choose_customer(editor, customer)
    assert "customer" not in editor.evaluation.problems

    # a product name fills unit, price and VAT; quantity typed with a German decimal comma
    _type_into(qtbot, editor, 0, DESCRIPTION, "Beratung")
    line = editor.data["lines"][0]
    assert (line["unit"], line["unit_price"], line["tax_rate"]) == ("HUR", "95.00", "19")
    _type_into(qtbot, editor, 0, QUANTITY, "2,5")
    assert editor.data["lines"][0]["quantity"] == "2.5"
    assert editor.model.index(0, NET).data() == "237,50"

    # Tab past the last cell of the last line starts a new line; it gets the reduced rate
    editor.table.setCurrentIndex(editor.model.index(0, TAX))
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Tab)
    assert len(editor.data["lines"]) == 2
    assert editor.table.currentIndex().row() == 1
    _type_into(qtbot, editor, 1, DESCRIPTION, "Fachbuch")
    _type_into(qtbot, editor, 1, QUANTITY, "1")
    _type_into(qtbot, editor, 1, PRICE, "1.234,50")
    # each column fits its contents as Qt's ResizeToContents would (the price widened)
    table, header = editor.table, editor.table.horizontalHeader()
    fitted = [max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(1, 7)]
    assert [table.columnWidth(c) for c in range(1, 7)] == fitted
    _type_into(qtbot, editor, 1, DISCOUNT, "10")
    editor.model.setData(editor.model.index(1, TAX), "reduced")
    totals = editor.evaluation.totals
    assert totals is not None
    # 237.50 + (1234.50 - 123.45 = 1111.05); VAT 19 % of 237.50 = 45.13, 7 % of 1111.05 = 77.77
    assert totals.line_total == Decimal("1348.55")
    assert sorted((g.rate, g.tax) for g in totals.vat_breakdown) == [
        (Decimal(7), Decimal("77.77")),
        (Decimal(19), Decimal("45.13")),
    ]
    assert totals.tax_inclusive == Decimal("1471.45")
    assert "1.471,45" in editor.totals.text()
    assert editor.evaluation.problems == {}
    qtmodeltester.check(editor.model)

    # undo takes back the VAT choice, then the discount; redo brings both back
    editor.undo()
    assert editor.data["lines"][1]["tax_rate"] == "19"  # a new line's standard rate
    undone = editor.evaluation.totals
    assert undone is not None and [g.rate for g in undone.vat_breakdown] == [Decimal(19)]
    assert editor.model.index(1, TAX).data() == "standard"
    editor.undo()
    assert "allowances" not in editor.data["lines"][1]
    editor.redo()
    editor.redo()
    assert editor.evaluation.totals == totals

    # the preview renders the unsaved draft on the store thread
    qtbot.waitUntil(lambda: editor.preview.pages is not None, timeout=15_000)

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(editor.issued, timeout=20_000) as issued:
        editor.issue()
    number = issued.args[0]
    shown = queries.show_document(session.context(), number)
    assert shown.status == "issued"
    assert shown.totals.tax_inclusive == Decimal("1471.45")
    assert stored_files.document_pdf(session.context(), number).data.startswith(b"%PDF")


def test_a_number_typed_the_wrong_way_is_marked_on_its_cell_and_nothing_is_lost(
    qtbot: Any, store: Any, session: Any
) -> None:
    QLocale.setDefault(QLocale.c())  # English: the comma is a group sign, not a decimal one
    customer = add_customer(session.context())
    editor = _editor(qtbot, store, session)
    _choose_customer(editor, customer)
    _type_into(qtbot, editor, 0, DESCRIPTION, "Beratung")
    _type_into(qtbot, editor, 0, QUANTITY, "2,5")
    assert editor.data["lines"][0]["quantity"] == "2,5"  # kept as typed, not guessed
    problem = editor.model.problem(0, QUANTITY)
    assert problem is not None and "comma" in problem
    assert editor.model.index(0, QUANTITY).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert editor.evaluation.totals is None
    _type_into(qtbot, editor, 0, QUANTITY, "2.5")
    assert editor.model.problem(0, QUANTITY) is None
    assert editor.evaluation.totals is not None


def test_saving_stores_the_draft_and_reopening_shows_it(
    qtbot: Any, store: Any, session: Any
) -> None:
    ctx = session.context()
    customer = add_customer(ctx)
    editor = _editor(qtbot, store, session)
    _choose_customer(editor, customer)
    _type_into(qtbot, editor, 0, DESCRIPTION, "Beratung")
    editor.texts["buyer_reference"].setText("PO-77")
    editor.texts["buyer_reference"].editingFinished.emit()
    assert editor.presenter.unsaved
    with qtbot.waitSignal(editor.saved, timeout=10_000, raising=False) as saved:
        editor.save()
    assert saved.signal_triggered, editor.status.text()
    assert not editor.presenter.unsaved
    kind, stored = editing.draft_for_editing(ctx, saved.args[0])
    assert kind.value == "invoice"
    assert stored["buyer_reference"] == "PO-77"
    assert stored["lines"][0]["description"] == "Beratung"

    again = InvoiceEditor(
        store, session, editing.editor_setup(ctx), document_id=saved.args[0], data=stored
    )
    qtbot.addWidget(again, before_close_func=lambda e: e.presenter.mark_clean())
    assert again.texts["buyer_reference"].text() == "PO-77"
    assert again.customer.currentData() == customer
    assert again.model.index(0, DESCRIPTION).data() == "Beratung"
