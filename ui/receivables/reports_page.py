"""Reports: the aging of receivables on any day (buckets of the user's choice, drill down to the
documents, CSV and PDF) and the reminders due (issue them, their letters as PDFs)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import bootstrap
from app.services.changes import Done, Kind
from app.services.clock import today
from app.services.files import write_atomically
from app.services.receivables import receivables_reports, report_pdfs
from app.services.receivables.receivables_results import AgingReport
from app.services.receivables.reminder_mail import (
    LetterOutcome,
    LetterSent,
    send_reminder_letters,
)
from ui.common.messages import describe
from ui.common.ops import follow_changes
from ui.common.store_thread import StoreThread
from ui.receivables.report_models import (
    AgingModel,
    ReminderRow,
    RemindersModel,
    as_date,
    date_edit,
    parse_buckets,
    report_table,
)


class ReportsPage(QWidget):
    open_document = Signal(str)  # a document number the user drilled down to

    def __init__(
        self, store: StoreThread, session: bootstrap.CompanySession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.session = store, session
        day = today(session.context())
        tabs = QTabWidget()
        tabs.addTab(self._aging_tab(day), self.tr("Aging"))
        tabs.addTab(self._reminders_tab(day), self.tr("Reminders due"))
        self.tabs = tabs
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.status)
        self.follower = follow_changes(
            self, store, (Kind.DOCUMENTS, Kind.RECEIVABLES, Kind.PARTIES), self.requery
        )

    # -- aging --------------------------------------------------------------------------------
    def _aging_tab(self, day: date) -> QWidget:
        self.as_of = date_edit(day)
        self.as_of.setAccessibleName(self.tr("As of"))
        self.buckets = QLineEdit("30, 60, 90")
        self.buckets.setAccessibleName(self.tr("Bucket limits in days"))
        show = QPushButton(self.tr("&Show"))
        show.clicked.connect(self.refresh_aging)
        csv = QPushButton(self.tr("Export &CSV…"))
        csv.clicked.connect(lambda: self.export_aging("csv"))
        pdf = QPushButton(self.tr("Export &PDF…"))
        pdf.clicked.connect(lambda: self.export_aging("pdf"))
        tools = QHBoxLayout()
        for widget in (
            QLabel(self.tr("As of:")),
            self.as_of,
            QLabel(self.tr("Buckets (days):")),
            self.buckets,
            show,
        ):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(csv)
        tools.addWidget(pdf)
        self.aging = AgingModel()
        self.aging_view = report_table(self.aging, self.tr("Aging by customer"))
        self.aging_view.selectionModel().currentRowChanged.connect(self._drill_down)
        self.drill = QListWidget()
        self.drill.setAccessibleName(self.tr("Documents of the customer"))
        self.drill.itemActivated.connect(lambda item: self.open_document.emit(item.data(256)))
        self.total = QLabel()
        split = QSplitter()
        split.addWidget(self.aging_view)
        split.addWidget(self.drill)
        split.setSizes([700, 260])
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(tools)
        layout.addWidget(split, 1)
        layout.addWidget(self.total)
        return tab

    def refresh(self) -> None:
        self.refresh_aging()

    def requery(self) -> None:
        """After a change: the aging report and the reminders due (what the status line says
        of the user's last action stays)."""
        self._load_aging()
        self.refresh_reminders()

    def _bounds(self) -> tuple[int, ...] | None:
        try:
            return parse_buckets(self.buckets.text())
        except ValueError as exc:
            self.status.setText(str(exc))
            return None

    def refresh_aging(self) -> None:
        """The aging report as the user asked for it (an earlier message goes)."""
        if self._load_aging():
            self.status.clear()

    def _load_aging(self) -> bool:
        bounds = self._bounds()
        if bounds is None:
            return False
        context, as_of = self.session.context(), as_date(self.as_of)
        self.store.submit(
            lambda: receivables_reports.aging_report(context, as_of, bounds),
            self._aging_loaded,
            self._failed,
            owner=self,
        )
        return True

    def _aging_loaded(self, report: AgingReport) -> None:
        self.aging.set_report(report)
        self.drill.clear()
        totals = zip(report.buckets, report.totals, strict=True)
        parts = [f"{label} {amount}" for label, amount in totals]
        self.total.setText(
            self.tr("All customers, in {0}: {1}; total {2}").format(
                report.currency, ", ".join(parts), report.total
            )
        )

    def _drill_down(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.drill.clear()
        if not current.isValid():
            return
        row = self.aging.rows[current.row()]
        for bucket, numbers in row.documents:
            for number in numbers:
                self.drill.addItem(f"{number}  ({bucket})")
                self.drill.item(self.drill.count() - 1).setData(256, number)

    def export_aging(self, kind: str, path: str | None = None) -> None:
        bounds = self._bounds()
        if bounds is None:
            return
        as_of = as_date(self.as_of)
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export aging"), f"aging-{as_of}.{kind}", f"{kind.upper()} (*.{kind})"
            )
            if not path:
                return
        context, target = self.session.context(), Path(path)

        def job() -> Path:
            if kind == "pdf":
                data = report_pdfs.aging_pdf(context, as_of, bounds)
            else:
                report = receivables_reports.aging_report(context, as_of, bounds)
                data = receivables_reports.aging_csv(report).encode("utf-8")
            write_atomically(target, data, "file")
            return target

        self.store.submit(
            job,
            lambda p: self.status.setText(self.tr("Saved {0}.").format(p)),
            self._failed,
            owner=self,
        )

    # -- reminders ----------------------------------------------------------------------------
    def _reminders_tab(self, day: date) -> QWidget:
        self.reminders_day = date_edit(day)
        self.reminders_day.setAccessibleName(self.tr("Reminders as of"))
        show = QPushButton(self.tr("S&how due"))
        show.clicked.connect(self.refresh_reminders)
        self.issue_button = QPushButton(self.tr("&Issue selected and save letters…"))
        self.issue_button.clicked.connect(self.issue_clicked)
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("As of:")))
        tools.addWidget(self.reminders_day)
        tools.addWidget(show)
        self.reminders_count = QLabel()
        tools.addWidget(self.reminders_count, 1)  # the label takes the room, never squeezed
        self.email_letters = QCheckBox(self.tr("and send each letter by &email"))
        self.email_letters.setToolTip(
            self.tr("to the customer's address, with the texts of the email settings")
        )
        tools.addWidget(self.issue_button)
        tools.addWidget(self.email_letters)
        self.reminders = RemindersModel()
        self.reminders_view = report_table(self.reminders, self.tr("Reminders due"))
        self.reminders_view.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(tools)
        layout.addWidget(self.reminders_view, 1)
        return tab

    def refresh_reminders(self) -> None:
        context, as_of = self.session.context(), as_date(self.reminders_day)

        def load() -> list[ReminderRow]:
            from app.services.parties import customers

            names = {c.id: c.name for c in customers.list_customers(context)}
            due = receivables_reports.list_reminders_due(context, as_of)
            return [ReminderRow(item, names.get(item.customer_id, "")) for item in due]

        self.store.submit(load, self._reminders_loaded, self._failed, owner=self)

    def _reminders_loaded(self, rows: list[ReminderRow]) -> None:
        self.reminders.set_rows(rows)
        self.reminders_view.selectAll()
        self.reminders_count.setText(
            self.tr("%n reminder(s) due.", "", len(rows))
            if rows
            else self.tr("No reminder is due.")
        )

    def issue_clicked(self) -> None:
        self.issue_reminders()

    def issue_reminders(self, folder: str | None = None, email: bool | None = None) -> None:
        rows = sorted({i.row() for i in self.reminders_view.selectionModel().selectedRows()})
        numbers = tuple(self.reminders.rows[r].reminder.invoice for r in rows)
        if not numbers:
            self.status.setText(self.tr("Select the reminders to issue."))
            return
        if folder is None:
            answer = QMessageBox.question(
                self,
                self.tr("Issue reminders?"),
                self.tr(
                    "Issue %n reminder(s)? Their fees are charged to the customers.",
                    "",
                    len(numbers),
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            folder = QFileDialog.getExistingDirectory(self, self.tr("Save the letters in"))
            if not folder:
                return
        context, as_of, target = self.session.context(), as_date(self.reminders_day), Path(folder)
        send = self.email_letters.isChecked() if email is None else email

        def job() -> Done[tuple[list[Path], list[LetterSent]]]:
            made = receivables_reports.issue_reminders(context, as_of, numbers)
            issued, written = made.value, []
            for name, pdf in report_pdfs.reminder_letters(context, issued, as_of):
                write_atomically(target / name, pdf, "folder")
                written.append(target / name)
            sent = send_reminder_letters(context, issued, as_of) if send and issued else []
            return Done((written, sent), made.changes)

        self.store.run(job, self._reminders_issued, self._failed, owner=self)

    def _reminders_issued(self, done: Done[tuple[list[Path], list[LetterSent]]]) -> None:
        letters, sent = done.value
        text = self.tr("Issued; %n letter(s) saved.", "", len(letters))
        text += f" {letters[0].parent}" if letters else ""
        if sent:
            states = [r.status for r in sent]
            text += " " + self.tr(
                "By email: sent {sent}, skipped {skipped}, failed {failed}."
            ).format(
                sent=states.count(LetterOutcome.SENT),
                skipped=states.count(LetterOutcome.SKIPPED),
                failed=states.count(LetterOutcome.FAILED),
            )
            problems = [f"{r.name}: {r.error}" for r in sent if r.error]
            text += (" " + problems[0]) if problems else ""
        self.status.setText(text)
        self.refresh_reminders()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(describe(error))
