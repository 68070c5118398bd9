"""Reports: aging on a chosen day with drill-down and exports; reminders issued with letters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate

from app.services.documents import drafts, issuing
from app.services.receivables import receivables_reports
from tests.smtp_server import configure_smtp
from tests.unit.services.builders import add_customer, invoice_json
from ui.receivables.report_models import parse_buckets
from ui.receivables.reports_page import ReportsPage


def test_bucket_limits_are_read_or_refused_with_the_reason() -> None:
    assert parse_buckets("30, 60;90") == (30, 60, 90)
    for bad in ("", "30, sixty", "60, 30", "0, 30"):
        with pytest.raises(ValueError, match=r"e\.g\. 30, 60, 90"):
            parse_buckets(bad)


def test_aging_drill_down_exports_and_reminders(
    qtbot: Any, qtmodeltester: Any, store: Any, session: Any, tmp_path: Path
) -> None:
    ctx = session.context()
    customer = add_customer(ctx, name="Spät GmbH")
    data = invoice_json(customer, issue_date="2026-09-01", due_date="2026-09-15")
    number = issuing.issue_document(ctx, drafts.create_draft(ctx, data)).number
    page = ReportsPage(store, session)
    qtbot.addWidget(page)
    page.as_of.setDate(QDate(2026, 11, 24))
    page.buckets.setText("30, 60, 90")
    page.refresh_aging()
    qtbot.waitUntil(lambda: len(page.aging.rows) == 1, timeout=10_000)
    qtmodeltester.check(page.aging)
    headers = [
        page.aging.headerData(c, page.aging_view.horizontalHeader().orientation())
        for c in range(page.aging.columnCount())
    ]
    row = {h: page.aging.index(0, c).data() for c, h in enumerate(headers)}
    assert row["Customer"] == "Spät GmbH" and row["Balance"] == "1130.50"
    assert row["61-90"] == "1130.50"  # 70 days overdue
    page.aging_view.selectRow(0)
    assert page.drill.count() == 1 and page.drill.item(0).data(256) == number
    with qtbot.waitSignal(page.open_document) as opened:
        page.drill.itemActivated.emit(page.drill.item(0))
    assert opened.args == [number]

    page.buckets.setText("60, 30")
    page.refresh_aging()
    assert "must grow" in page.status.text()
    page.buckets.setText("30, 60, 90")
    page.export_aging("csv", str(tmp_path / "aging.csv"))
    page.export_aging("pdf", str(tmp_path / "aging.pdf"))
    qtbot.waitUntil((tmp_path / "aging.pdf").exists, timeout=10_000)
    assert "Spät GmbH" in (tmp_path / "aging.csv").read_text("utf-8")
    assert (tmp_path / "aging.pdf").read_bytes().startswith(b"%PDF")

    page.reminders_day.setDate(QDate(2026, 11, 24))
    page.refresh_reminders()
    qtbot.waitUntil(lambda: len(page.reminders.rows) == 1, timeout=10_000)
    assert page.reminders_count.text() == "1 reminder(s) due."
    page.status.clear()
    qtmodeltester.check(page.reminders)
    assert page.reminders.rows[0].reminder.invoice == number
    page.issue_reminders(folder=str(tmp_path))
    qtbot.waitUntil(lambda: page.status.text() != "", timeout=15_000)
    assert "letter" in page.status.text(), page.status.text()
    letters = list(tmp_path.glob("reminder-*.pdf"))
    assert len(letters) == 1 and letters[0].read_bytes().startswith(b"%PDF")
    from datetime import date

    assert receivables_reports.list_reminders_due(ctx, date(2026, 11, 24)) == []


def test_reminder_letters_go_out_by_email(
    qtbot: Any, store: Any, session: Any, server: Any, tmp_path: Path
) -> None:

    inbox, port, _ = server
    ctx = session.context()
    configure_smtp(ctx, port)
    customer = add_customer(ctx, name="Spät GmbH", email="buchhaltung@spaet.example")
    data = invoice_json(customer, issue_date="2026-09-01", due_date="2026-09-15")
    number = issuing.issue_document(ctx, drafts.create_draft(ctx, data)).number
    page = ReportsPage(store, session)
    qtbot.addWidget(page)
    page.reminders_day.setDate(QDate(2026, 11, 24))
    page.refresh_reminders()
    qtbot.waitUntil(lambda: len(page.reminders.rows) == 1, timeout=10_000)
    page.status.clear()
    page.email_letters.setChecked(True)
    page.issue_reminders(folder=str(tmp_path))
    qtbot.waitUntil(lambda: page.status.text() != "", timeout=15_000)
    assert "By email: sent 1, skipped 0, failed 0." in page.status.text(), page.status.text()
    ((envelope, message),) = inbox.messages
    assert envelope.rcpt_tos == ["buchhaltung@spaet.example"] and number in message["Subject"]
    saved = next(tmp_path.glob("reminder-*.pdf")).read_bytes()
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content() == saved  # the letter saved is the letter sent
