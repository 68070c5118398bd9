"""The invoice editor's window: a draft (invoice, credit or debit note) as a form and a line
grid, its totals and problems live from the domain code, undo/redo, a DRAFT preview, save and
issue.

The draft, its history and its evaluation are the ``EditorPresenter``'s (ui/editor/presenter.py,
no Qt); this window builds the widgets, hands them what the presenter shows after every change,
and runs saving, issuing and the preview on the store thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import bootstrap
from app.domain.documents import DocumentType
from app.domain.parties import Customer
from app.services.documents import editing, issuing
from app.services.documents.editing import EditorSetup, Evaluation
from app.services.errors import Rejected
from app.services.formatting import Formatter
from ui.common.field_form import ERROR_STYLE
from ui.common.messages import describe
from ui.common.problem_texts import problem_line, problem_text
from ui.common.store_thread import StoreThread
from ui.common.translation import ui_language
from ui.editor.actions import EditorToolbar
from ui.editor.header import EditorHeader
from ui.editor.line_grid import DESCRIPTION, LineDelegate, LinesModel, LineTable
from ui.editor.presenter import Closing, EditorPresenter, Wording
from ui.editor.preview import DraftPreview
from ui.editor.totals import TotalsLabel
from ui.parties.new_customer_dialog import NewCustomerDialog


class InvoiceEditor(QMainWindow):
    saved = Signal(int)  # the draft's id
    issued = Signal(str)  # the number it was issued with

    def __init__(
        self,
        store: StoreThread,
        session: bootstrap.CompanySession,
        setup: EditorSetup,
        *,
        document_id: int | None = None,
        doc_type: DocumentType = DocumentType.INVOICE,
        data: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.session, self.setup = store, session, setup
        self.language = ui_language()
        self.fmt = Formatter(self.language)
        self.presenter = EditorPresenter(
            setup,
            doc_type,
            document_id=document_id,
            data=data,
            language=self.language,
            wording=Wording(discount=self.tr("Discount"), entered=self.tr("entered")),
        )
        self.preview_side = DraftPreview(store, session, self.presenter)
        self.preview, self.preview_timer = self.preview_side.pdf, self.preview_side.timer
        self.model = LinesModel(self.presenter, self.set_cell, self.fmt)
        self.splitter = splitter = QSplitter()
        splitter.addWidget(self._form_side())
        splitter.addWidget(self.preview_side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 500])
        self.setCentralWidget(splitter)
        self._build_actions()
        self.resize(1280, 820)
        self.refresh()

    # -- what the presenter holds -------------------------------------------------------------
    @property
    def document_id(self) -> int | None:
        return self.presenter.document_id

    @property
    def doc_type(self) -> DocumentType:
        return self.presenter.doc_type

    @property
    def data(self) -> dict[str, Any]:
        """The draft JSON of what is shown (docs/drafts.md)."""
        return self.presenter.data()

    @property
    def evaluation(self) -> Evaluation:
        return self.presenter.evaluation

    # -- building -----------------------------------------------------------------------------
    def _form_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        self.header = EditorHeader(self.presenter, self._edited, self.new_customer, self.fmt)
        header = self.header  # the header's fields, as the window's (tests and pages use them)
        self.customer, self.texts, self.forms = header.customer, header.texts, header.forms
        layout.addWidget(self.header)
        layout.addWidget(self._grid(), 1)
        layout.addWidget(self.lines_problem)
        layout.addLayout(self._bottom())
        layout.addLayout(self._buttons())
        return side

    def _grid(self) -> LineTable:
        self.table = LineTable(self.add_line)
        self.table.setModel(self.model)
        self.table.setItemDelegate(LineDelegate(self.model, self.table))
        self.table.setAccessibleName(self.tr("Lines"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column in range(DESCRIPTION + 1, self.model.columnCount()):  # fitted by the table
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.lines_problem = QLabel()
        self.lines_problem.setStyleSheet(ERROR_STYLE)
        self.lines_problem.setWordWrap(True)
        return self.table

    def _bottom(self) -> QHBoxLayout:
        bottom = QHBoxLayout()
        notes = QVBoxLayout()
        notes.addWidget(QLabel(self.tr("Note on the document:")))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note on the document"))
        self.note.setMaximumHeight(80)
        self.note.setTabChangesFocus(True)
        self.note_timer = QTimer(self)
        self.note_timer.setSingleShot(True)
        self.note_timer.setInterval(600)
        self.note_timer.timeout.connect(self._note_changed)
        self.note.textChanged.connect(self._note_typed)
        notes.addWidget(self.note)
        self.problems = QLabel()
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.setWordWrap(True)
        notes.addWidget(self.problems)
        bottom.addLayout(notes, 1)
        self.totals = TotalsLabel(self.fmt)
        bottom.addWidget(self.totals)
        return bottom

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons.addWidget(self.status, 1)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save_clicked)
        self.issue_button = QPushButton(self.tr("&Issue…"))
        self.issue_button.clicked.connect(self.issue)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.issue_button)
        return buttons

    def _build_actions(self) -> None:
        slots: dict[str, Callable[[], object]] = {
            "save": self.save_clicked,
            "issue": self.issue,
            "undo": self.undo,
            "redo": self.redo,
            "add": self.add_line,
            "remove": self.remove_line,
            "close": self.close,
        }
        self.toolbar = EditorToolbar(slots, self.model.headers, self)
        self.addToolBar(self.toolbar)
        self.actions_by_name = self.toolbar.actions_by_name

    # -- the presenter to the widgets ---------------------------------------------------------
    def refresh(self) -> None:
        """Show what the presenter holds now (after an edit, undo or redo)."""
        presenter, problems = self.presenter, self.presenter.problems
        self.header.load(presenter.state)
        note = presenter.state.text("note")
        if self.note.toPlainText() != note:
            self.note.blockSignals(True)
            self.note.setPlainText(note)
            self.note.blockSignals(False)
        changed = self.model.refreshed()
        if changed is None or changed:
            self.table.fit_columns(changed)
        self.header.show_problems(problems)
        lines = "" if problems.lines is None else problem_text(problems.lines)
        self.lines_problem.setText(lines)
        self.lines_problem.setVisible(bool(lines))
        self.problems.setText("\n".join(problem_line(p) for p in problems.other))
        self.issue_button.setToolTip(
            self.tr("Ready to issue.")
            if presenter.can_issue
            else self.tr("%n problem(s) stop the issue.", "", problems.count)
        )
        totals = presenter.evaluation.totals
        self.totals.show_rows(presenter.total_rows(), "" if totals is None else totals.currency)
        self._history_shown()
        self.preview_timer.start()

    def _history_shown(self) -> None:
        self.toolbar.show_history(self.presenter.history)
        self._title()

    def _title(self) -> None:
        kind = {
            DocumentType.INVOICE: self.tr("Invoice"),
            DocumentType.CREDIT_NOTE: self.tr("Credit note"),
            DocumentType.DEBIT_NOTE: self.tr("Debit note"),
        }[self.doc_type]
        name = (
            self.tr("new draft")
            if self.document_id is None
            else self.tr("draft {0}").format(self.document_id)
        )
        dirty = " *" if self.presenter.title_dirty else ""
        self.setWindowTitle(f"{kind} — {name}{dirty} — Invoice Desk")

    # -- the widgets to the presenter ---------------------------------------------------------
    def _edited(self, changed: bool) -> None:
        if changed:
            self.refresh()

    def set_cell(self, row: int, column: int, text: str) -> bool:
        """What was typed in a cell (the line grid's ``setData``)."""
        changed = self.presenter.set_cell(row, column, text)
        self._edited(changed)
        return changed

    def add_line(self) -> None:
        self._edited(self.presenter.add_line())

    def remove_line(self) -> None:
        self._edited(self.presenter.remove_line(self.table.currentIndex().row()))

    def undo(self) -> None:
        self._edited(self.presenter.undo())

    def redo(self) -> None:
        self._edited(self.presenter.redo())

    def _note_typed(self) -> None:
        self.note_timer.start()

    def _note_changed(self) -> None:
        self._edited(self.presenter.set_text("note", self.note.toPlainText()))

    def new_customer(self) -> None:
        country = self.setup.seller.address.country
        dialog = NewCustomerDialog(self.store, self.session, self._customer_created, country, self)
        dialog.open()

    def _customer_created(self, customer: Customer) -> None:
        self.header.add_customer(customer)
        self._edited(self.presenter.customer_created(customer))

    # -- store work ---------------------------------------------------------------------------
    def save_clicked(self) -> None:
        """Save from a button or shortcut (their ``checked`` argument is not a callback)."""
        self.save()

    def save(self, then: Callable[[int], object] | None = None) -> None:
        self.note_timer.stop()
        self._note_changed()
        context, presenter = self.session.context(), self.presenter
        state, data = presenter.state, presenter.for_saving()
        document_id, doc_type = presenter.document_id, presenter.doc_type
        self.status.setText(self.tr("Saving…"))

        def done(saved: editing.Saved) -> None:
            presenter.saved(saved.document_id, state)
            self._title()
            self.status.setText(self.tr("Saved."))
            self.saved.emit(saved.document_id)
            if then is not None:
                then(saved.document_id)

        self.store.run(
            lambda: editing.save_draft(context, document_id, data, doc_type),
            done,
            self._failed,
            owner=self,
        )

    def issue(self) -> None:
        """Save and issue in one use case, once the owner confirms (issuing is for good)."""
        if not self.presenter.can_issue:
            self.status.setText(self.tr("Not ready: fix the problems marked in red first."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Issue the document?"),
            self.tr(
                "Issuing gives the document the next number of its series and stores its PDF "
                "and e-invoice. An issued document can never be changed or deleted; mistakes "
                "are corrected with a credit note.\n\nIssue it now?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.note_timer.stop()
        self._note_changed()
        context, presenter = self.session.context(), self.presenter
        data, document_id, doc_type = presenter.for_saving(), presenter.document_id, self.doc_type
        self.status.setText(self.tr("Issuing…"))
        self.store.run(
            lambda: issuing.save_and_issue(context, document_id, data, doc_type),
            self._issued,
            self._failed,
            owner=self,
        )

    def _issued(self, result: issuing.Issued) -> None:
        self.presenter.saved(result.document_id, self.presenter.state)
        self.status.setText(self.tr("Issued as {0}.").format(result.number))
        self.issued.emit(result.number)
        self.close()

    def _failed(self, error: BaseException) -> None:
        self.presenter.closing_after_save = False
        if isinstance(error, Rejected):
            lines = "; ".join(problem_line(p) for p in error.problems)
            self.status.setText(self.tr("Not done: {0}").format(lines))
        else:
            self.status.setText(describe(error))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.presenter.closing() is Closing.CLOSE:
            super().closeEvent(event)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this draft before closing?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self.presenter.mark_clean()
            super().closeEvent(event)
        elif answer == QMessageBox.StandardButton.Save:
            event.ignore()
            self.presenter.closing_after_save = True
            self.save(then=lambda _id: self.close())
        else:
            event.ignore()


def open_editor(
    store: StoreThread,
    session: bootstrap.CompanySession,
    parent: QWidget,
    *,
    document_id: int | None = None,
    doc_type: DocumentType = DocumentType.INVOICE,
    shown: Callable[[InvoiceEditor], None] | None = None,
    failed: Callable[[BaseException], None] | None = None,
) -> None:
    """Load what the editor needs on the store thread, then open it (a stored draft, or new)."""
    context = session.context()

    def load() -> tuple[EditorSetup, DocumentType, dict[str, Any] | None]:
        setup = editing.editor_setup(context)
        if document_id is None:
            return setup, doc_type, None
        stored_type, data = editing.draft_for_editing(context, document_id)
        return setup, stored_type, data

    def show(loaded: tuple[EditorSetup, DocumentType, dict[str, Any] | None]) -> None:
        setup, kind, data = loaded
        editor = InvoiceEditor(
            store, session, setup, document_id=document_id, doc_type=kind, data=data, parent=parent
        )
        editor.setWindowFlag(Qt.WindowType.Window, True)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        editor.show()
        if shown is not None:
            shown(editor)

    store.submit(load, show, failed, owner=parent)
