"""Making bundles in a real company file: what goes in, the signed manifest, gapless numbers,
immutability, corrections, and the outbox job written with the bundle."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.services.accountant import bundles, outbox
from app.services.errors import InvalidInput
from sync.bundle_maker import PeriodBundleMaker
from sync.manifest import verify_bundle
from sync.runner import export_to

NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


def _make(ctx: Any, **kw: Any) -> bundles.Made:
    return bundles.create_bundle(ctx, *NOVEMBER, PeriodBundleMaker(ctx.clock()), **kw).value


def test_a_bundle_holds_the_documents_the_exports_and_a_signed_manifest(
    ctx: Any, month: Any, tmp_path: Path
) -> None:
    made = _make(ctx)
    assert made.bundle.sequence == 1 and made.bundle.folder == "00001_2026-11-01_2026-11-30"
    export_to(ctx, made.bundle, tmp_path)
    folder = tmp_path / made.bundle.folder
    names = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
    numbers = [month["first"], month["second"]]
    for number in numbers:
        assert f"documents/{number}.pdf" in names and f"documents/{number}.xml" in names
    assert f"documents/{month['old']}.pdf" not in names  # issued in September
    assert {"journal.csv", "invoices.csv", "payments.csv", "ledger.beancount"} <= set(names)
    assert "manifest.json" in names and len(names) == made.files
    checked = verify_bundle(folder, public_key=bundles.public_key(ctx))
    assert checked.ok, checked.problems
    manifest = checked.manifest
    assert manifest["sequence"] == 1 and manifest["period"] == {
        "from": "2026-11-01",
        "to": "2026-11-30",
    }
    assert manifest["company"]["name"] == "Acme Müller GmbH"
    assert manifest["counts"]["documents"] == 3  # two invoices and a credit note
    assert manifest["totals"]["EUR"]["debit"] == manifest["totals"]["EUR"]["credit"]
    assert manifest["audit_head"]["sequence"] > 0 and len(manifest["audit_head"]["hash"]) == 64
    pdf = (folder / f"documents/{month['first']}.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")


def test_datev_goes_in_when_the_company_has_its_numbers(ctx: Any, month: Any) -> None:
    from app.services.company.settings import set_setting

    assert not any(
        f.name.startswith("EXTF_") for f in bundles.bundle_contents(ctx, _make(ctx).bundle.id)[0]
    )
    set_setting(ctx, "datev.advisor", "1001")
    set_setting(ctx, "datev.client", "7")
    corrected = _make(ctx, correct=True)
    files = [f.name for f in bundles.bundle_contents(ctx, corrected.bundle.id)[0]]
    assert "EXTF_Buchungsstapel_20261101_20261130.csv" in files


def test_a_period_is_bundled_once_and_a_correction_supersedes_it(ctx: Any, month: Any) -> None:
    first = _make(ctx)
    with pytest.raises(InvalidInput, match=r"^period: bundle 1 already covers .* use correct to"):
        _make(ctx)
    with pytest.raises(InvalidInput, match="no bundle covers"):
        bundles.create_bundle(
            ctx, date(2026, 10, 1), date(2026, 10, 31), PeriodBundleMaker(ctx.clock()), correct=True
        )
    second = _make(ctx, correct=True)
    assert second.bundle.sequence == 2 and second.bundle.supersedes == first.bundle.export_id
    manifest = json.loads(bundles.bundle_contents(ctx, second.bundle.id)[1])
    assert manifest["supersedes"] == first.bundle.export_id


def test_bundles_cannot_be_changed_deleted_or_numbered_with_a_gap(
    ctx: Any, session: Any, month: Any
) -> None:
    _make(ctx)
    engine = session._file.require_engine()
    for sql, message in [
        ("UPDATE bundle SET period_to = '2026-12-31'", "cannot be changed"),
        ("DELETE FROM bundle_file", "cannot be deleted"),
        ("UPDATE bundle_file SET sha256 = 'x'", "cannot be changed"),
        ("UPDATE signing_key SET public_key = 'x'", "cannot be changed"),
        (
            "INSERT INTO bundle (export_id, sequence, period_from, period_to, folder,"
            " summary_json, manifest, created_at) VALUES ('x', 3, '2026-12-01', '2026-12-31',"
            " 'f', '{}', x'00', 'now')",
            "no gaps",
        ),
    ]:
        with pytest.raises(Exception, match=message), engine.begin() as conn:
            conn.exec_driver_sql(sql)


def test_the_delivery_job_is_written_with_the_bundle_for_every_active_destination(
    ctx: Any, month: Any, tmp_path: Path
) -> None:
    outbox.add_destination(ctx, "office NAS", "folder", {"path": str(tmp_path / "nas")})
    outbox.add_destination(ctx, "old", "folder", {"path": str(tmp_path / "old")})
    outbox.change_destination(ctx, "old", active=False)
    made = _make(ctx)
    assert made.jobs == 1
    jobs = outbox.jobs(ctx, made.bundle.id)
    assert [(j.destination.name, j.state, j.attempts) for j in jobs] == [
        ("office NAS", "pending", 0)
    ]
    assert len(jobs[0].idempotency_key) == 32


def test_destinations_are_checked_when_added(ctx: Any) -> None:
    with pytest.raises(InvalidInput, match=r"^path: give the folder as an absolute path$"):
        outbox.add_destination(ctx, "nas", "folder", {"path": "relative/dir"})
    with pytest.raises(InvalidInput, match=r"^host: is required"):
        outbox.add_destination(ctx, "sftp", "sftp", {"user": "me"})
    with pytest.raises(InvalidInput, match=r"^port: 'x2' is not a port number"):
        outbox.add_destination(ctx, "sftp", "sftp", {"host": "h", "user": "u", "port": "x2"})
    with pytest.raises(InvalidInput, match=r"^url: "):
        outbox.add_destination(ctx, "api", "http", {"url": "ftp://nope"})
    with pytest.raises(InvalidInput, match="unknown destination kind 'fax'"):
        outbox.add_destination(ctx, "f", "fax", {})
    outbox.add_destination(ctx, "nas", "folder", {"path": "/srv/nas"})
    with pytest.raises(InvalidInput, match="exists already"):
        outbox.add_destination(ctx, "nas", "folder", {"path": "/srv/other"})
