"""The first-run wizard: each page stored when the user goes on, a refused value stays on its
page under its field, and the last page shows a sample invoice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtWidgets import QWizard

from app.services.company import company_details, series
from app.services.company import settings as company_settings
from ui.opening.setup_wizard import SetupWizard


def _next(qtbot: Any, wizard: SetupWizard, expected_page: Any) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is expected_page, timeout=10_000)


def test_bank_tax_numbers_logo_email_then_a_sample(
    qtbot: Any, store: Any, session: Any, tmp_path: Path
) -> None:
    wizard = SetupWizard(store, session)
    qtbot.addWidget(wizard)
    wizard.show()
    bank = wizard.bank
    bank.inputs["iban"].setText("DE89 3704 0044 0532 0130 01")  # wrong check digits
    bank.inputs["email"].setText("rechnung@acme.example")
    wizard.next()
    qtbot.waitUntil(lambda: bank.form.errors["iban"].isVisibleTo(wizard), timeout=10_000)
    assert wizard.currentPage() is bank
    bank.inputs["iban"].setText("DE89 3704 0044 0532 0130 00")
    _next(qtbot, wizard, wizard.tax)
    details = company_details.show_company(session.context())
    assert details.iban == "DE89370400440532013000"
    assert details.email == "rechnung@acme.example"

    qtbot.waitUntil(lambda: wizard.tax.table.rowCount() > 0, timeout=10_000)
    names = {wizard.tax.table.item(r, 0).text() for r in range(wizard.tax.table.rowCount())}
    assert {"standard", "reduced"} <= names  # prefilled for Germany

    _next(qtbot, wizard, wizard.numbers)
    qtbot.waitUntil(lambda: wizard.numbers.invoice.text() != "", timeout=10_000)
    wizard.numbers.invoice.setText("RE-{yyyy}-{seq:04}")  # a placeholder that does not exist
    wizard.next()
    qtbot.waitUntil(
        lambda: wizard.numbers.form.errors["invoice"].isVisibleTo(wizard), timeout=10_000
    )
    assert "{year}" in wizard.numbers.form.errors["invoice"].text()
    wizard.numbers.invoice.setText("RE-{year}-{seq:04}")
    _next(qtbot, wizard, wizard.logo)
    assert "RE-{year}-{seq:04}" in [s.pattern for s in series.list_series(session.context())]

    logo = tmp_path / "logo.png"
    Image.new("RGB", (240, 80), (31, 78, 121)).save(logo)
    wizard.logo.choose(logo)
    _next(qtbot, wizard, wizard.email)
    assert company_settings.current_settings(session.context()).as_json().get("document.logo")

    wizard.email.port.setText("seventy")
    wizard.email.host.setText("smtp.example.org")
    wizard.next()
    qtbot.waitUntil(
        lambda: wizard.email.form.errors["email.port"].isVisibleTo(wizard), timeout=10_000
    )
    wizard.email.host.clear()  # set up later after all: nothing is stored
    _next(qtbot, wizard, wizard.sample)
    qtbot.waitUntil(lambda: wizard.sample.preview.pages is not None, timeout=15_000)
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
