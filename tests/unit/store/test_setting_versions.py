"""A setting change appends a version; the newest version is in force (migration 0012 removed
``valid_from``, which only repeated the day a change was made)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import text

from app import bootstrap
from app.domain.totals import VatRounding
from app.services.company.settings import current_settings, set_setting
from app.store import migrate
from app.store.sqlcipher import make_engine
from tests.fixtures.make_schema_0001_fixture import FIXTURE, FIXTURE_PASSPHRASE


def _columns(conn: Any) -> list[str]:
    return [row[1] for row in conn.execute(text("PRAGMA table_info(company_setting)"))]


def test_the_newest_version_is_in_force_whatever_the_clock_says(ctx: Any, clock: Any) -> None:
    clock.set("2026-12-01T10:00:00+00:00")
    set_setting(ctx, "tax.vat_rounding", "line")
    clock.set("2026-11-01T10:00:00+00:00")  # the machine's clock was put back
    assert current_settings(ctx).vat_rounding is VatRounding.LINE  # no date hides a change
    done = set_setting(ctx, "tax.vat_rounding", "document")
    assert done.value.version == 2
    assert current_settings(ctx).vat_rounding is VatRounding.DOCUMENT
    clock.set("2026-12-15T10:00:00+00:00")
    assert current_settings(ctx).vat_rounding is VatRounding.DOCUMENT


def test_an_upgraded_file_keeps_every_version_without_valid_from(tmp_path: Path) -> None:
    path = tmp_path / "old.invoicedesk"
    shutil.copyfile(FIXTURE, path)
    engine = make_engine(path, bootstrap.key_from_passphrase(path, FIXTURE_PASSPHRASE))
    try:
        migrate.upgrade(engine, "0011")
        with engine.begin() as conn:
            assert "valid_from" in _columns(conn)
            before = conn.execute(
                text("SELECT key, version, value_json, recorded_at FROM company_setting")
            ).all()
        migrate.upgrade(engine)
        with engine.connect() as conn:
            assert "valid_from" not in _columns(conn)
            after = conn.execute(
                text("SELECT key, version, value_json, recorded_at FROM company_setting")
            ).all()
        assert sorted(after) == sorted(before) and len(before) == 2
    finally:
        engine.dispose()


def test_a_new_file_has_no_valid_from(session: Any) -> None:
    engine = session._file.require_engine()
    with engine.connect() as conn:
        assert "valid_from" not in _columns(conn)
        keys = conn.execute(text("SELECT key FROM company_setting ORDER BY key")).scalars()
        assert list(keys) == ["backup.keep_automatic", "security.auto_lock_minutes"]
