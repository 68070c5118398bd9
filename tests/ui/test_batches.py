"""Long work in steps with progress: PDFs of a selection saved into a folder (and cancelled),
every unsent document emailed to a real SMTP server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QPushButton
from pytestqt.exceptions import TimeoutError as WaitTimeout

from app.services.documents import drafts, issuing, stored_files
from app.services.mail import emailing
from tests.smtp_server import configure_smtp
from tests.unit.services.builders import add_customer, invoice_json
from ui.documents.documents_page import DocumentsPage


def _issue(ctx: Any, customer: int) -> str:
    draft = drafts.create_draft(ctx, invoice_json(customer))
    return str(issuing.issue_document(ctx, draft).number)


def _page(qtbot: Any, store: Any, session: Any, rows: int) -> DocumentsPage:
    page = DocumentsPage(store, session)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: len(page.model.rows) == rows, timeout=10_000)
    return page


def test_the_pdfs_of_a_selection_saved_with_progress_and_cancel(
    qtbot: Any, store: Any, session: Any, tmp_path: Path
) -> None:
    ctx = session.context()
    customer = add_customer(ctx)
    numbers = [_issue(ctx, customer) for _ in range(3)]
    page = _page(qtbot, store, session, 3)
    menu = page.document_actions.menu_for(page.model.rows)
    assert "Save 3 PDF(s) in a folder…" in [a.text() for a in menu.actions()]
    runner = page.document_actions.save_pdfs(page.model.rows, str(tmp_path))
    assert runner is not None
    qtbot.waitUntil(lambda: "saved" in page.status.text(), timeout=20_000)
    assert page.status.text() == "3 of 3 saved."
    for number in numbers:
        saved = (tmp_path / f"{number}.pdf").read_bytes()
        assert saved == stored_files.document_pdf(ctx, number).data

    cancelled = tmp_path / "cancelled"
    cancelled.mkdir()
    qtbot.waitUntil(lambda: len(page.model.rows) == 3, timeout=10_000)  # the list reloaded
    runner = page.document_actions.save_pdfs(page.model.rows, str(cancelled))
    assert runner is not None
    cancel = runner.progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()  # the user presses Cancel while the first one is written
    try:
        qtbot.waitUntil(lambda: "Cancelled" in page.status.text(), timeout=20_000)
    except WaitTimeout:  # say what was shown instead
        raise AssertionError((page.status.text(), runner.results)) from None
    assert len(list(cancelled.glob("*.pdf"))) == 1
    assert page.status.text() == "1 of 3 saved. Cancelled after 1."


def test_every_unsent_document_is_emailed_and_a_failure_is_named(
    qtbot: Any, store: Any, session: Any, server: Any
) -> None:
    inbox, port, _cert = server
    ctx = session.context()
    configure_smtp(ctx, port)
    with_email = add_customer(ctx, email="kasse@example.de")
    without = add_customer(ctx, name="Ohne Mail KG")
    sent = [_issue(ctx, with_email), _issue(ctx, with_email)]
    failing = _issue(ctx, without)
    page = _page(qtbot, store, session, 3)
    page.document_actions.send_unsent(confirm=False)
    qtbot.waitUntil(lambda: " sent." in page.status.text(), timeout=30_000)
    assert page.status.text().startswith("2 of 3 sent.")
    assert failing in page.status.text()
    assert len(inbox.messages) == 2
    assert {e.rcpt_tos[0] for e, _m in inbox.messages} == {"kasse@example.de"}
    assert {d.number for d in emailing.unsent(ctx)} == {failing}
    assert all(n not in {d.number for d in emailing.unsent(ctx)} for n in sent)
