"""The outbox runner against a real HTTP receiver and a folder: failures wait and go again,
refusals need attention, and `invoice-desk sync run` killed with SIGKILL at random moments
still delivers every bundle exactly once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app import bootstrap
from app.services.accountant import bundles, outbox
from sync.bundle_maker import PeriodBundleMaker
from sync.manifest import verify_bundle
from sync.runner import run
from tests.conftest import PASSPHRASE, REPO, run_cli
from tests.http_receiver import http_receiver

SECRET = "shared-secret-of-the-accountant"
NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


def _make(ctx: Any, start: date, end: date) -> bundles.Made:
    return bundles.create_bundle(ctx, start, end, PeriodBundleMaker(ctx.clock())).value


def test_failures_wait_with_backoff_and_a_refusal_needs_attention(
    ctx: Any, month: Any, monkeypatch: Any
) -> None:
    monkeypatch.setenv("INVOICE_DESK_DESTINATION_SECRET_API", SECRET)
    with http_receiver(SECRET.encode()) as receiver:
        outbox.add_destination(ctx, "api", "http", {"url": receiver.url})
        made = _make(ctx, *NOVEMBER)
        receiver.script = ["500"] * 3  # one runner attempt = three POSTs, all answered 500
        report = run(ctx, make_due=False)
        job = report.failed[0][0]
        assert (job.state, job.attempts) == ("pending", 1)
        assert "gave up after 3 attempts: HTTP 500" in (job.last_error or "")
        assert datetime.fromisoformat(job.next_attempt_at) > ctx.clock()  # waits: not due now
        assert run(ctx, make_due=False).failed == []  # nothing due yet
        ctx.clock.advance(minutes=2)
        receiver.script = ["400"]
        report = run(ctx, make_due=False)
        job = report.failed[0][0]
        assert job.state == "attention" and "HTTP 400" in (job.last_error or "")
        ctx.clock.advance(days=1)
        assert run(ctx, make_due=False).failed == []  # a person has to look first
        outbox.retry(ctx, job.id)
        report = run(ctx, make_due=False)
        assert [j.state for j, _ in report.delivered] == ["delivered"]
        outcomes = [a.outcome for a in outbox.attempts(ctx, job.id)]
        assert outcomes == ["failed", "refused", "delivered"]
        assert list(receiver.stored) == [report.delivered[0][0].idempotency_key]
        assert receiver.stored[job.idempotency_key]["metadata"]["sequence"] == made.bundle.sequence


def test_a_job_that_keeps_failing_goes_to_the_attention_list(
    ctx: Any, month: Any, tmp_path: Path
) -> None:
    missing = tmp_path / "unmounted-share"
    outbox.add_destination(ctx, "share", "folder", {"path": str(missing)})
    _make(ctx, *NOVEMBER)
    for _ in range(outbox.MAX_ATTEMPTS):
        report = run(ctx, make_due=False)
        ctx.clock.advance(hours=4)
    job = report.failed[0][0]
    assert (job.state, job.attempts) == ("attention", outbox.MAX_ATTEMPTS)
    assert "is not a folder (or not mounted)" in (job.last_error or "")


def test_the_schedule_makes_last_months_bundle_once(ctx: Any, month: Any, tmp_path: Path) -> None:
    from app.services.company.settings import set_setting

    (tmp_path / "nas").mkdir()
    outbox.add_destination(ctx, "nas", "folder", {"path": str(tmp_path / "nas")})
    set_setting(ctx, "sync.schedule", "monthly")
    set_setting(ctx, "sync.day", "3")
    ctx.clock.set("2026-12-02T09:00:00+01:00")
    report = run(ctx)  # nothing bundled yet: the latest due period, October (due 3 November)
    assert [m.bundle.period_to for m in report.made] == [date(2026, 10, 31)]
    assert run(ctx).made == []  # November's bundle is due on the 3rd
    ctx.clock.set("2026-12-03T09:00:00+01:00")
    report = run(ctx)
    assert [(m.bundle.period_from, m.bundle.period_to) for m in report.made] == [NOVEMBER]
    assert len(report.delivered) == 1
    assert run(ctx).made == [] and run(ctx).delivered == []
    ctx.clock.set("2027-03-04T09:00:00+01:00")  # the program was not opened for a while
    made = [(m.bundle.period_from.month, m.bundle.sequence) for m in run(ctx).made]
    assert made == [(12, 3), (1, 4), (2, 5)]


def _company_env(session: Any) -> dict[str, str]:
    return {
        "INVOICE_DESK_FILE": str(session.path),
        "INVOICE_DESK_PASSPHRASE": PASSPHRASE,
        "INVOICE_DESK_DESTINATION_SECRET_API": SECRET,
    }


def test_sync_run_killed_at_random_moments_delivers_every_bundle_exactly_once(
    session: Any, ctx: Any, month: Any, tmp_path: Path
) -> None:
    nas = tmp_path / "nas"
    nas.mkdir()
    with http_receiver(SECRET.encode()) as receiver:
        outbox.add_destination(ctx, "api", "http", {"url": receiver.url})
        outbox.add_destination(ctx, "nas", "folder", {"path": str(nas)})
        _make(ctx, date(2026, 9, 1), date(2026, 9, 30))
        _make(ctx, *NOVEMBER)
        session.close()  # the command below opens the file for writing
        receiver.script = ["slow"] * 200
        env = {**os.environ, **_company_env(session)}
        chance = random.Random(99)
        for round_ in range(12):
            receiver.arrived.clear()
            process = subprocess.Popen(
                [sys.executable, "-m", "ui.launcher", "sync", "run", "--no-make"],
                cwd=REPO,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            if round_ % 2 == 0:  # within an upload, however slowly this machine starts Python
                while not receiver.arrived.is_set() and process.poll() is None:
                    time.sleep(0.005)
                time.sleep(chance.uniform(0.0, 0.25))
            else:  # anywhere: starting, opening the file, between deliveries
                time.sleep(chance.uniform(0.6, 1.6))
            if process.poll() is None:
                os.kill(process.pid, signal.SIGKILL)
            process.wait()
        final = run_cli("sync", "run", "--no-make", env=_company_env(session))
        assert final.code == 0, final.err
        status = run_cli("sync", "status", "--json", env=_company_env(session)).json()
        assert {j["state"] for j in status["jobs"]} == {"delivered"}  # type: ignore[index]
        # exactly one stored bundle per export at the receiver, under the job's one key
        exports = [b["metadata"]["export_id"] for b in receiver.stored.values()]
        assert len(exports) == 2 and len(set(exports)) == 2
    folders = sorted(p for p in nas.iterdir())
    assert [p.name[:5] for p in folders] == ["00001", "00002"]
    reopened = bootstrap.CompanySession(session.path, session.file_key).open()
    try:
        jobs = outbox.jobs(reopened.context())
        key = bundles.public_key(reopened.context())
        interrupted = [
            a
            for j in jobs
            for a in outbox.attempts(reopened.context(), j.id)
            if a.outcome == "interrupted"
        ]
    finally:
        reopened.close()
    for folder in folders:
        checked = verify_bundle(folder, public_key=key)
        assert checked.ok, checked.problems
    assert interrupted, "no kill landed during an attempt; the test did not test anything"
