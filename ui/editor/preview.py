"""The editor's preview side: the draft as it would print (DRAFT mark, no number), rendered on
the store thread a moment after the typing stops."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app import bootstrap
from app.services.documents import editing
from app.services.errors import Rejected
from ui.common.messages import describe
from ui.common.pdf_view import PdfPreview
from ui.common.problem_texts import problem_text
from ui.common.store_thread import StoreThread
from ui.editor.presenter import EditorPresenter


class DraftPreview(QWidget):
    def __init__(
        self, store: StoreThread, session: bootstrap.CompanySession, presenter: EditorPresenter
    ) -> None:
        super().__init__()
        self.store, self.session, self.presenter = store, session, presenter
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(700)
        self.timer.timeout.connect(self.refresh)
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Preview (DRAFT, no number)"))
        self.status.setWordWrap(True)
        self.pdf = PdfPreview()
        layout.addWidget(self.status)
        layout.addWidget(self.pdf, 1)

    def refresh(self) -> None:
        """Render the draft shown now (not saved yet) on the store thread."""
        if not self.presenter.can_preview:
            self.status.setText(
                self.tr("The preview appears once a customer is chosen and the lines add up.")
            )
            return
        context, data = self.session.context(), self.presenter.for_saving()
        doc_type = self.presenter.doc_type
        self.store.submit(
            lambda: editing.preview_pdf(context, data, doc_type),
            self._show,
            self._failed,
            owner=self,
        )

    def _show(self, pdf: bytes) -> None:
        self.status.setText(self.tr("Preview (DRAFT, no number)"))
        self.pdf.show_pdf(pdf)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Rejected):
            self.status.setText("; ".join(problem_text(p) for p in error.problems))
        else:
            self.status.setText(describe(error))
