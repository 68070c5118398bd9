"""Products: add one with a problem shown under its field, fix it, change it, find it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale

from app.services.documents import editing
from app.services.parties import customers
from ui.parties.products_page import ProductsPage


def test_add_fix_edit_and_search_products(
    qtbot: Any, qtmodeltester: Any, store: Any, session: Any
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        page = ProductsPage(store, session)
    finally:
        QLocale.setDefault(QLocale.c())
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.tax.count() >= 2, timeout=10_000)
    rates = [page.tax.itemText(i) for i in range(page.tax.count())]
    assert {"standard", "reduced", "exempt", "reverse-charge"} <= set(rates)

    page.name.setText("Workshop day")
    page.unit.setCurrentIndex(page.unit.findData("DAY"))
    page.price.setText("680,5x")
    page.save()
    assert "not a number" in page.form.errors["price"].text()
    page.price.setText("1.680,50")  # German grouping and decimal comma
    page.tax.setCurrentText("standard")
    page.name.setText("  ")
    page.save()
    qtbot.waitUntil(lambda: page.form.errors["name"].isVisibleTo(page), timeout=10_000)
    assert "must not be empty" in page.form.errors["name"].text()
    page.name.setText("Workshop day")
    page.save()
    qtbot.waitUntil(lambda: len(page.model.rows) == 1, timeout=10_000)
    qtmodeltester.check(page.model)
    product = customers.list_products(session.context())[0]
    assert (product.name, product.unit, product.unit_price) == (
        "Workshop day",
        "DAY",
        Decimal("1680.50"),
    )

    page.table.selectRow(0)
    assert page.name.text() == "Workshop day" and page.price.text() == "1.680,50"
    page.price.setText("1.700")
    page.tax.setCurrentText("reduced")
    page.save()
    qtbot.waitUntil(lambda: page.message.text() == "Saved.", timeout=10_000)
    changed = customers.list_products(session.context())[0]
    assert (changed.unit_price, changed.tax_rate_name) == (Decimal(1700), "reduced")
    choice = editing.editor_setup(session.context()).products[0]
    assert choice.rate is not None and choice.rate.rate == Decimal(7)

    customers.add_product(
        session.context(), name="Consulting", unit="HUR", unit_price="95", tax_rate_name="standard"
    )
    page.refresh()
    qtbot.waitUntil(lambda: len(page.model.rows) == 2, timeout=10_000)
    page.search.setText("work")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "Workshop day"
