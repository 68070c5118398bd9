"""The customers page: problems shown under their fields, save, select, documents, statement."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.services.documents import drafts, issuing
from app.services.parties import customers
from tests.unit.services.builders import invoice_json
from ui.parties.customers_page import CustomersPage


def test_add_with_a_problem_then_fix_and_look_at_the_customer(
    qtbot: Any, qtmodeltester: Any, store: Any, session: Any, tmp_path: Path
) -> None:
    page = CustomersPage(store, session)
    qtbot.addWidget(page)
    page.new_customer()
    for key, value in (
        ("name", "Müller KG"),
        ("country", "DE"),
        ("vat_id", "DE123"),
        ("city", "Köln"),
        ("email", "not-an-address"),
    ):
        page.inputs[key].setText(value)
    page.save()
    qtbot.waitUntil(lambda: page.form.errors["vat_id"].isVisibleTo(page), timeout=10_000)
    assert "DE123" in page.form.errors["vat_id"].text()
    errors = page.form.errors
    assert errors["email"].isVisibleTo(page) and not errors["name"].isVisibleTo(page)
    assert customers.list_customers(session.context()) == []

    page.inputs["vat_id"].setText("DE136695976")
    page.inputs["email"].setText("kunde@example.de")
    page.save()
    qtbot.waitUntil(lambda: len(page.model.rows) == 1, timeout=10_000)
    qtmodeltester.check(page.model)
    customer_id = page.model.rows[0].id
    ctx = session.context()
    issuing.issue_document(ctx, drafts.create_draft(ctx, invoice_json(customer_id)))

    page.table.selectRow(0)
    qtbot.waitUntil(lambda: len(page.documents.rows) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "1,130.50" in page.balance.text(), timeout=10_000)
    assert page.inputs["city"].text() == "Köln"

    page.inputs["email"].setText("")  # clearing a field clears it
    page.save()
    qtbot.waitUntil(lambda: page.message.text() != "", timeout=10_000)
    assert page.message.text() == "Saved.", page.message.text()
    assert customers.get_customer(ctx, customer_id).email is None

    target = tmp_path / "statement.pdf"
    page.save_statement(str(target))
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF-")
