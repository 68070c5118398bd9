"""What the document list offers per document: payments with their allocation shown before
they are recorded, credit notes through the editor, XML export, the sum of a selection."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel

from app.domain.documents import DocumentType
from app.services.documents import corrections, drafts, issuing, stored_files
from app.services.receivables import payments
from tests.unit.services.builders import add_customer, invoice_json
from ui.documents.documents_page import DocumentsPage
from ui.receivables.payment_dialog import PaymentDialog

DAY = date(2026, 11, 24)


def _issue(ctx: Any, customer: int) -> str:
    # 10 h x 95.00 + 19 % VAT = 1,130.50
    return str(issuing.issue_document(ctx, drafts.create_draft(ctx, invoice_json(customer))).number)


def _page(qtbot: Any, store: Any, session: Any, rows: int) -> DocumentsPage:
    page = DocumentsPage(store, session)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    qtbot.waitUntil(lambda: len(page.model.rows) == rows, timeout=10_000)
    return page


def _menu_texts(page: DocumentsPage, row: int) -> list[str]:
    menu = page.document_actions.menu_for([page.model.rows[row]])
    return [action.text() for action in menu.actions() if action.text()]


def test_a_partial_payment_then_an_overpayment(
    qtbot: Any, qtmodeltester: Any, store: Any, session: Any
) -> None:
    ctx = session.context()
    customer = add_customer(ctx)
    first, second = _issue(ctx, customer), _issue(ctx, customer)
    dialog = PaymentDialog(store, session, customer, "Kunde AG", invoice=first, today=DAY)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.model.rows) == 2, timeout=10_000)
    qtmodeltester.check(dialog.model)
    assert dialog.amount.text() == "1,130.50"  # what the chosen invoice asks for
    dialog.amount.setText("500")
    qtbot.waitUntil(lambda: dialog.model.allocated == {first: Decimal(500)}, timeout=10_000)
    assert f"€500.00 to {first}" in dialog.outcome.text()
    with qtbot.waitSignal(dialog.recorded, timeout=10_000):
        dialog.record()
    due = {item.number: item.due for item in payments.open_items(ctx, customer, DAY)}
    assert due == {first: Decimal("630.50"), second: Decimal("1130.50")}

    # no invoice chosen: the oldest first, the rest stays as the customer's credit
    again = PaymentDialog(store, session, customer, "Kunde AG", today=DAY)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: len(again.model.rows) == 2, timeout=10_000)
    again.amount.setText("1.800,00")  # typed the German way on an English desktop: refused
    again.plan()
    assert "not a number" in again.form.errors["amount"].text()
    again.amount.setText("1800")
    qtbot.waitUntil(lambda: "credit" in again.outcome.text(), timeout=10_000)
    assert again.model.allocated == {first: Decimal("630.50"), second: Decimal("1130.50")}
    assert "€39.00 is more than is due" in again.outcome.text()
    with qtbot.waitSignal(again.recorded, timeout=10_000) as recorded:
        again.record()
    assert str(recorded.args[0].unapplied) == "39.00"
    assert payments.open_items(ctx, customer, DAY) == []


def test_the_menu_fits_the_document_and_a_credit_note_opens_in_the_editor(
    qtbot: Any, store: Any, session: Any, tmp_path: Path
) -> None:
    ctx = session.context()
    customer = add_customer(ctx)
    number = _issue(ctx, customer)
    drafts.create_draft(ctx, invoice_json(customer))
    page = _page(qtbot, store, session, 2)
    assert _menu_texts(page, 0) == ["Edit draft", "Issue…", "Delete draft…"]
    assert _menu_texts(page, 1)[:2] == ["Record payment…", "Credit note…"]
    assert "Export e-invoice XML…" in _menu_texts(page, 1)

    page.document_actions.export_xml(page.model.rows[1], str(tmp_path / "e.xml"))
    qtbot.waitUntil((tmp_path / "e.xml").exists, timeout=10_000)
    assert (tmp_path / "e.xml").read_bytes() == stored_files.einvoice(ctx, number).data

    page.document_actions.credit_note(page.model.rows[1])
    qtbot.waitUntil(lambda: bool(page.editors), timeout=10_000)
    editor = page.editors[0]
    qtbot.addWidget(editor, before_close_func=lambda e: e.presenter.mark_clean())
    assert editor.doc_type is DocumentType.CREDIT_NOTE
    assert editor.data["lines"][0]["description"] == "Consulting"
    assert editor.evaluation.totals is not None
    assert editor.evaluation.totals.tax_inclusive == Decimal("1130.50")


def test_the_menu_offers_what_the_transitions_table_allows(
    qtbot: Any, store: Any, session: Any
) -> None:
    ctx = session.context()
    customer = add_customer(ctx)
    credited = _issue(ctx, customer)
    issuing.issue_document(ctx, corrections.new_credit_note(ctx, credited).value)
    _issue(ctx, customer)
    drafts.create_draft(ctx, invoice_json(customer))
    page = _page(qtbot, store, session, 4)
    kinds = [(r.status.value, r.type.value) for r in page.model.rows]
    draft, invoice, note = (
        kinds.index(("draft", "invoice")),
        kinds.index(("issued", "invoice")),
        kinds.index(("issued", "credit_note")),
    )
    files = ["Print…", "Open PDF", "Email…", "Export e-invoice XML…"]
    assert _menu_texts(page, draft) == ["Edit draft", "Issue…", "Delete draft…"]
    money = ["Record payment…", "Credit note…", "Dispute…", "Clear dispute"]
    assert _menu_texts(page, invoice) == money + files
    menu = page.document_actions.menu_for([page.model.rows[invoice]])
    assert [a.isSeparator() for a in menu.actions()].index(True) == len(money)
    assert _menu_texts(page, note) == files  # a credit note is neither credited nor paid
    for row, editable in ((draft, True), (invoice, False), (note, False)):
        page.table.selectRow(row)
        assert page.edit_button.isEnabled() is editable
    several = page.document_actions.menu_for(list(page.model.rows))
    texts = [action.text() for action in several.actions()]
    assert texts[-1] == "Save 3 PDF(s) in a folder…"  # the issued ones: not the draft


def test_the_sum_of_a_selection(qtbot: Any, store: Any, session: Any) -> None:
    ctx = session.context()
    customer = add_customer(ctx)
    _issue(ctx, customer)
    _issue(ctx, customer)
    page = _page(qtbot, store, session, 2)
    selection = page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(page.model.index(0, 0), flags)
    selection.select(page.model.index(1, 0), flags)
    assert page.selection_sum.text() == "2 selected: €2,261.00"


def test_an_official_e_invoice_imported_from_the_window_opens_as_a_draft(
    qtbot: Any, store: Any, session: Any
) -> None:
    from tests.conftest import SHARED

    source = sorted((SHARED / "einvoice-examples" / "ubl").glob("*.xml"))[0]
    page = _page(qtbot, store, session, 0)
    page.document_actions.import_einvoice(source)
    qtbot.waitUntil(lambda: bool(page.editors), timeout=20_000)
    editor = page.editors[0]
    qtbot.addWidget(editor, before_close_func=lambda e: e.presenter.mark_clean())
    assert page.last_import.startswith(f"draft {editor.document_id} ")
    assert "(UBL)" in page.last_import.splitlines()[0]
    assert editor.data["lines"]
    page.document_actions.import_einvoice(source.with_name("missing.xml"))
    qtbot.waitUntil(lambda: "cannot read" in page.status.text(), timeout=10_000)
