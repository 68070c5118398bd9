"""The first run of a new company, after the file is created (name, address, country,
currency, VAT ID and passphrase are asked by the create dialog): bank account and contact,
the tax rates prefilled for the country, number patterns, logo, email (optional), and at the
end a sample invoice as the company's would print.

Every page is saved through the services on the store thread when the user goes on; a
refused value is shown under its field and the page stays."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import bootstrap
from app.domain.documents import DocumentType
from app.services.company import company_details, series
from app.services.company import settings as company_settings
from app.services.company.series import SeriesRow
from app.services.documents import editing
from app.services.errors import InvalidInput
from ui.common.field_form import ERROR_STYLE, FieldForm
from ui.common.labels import label_tr
from ui.common.messages import describe
from ui.common.pdf_view import PdfPreview
from ui.common.problem_texts import problem_text, problems_of
from ui.common.store_thread import StoreThread


class SavingPage(QWizardPage):
    """A page whose content is stored when the user presses Next; the wizard goes on once the
    store thread says it is saved (the GUI thread never waits for the file)."""

    def __init__(self, wizard: SetupWizard, title: str, subtitle: str) -> None:
        super().__init__()
        self.setup = wizard
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.form = FieldForm()
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self._saved = False
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        layout.addStretch(1)
        layout.addWidget(self.message)

    def job(self) -> Callable[[], Any] | None:
        """What to store for this page (None: nothing to store)."""
        return None

    def validatePage(self) -> bool:
        if self._saved:
            self._saved = False
            return True
        self.form.clear_errors()
        self.message.clear()
        try:
            job = self.job()
        except InvalidInput as exc:
            self._refused(exc)
            return False
        if job is None:
            return True
        self.setup.button(QWizard.WizardButton.NextButton).setEnabled(False)
        self.setup.store.run(job, self._stored, self._refused, owner=self)
        return False

    def _stored(self, _result: Any) -> None:
        self.setup.button(QWizard.WizardButton.NextButton).setEnabled(True)
        self._saved = True
        self.setup.next()

    def _refused(self, error: BaseException) -> None:
        self.setup.button(QWizard.WizardButton.NextButton).setEnabled(True)
        problems = [(found.field, problem_text(found)) for found in problems_of(error)]
        if not problems:
            self.message.setText(describe(error))
        for field, text in problems:
            if not self.form.show_error(field.lstrip("-").replace("-", "_"), text):
                self.message.setText(text)


class BankPage(SavingPage):
    FIELDS = (
        ("iban", QT_TRANSLATE_NOOP("Labels", "IBAN")),
        ("bic", QT_TRANSLATE_NOOP("Labels", "BIC")),
        ("bank_name", QT_TRANSLATE_NOOP("Labels", "Bank")),
        ("email", QT_TRANSLATE_NOOP("Labels", "Email")),
        ("phone", QT_TRANSLATE_NOOP("Labels", "Phone")),
        ("legal_id", QT_TRANSLATE_NOOP("Labels", "Registration (e.g. HRB 12345)")),
        ("legal_info", QT_TRANSLATE_NOOP("Labels", "Legal information (court, directors)")),
    )

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(
            wizard,
            self.tr("Bank account and contact"),
            self.tr("Printed on every invoice; the IBAN also makes the payment QR code."),
        )
        self.inputs: dict[str, QLineEdit] = {}
        for key, label in self.FIELDS:
            self.inputs[key] = QLineEdit()
            self.form.add_field(key, label_tr(label), self.inputs[key])

    def job(self) -> Callable[[], Any] | None:
        changes = {k: e.text().strip() for k, e in self.inputs.items() if e.text().strip()}
        if not changes:
            return None
        context = self.setup.session.context()
        return lambda: company_details.edit_company(context, changes)


class TaxPage(SavingPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(
            wizard,
            self.tr("Tax rates"),
            self.tr(
                "Prefilled for the company's country. Products and invoice lines choose one by "
                "name; new rates and changed rates take effect from a date (command line: "
                "invoice-desk tax-rate add)."
            ),
        )
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Category"), self.tr("Rate"), self.tr("Valid from")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Tax rates"))
        self.extra.addWidget(self.table)

    def initializePage(self) -> None:
        context = self.setup.session.context()
        self.setup.store.submit(
            lambda: editing.tax_rates(context), self._show, self._refused, owner=self
        )

    def _show(self, rates: list[Any]) -> None:
        self.table.setRowCount(len(rates))
        for row, rate in enumerate(rates):
            cells = (
                rate.name,
                rate.category.value,
                "" if rate.rate is None else f"{rate.rate} %",
                rate.valid_from.isoformat(),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()


class NumbersPage(SavingPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(
            wizard,
            self.tr("Invoice numbers"),
            self.tr(
                "Gapless, in the order of issue. {year} is the year, {seq:05} the running "
                "number with five digits; a series with the year in it starts again at 1 in "
                "January."
            ),
        )
        self.invoice = QLineEdit()
        self.form.add_field("invoice", self.tr("Invoices"), self.invoice)
        self.credit = QLineEdit()
        self.form.add_field("credit_note", self.tr("Credit notes"), self.credit)
        self.current: dict[str, str] = {}

    def initializePage(self) -> None:
        context = self.setup.session.context()
        self.setup.store.submit(
            lambda: series.list_series(context), self._show, self._refused, owner=self
        )

    def _show(self, rows: list[SeriesRow]) -> None:
        for row in rows:
            self.current.setdefault(row.type.value, row.pattern)
        self.invoice.setText(self.current.get("invoice", ""))
        self.credit.setText(self.current.get("credit_note", ""))

    def job(self) -> Callable[[], Any] | None:
        wanted = {"invoice": self.invoice.text().strip(), "credit_note": self.credit.text().strip()}
        changed = {k: v for k, v in wanted.items() if v and v != self.current.get(k)}
        if not changed:
            return None
        context = self.setup.session.context()

        def store() -> None:
            for kind, pattern in changed.items():
                try:
                    series.add_series(
                        context,
                        f"{kind.replace('_', '-')}-main",
                        DocumentType(kind),
                        pattern,
                        reset_yearly="{year}" in pattern or "{yy}" in pattern,
                        make_default=True,
                    )
                except InvalidInput as exc:
                    raise InvalidInput(replace(exc.problem, field=kind)) from None
                self.current[kind] = pattern

        return store


class LogoPage(SavingPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(
            wizard,
            self.tr("Logo"),
            self.tr("PNG or JPEG, printed at the top right of documents (optional)."),
        )
        self.path: Path | None = None
        choose = QPushButton(self.tr("Choose a logo…"))
        choose.clicked.connect(self._choose)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.extra.addWidget(choose)
        self.extra.addWidget(self.preview)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.choose(Path(path))

    def choose(self, path: Path) -> None:
        self.path = path
        self.preview.setPixmap(QPixmap(str(path)).scaledToHeight(80))

    def job(self) -> Callable[[], Any] | None:
        if self.path is None:
            return None
        context, data = self.setup.session.context(), self.path.read_bytes()
        return lambda: company_details.set_logo(context, data)


class EmailPage(SavingPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(
            wizard,
            self.tr("Email (optional)"),
            self.tr("To send invoices from the program. Leave empty to set it up later."),
        )
        self.host, self.user, self.sender_address = QLineEdit(), QLineEdit(), QLineEdit()
        self.port = QLineEdit("587")
        self.security = QComboBox()
        self.security.addItems(["starttls", "tls", "none"])
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for key, label, widget in (
            ("email.host", self.tr("SMTP server"), self.host),
            ("email.port", self.tr("Port"), self.port),
            ("email.security", self.tr("Security"), self.security),
            ("email.user", self.tr("User"), self.user),
            ("password", self.tr("Password (kept in the keyring)"), self.password),
            ("email.from", self.tr("Sender address"), self.sender_address),
        ):
            self.form.add_field(key, label, widget)

    def job(self) -> Callable[[], Any] | None:
        if not self.host.text().strip():
            return None
        values = {
            "email.host": self.host.text().strip(),
            "email.port": self.port.text().strip(),
            "email.security": self.security.currentText(),
            "email.user": self.user.text().strip(),
            "email.from": self.sender_address.text().strip(),
        }
        context, password = self.setup.session.context(), self.password.text()

        def store() -> None:
            for key, value in values.items():
                if value:
                    try:
                        company_settings.set_setting(context, key, value)
                    except InvalidInput as exc:
                        raise InvalidInput(replace(exc.problem, field=key)) from None
            if password:
                bootstrap.remember_smtp_password(
                    company_settings.current_settings(context), password
                )

        return store


class SamplePage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.setup = wizard
        self.setTitle(self.tr("Your invoices will look like this"))
        self.setSubTitle(
            self.tr(
                "A sample with a made-up customer; nothing is stored. Change the look under "
                "Settings > Documents."
            )
        )
        self.preview = PdfPreview()
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)

    def initializePage(self) -> None:
        context = self.setup.session.context()
        self.status.setText(self.tr("Rendering…"))
        self.setup.store.submit(
            lambda: editing.sample_pdf(context),
            self._show,
            lambda error: self.status.setText(describe(error)),
            owner=self,
        )

    def _show(self, pdf: bytes) -> None:
        self.status.clear()
        self.preview.show_pdf(pdf)


class SetupWizard(QWizard):
    def __init__(
        self, store: StoreThread, session: bootstrap.CompanySession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.session = store, session
        self.setWindowTitle(self.tr("Set up the new company"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.bank, self.tax, self.numbers = BankPage(self), TaxPage(self), NumbersPage(self)
        self.logo, self.email, self.sample = LogoPage(self), EmailPage(self), SamplePage(self)
        for page in (self.bank, self.tax, self.numbers, self.logo, self.email, self.sample):
            self.addPage(page)
        self.resize(760, 640)
