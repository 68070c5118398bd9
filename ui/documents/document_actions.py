"""What can be done with the documents selected in the list: a context menu whose entries
depend on what the document is (a draft, an issued invoice, a credit note) and on the selection.

Every action runs its use case on the store thread; questions (confirm an issue, the dispute's
reason, where to save the XML) are asked before the work starts, never while it runs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from app import bootstrap
from app.domain.lifecycle import Action
from app.services.changes import Done
from app.services.clock import today
from app.services.documents import corrections, drafts, issuing, stored_files
from app.services.documents.import_report import ImportReport, report_text
from app.services.errors import InvalidInput
from app.services.files import write_atomically
from app.services.mail import emailing
from app.services.ports import DocumentSummary
from app.services.receivables import adjustments
from ui.common.batch import BatchRunner, summary
from ui.receivables.payment_dialog import PaymentDialog

if TYPE_CHECKING:
    from ui.documents.documents_page import DocumentsPage

Entry = tuple[Action, str, Callable[[], None]]


class DocumentActions(QObject):
    def __init__(self, page: DocumentsPage) -> None:
        super().__init__(page)
        self.page = page

    def menu_for(self, rows: list[DocumentSummary]) -> QMenu:
        """The entries the domain's transitions table allows for one document (grouped:
        draft, money, files), and for several the sum and their stored PDFs."""
        menu = QMenu(self.page)
        groups = self._groups(rows[0]) if len(rows) == 1 else []
        for group in (g for g in groups if g):
            if menu.actions():
                menu.addSeparator()
            for _, text, triggered in group:
                action = QAction(text, menu)
                action.triggered.connect(triggered)
                menu.addAction(action)
        issued = [r for r in rows if r.allows(Action.PRINT)]
        if len(rows) > 1:
            menu.addAction(self.page.selection_text(rows)).setEnabled(False)
            if issued:
                save = QAction(self.tr("Save %n PDF(s) in a folder…", "", len(issued)), menu)
                save.triggered.connect(lambda: self.save_pdfs(issued))
                menu.addAction(save)
        return menu

    def _groups(self, one: DocumentSummary) -> list[list[Entry]]:
        groups: list[list[Entry]] = [
            [
                (Action.EDIT, self.tr("Edit draft"), lambda: self.page.open_editor(one.id)),
                (Action.ISSUE, self.tr("Issue…"), lambda: self.issue(one)),
                (Action.DELETE, self.tr("Delete draft…"), lambda: self.delete(one)),
            ],
            [
                (
                    Action.RECORD_PAYMENT,
                    self.tr("Record payment…"),
                    lambda: self.record_payment(one),
                ),
                (Action.CREDIT, self.tr("Credit note…"), lambda: self.credit_note(one)),
                (Action.DISPUTE, self.tr("Dispute…"), lambda: self.dispute(one, clear=False)),
                (Action.DISPUTE, self.tr("Clear dispute"), lambda: self.dispute(one, clear=True)),
            ],
            [
                (Action.PRINT, self.tr("Print…"), self.page.print_clicked),
                (Action.PRINT, self.tr("Open PDF"), self.page.open_current),
                (Action.EMAIL, self.tr("Email…"), lambda: self.email(one)),
                (Action.EXPORT_XML, self.tr("Export e-invoice XML…"), lambda: self.export_xml(one)),
            ],
        ]
        allowed = one.actions
        return [[entry for entry in group if entry[0] in allowed] for group in groups]

    def show_menu(self, position: QPoint) -> None:
        rows = self.page.selected_rows()
        if rows:
            self.menu_for(rows).popup(self.page.table.viewport().mapToGlobal(position))

    # -- the actions --------------------------------------------------------------------------
    def _run(self, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """A read (files out, lists): the pages stay as they are."""
        self.page.store.submit(job, done, self.page.failed, owner=self.page)

    def _change(self, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """A use case that changes data: every page showing it re-queries once it committed."""
        self.page.store.run(job, done, self.page.failed, owner=self.page)

    def issue(self, row: DocumentSummary) -> None:
        answer = QMessageBox.question(
            self.page,
            self.tr("Issue the document?"),
            self.tr(
                "Issuing gives the document the next number of its series and stores its PDF "
                "and e-invoice. An issued document can never be changed or deleted.\n\n"
                "Issue it now?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        context = self.page.session.context()
        self._change(
            lambda: issuing.issue_document(context, row.id),
            lambda result: self.page.done(self.tr("Issued as {0}.").format(result.number)),
        )

    def delete(self, row: DocumentSummary) -> None:
        answer = QMessageBox.question(
            self.page, self.tr("Delete the draft?"), self.tr("The draft is deleted for good.")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        context = self.page.session.context()
        self._change(
            lambda: drafts.delete_draft(context, row.id),
            lambda _r: self.page.done(self.tr("Draft deleted.")),
        )

    def record_payment(self, row: DocumentSummary) -> None:
        if row.customer_id is None:  # an issued invoice always has its customer
            return
        dialog = PaymentDialog(
            self.page.store,
            self.page.session,
            row.customer_id,
            str(row.customer_name),
            invoice=str(row.number),
            today=today(self.page.session.context()),
            parent=self.page,
        )
        dialog.recorded.connect(lambda _r: self.page.done(self.tr("Payment recorded.")))
        dialog.open()
        self.page.last_dialog = dialog

    def credit_note(self, row: DocumentSummary) -> None:
        """A draft crediting the whole invoice opens in the editor; reduce or remove lines
        there to credit part of it. Issuing checks that no more is credited than is left."""
        context, number = self.page.session.context(), str(row.number)
        self._change(
            lambda: corrections.new_credit_note(context, number),
            lambda made: self.page.open_editor(made.value),
        )

    def dispute(self, row: DocumentSummary, *, clear: bool) -> None:
        note = ""
        if not clear:
            note, ok = QInputDialog.getText(
                self.page, self.tr("Dispute"), self.tr("What does the customer dispute?")
            )
            if not ok:
                return
        context, number = self.page.session.context(), str(row.number)
        day = today(context)
        self._change(
            lambda: adjustments.set_dispute(context, number, day, note, clear=clear),
            lambda _r: self.page.done(
                self.tr("Dispute cleared.") if clear else self.tr("Marked as disputed.")
            ),
        )

    def email(self, row: DocumentSummary) -> None:
        context, number = self.page.session.context(), str(row.number)
        self._change(
            lambda: emailing.send_document(context, number),
            lambda sent: self.page.done(
                self.tr("Sent to {0}.").format(", ".join(sent.value.recipients))
            ),
        )

    def save_pdfs(
        self, rows: list[DocumentSummary], folder: str | None = None
    ) -> BatchRunner | None:
        """The stored PDF of each document into a folder, with progress; Cancel stops."""
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self.page, self.tr("Save the PDFs in"))
            if not folder:
                return None
        context, target = self.page.session.context(), Path(folder)
        numbers = [str(r.number) for r in rows]

        def job(number: str) -> None:
            write_atomically(
                target / f"{number}.pdf", stored_files.document_pdf(context, number).data
            )

        return self._batch(numbers, job, self.tr("Saving PDFs…"), self.tr("saved"))

    def send_unsent_clicked(self) -> None:
        self.send_unsent()

    def send_unsent(self, confirm: bool = True) -> None:
        """Email every issued document never sent, one after another, with progress."""
        context = self.page.session.context()

        def start(unsent: list[emailing.Unsent]) -> None:
            if not unsent:
                self.page.done(self.tr("Every issued document has been sent."))
                return
            if confirm:
                answer = QMessageBox.question(
                    self.page,
                    self.tr("Send by email?"),
                    self.tr("Send %n document(s) that were never sent?", "", len(unsent)),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
            self._batch(
                [u.number for u in unsent],
                lambda number: emailing.send_document(context, number),
                self.tr("Sending…"),
                self.tr("sent"),
            )

        self._run(lambda: emailing.unsent(context), start)

    def _batch(
        self, items: list[str], job: Callable[[str], Any], title: str, done_text: str
    ) -> BatchRunner:
        runner = BatchRunner(self.page.store, items, job, title, parent=self.page)
        runner.finished.connect(
            lambda results: self.page.done(summary(results, len(items), done_text))
        )
        self.page.batch = runner
        runner.start()
        return runner

    def import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.page,
            self.tr("Import an e-invoice"),
            "",
            self.tr("E-invoices (*.xml *.pdf);;All files (*)"),
        )
        if path:
            self.import_einvoice(Path(path))

    def import_einvoice(self, path: Path) -> None:
        """UBL, CII or a Factur-X PDF into a draft: the report of what differs from its stated
        totals, then the draft in the editor."""
        context = self.page.session.context()

        def job() -> Done[ImportReport]:
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise InvalidInput.of(
                    "file.unreadable", "file", path=path, reason=exc.strerror
                ) from None
            return bootstrap.import_einvoice_file(context, data)

        def done(imported: Done[ImportReport]) -> None:
            report = imported.value
            self.page.last_import = report_text(report)
            self.page.done(self.page.last_import.splitlines()[0])
            self.page.open_editor(report.draft)

        self._change(job, done)

    def export_xml(self, row: DocumentSummary, path: str | None = None) -> None:
        number = str(row.number)
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.page, self.tr("Save e-invoice"), f"{number}.xml", "XML (*.xml)"
            )
            if not path:
                return
        context, target = self.page.session.context(), Path(path)

        def job() -> Path:
            write_atomically(target, stored_files.einvoice(context, number).data, "file")
            return target

        self._run(job, lambda written: self.page.done(self.tr("Saved {0}.").format(written)))
