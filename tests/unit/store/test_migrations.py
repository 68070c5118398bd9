"""A file of the first schema is upgraded on open, after a verified automatic backup."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from app import bootstrap
from app.store import migrate
from tests.conftest import run_cli
from tests.fixtures.make_schema_0001_fixture import FIXTURE, FIXTURE_PASSPHRASE

GREEK = {
    "name": "Ελληνική Εταιρεία Α.Ε.",
    "country": "GR",
    "currency": "EUR",
    "vat_id": "EL094259216",
    "street": "Οδός Αθηνάς 1",
    "postcode": "10551",
    "city": "Αθήνα",
}


def _copy_fixture(tmp_path: Path) -> Path:
    target = tmp_path / "old.invoicedesk"
    shutil.copyfile(FIXTURE, target)
    return target


def test_reading_an_old_file_does_not_upgrade_it(tmp_path: Path) -> None:
    path = _copy_fixture(tmp_path)
    result = run_cli(
        "--file", path, "info", "--json", env={"INVOICE_DESK_PASSPHRASE": FIXTURE_PASSPHRASE}
    )
    assert result.code == 0, result.err
    info = result.json()
    assert isinstance(info, dict)
    assert info["schema_version"] == "0001"
    assert info["company"] == GREEK
    assert path.read_bytes() == FIXTURE.read_bytes()


def test_opening_for_writing_backs_up_then_upgrades(tmp_path: Path) -> None:
    path = _copy_fixture(tmp_path)
    file_key = bootstrap.key_from_passphrase(path, FIXTURE_PASSPHRASE)
    with bootstrap.CompanySession(path, file_key) as session:
        assert session.migrated_from == "0001"
        backup = session.automatic_backup
        info = session.info()
        settings = session.settings()
    assert info["schema_version"] == migrate.head_revision()
    assert info["company"] == GREEK
    assert info["counts"]["tax_rate"] == 9  # Greece's three rates and six zero categories
    assert info["counts"]["series"] == 3
    assert settings == {"security.auto_lock_minutes": 15, "backup.keep_automatic": 5}

    assert backup is not None and backup.parent == tmp_path / "old.invoicedesk.backups"
    backup_info = bootstrap.file_info(backup, file_key)
    assert backup_info["schema_version"] == "0001"
    assert backup_info["company"] == GREEK
    assert bootstrap.verify_file(backup, file_key)["ok"]

    with bootstrap.CompanySession(path, file_key) as again:
        assert again.migrated_from is None  # nothing left to do, no second backup
    assert len(list(backup.parent.iterdir())) == 1


def test_a_failed_upgrade_leaves_the_old_schema_and_the_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _copy_fixture(tmp_path)
    file_key = bootstrap.key_from_passphrase(path, FIXTURE_PASSPHRASE)

    def failing_upgrade(engine: Engine, target: str = "head") -> None:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE half_done (x)"))
            raise RuntimeError("power cut in the middle of the migration")

    monkeypatch.setattr(migrate, "upgrade", failing_upgrade)
    with pytest.raises(RuntimeError, match="power cut"):
        bootstrap.CompanySession(path, file_key).open()
    monkeypatch.undo()
    info = bootstrap.file_info(path, file_key)
    assert info["schema_version"] == "0001"
    assert "half_done" not in info["counts"]
    with bootstrap.CompanySession(path, file_key) as session:  # the lock was released
        assert session.migrated_from == "0001"


def test_customers_get_their_sort_names_when_the_list_learns_to_sort(tmp_path: Path) -> None:
    """0010 fills party.sort_name for the customers already in the file."""
    from app.store.sqlcipher import make_engine

    path = _copy_fixture(tmp_path)
    engine = make_engine(path, bootstrap.key_from_passphrase(path, FIXTURE_PASSPHRASE))
    try:
        migrate.upgrade(engine, "0009")
        with engine.begin() as conn:
            for name in ("Łódź Sp. z o.o.", "Müller KG", "ärzte"):
                conn.execute(
                    text(
                        "INSERT INTO party (name, country, created_at, updated_at)"
                        " VALUES (:name, 'PL', 'now', 'now')"
                    ),
                    {"name": name},
                )
        migrate.upgrade(engine)
        with engine.connect() as conn:
            names = conn.execute(text("SELECT name, sort_name FROM party ORDER BY sort_name"))
            assert [tuple(row) for row in names] == [
                ("ärzte", "arzte"),
                ("Łódź Sp. z o.o.", "lodz sp. z o.o."),
                ("Müller KG", "muller kg"),
            ]
    finally:
        engine.dispose()


def test_drafts_get_their_provisional_totals_when_the_list_shows_them(tmp_path: Path) -> None:
    """0011 fills tax_inclusive and total_minor of the drafts already in the file, a draft in
    yen in whole yen (287 + 29 VAT), an empty draft at zero."""
    import json

    from app.domain.documents import DocumentType
    from app.domain.draft_format import draft_from_dict, draft_to_dict
    from app.store.sqlcipher import make_engine

    line = {"description": "Work", "quantity": "3", "unit": "HUR", "tax_category": "S"}
    euros = {"currency": "EUR", "lines": [{**line, "unit_price": "95.00", "tax_rate": "19"}]}
    yen = {"currency": "JPY", "lines": [{**line, "unit_price": "95.50", "tax_rate": "10"}]}
    empty = {"currency": "EUR", "lines": []}
    path = _copy_fixture(tmp_path)
    engine = make_engine(path, bootstrap.key_from_passphrase(path, FIXTURE_PASSPHRASE))
    try:
        migrate.upgrade(engine, "0010")
        with engine.begin() as conn:
            for data in (euros, yen, empty):
                stored = draft_to_dict(draft_from_dict(data, DocumentType.INVOICE))
                conn.execute(
                    text(
                        "INSERT INTO document (type, status, currency, draft_json, created_at,"
                        " updated_at) VALUES ('invoice', 'draft', :c, :d, 'now', 'now')"
                    ),
                    {"d": json.dumps(stored), "c": data["currency"]},
                )
        migrate.upgrade(engine)
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT tax_inclusive, total_minor FROM document ORDER BY id")
            ).fetchall()
        assert [tuple(row) for row in rows] == [("339.15", 33915), ("316", 316), ("0", 0)]
    finally:
        engine.dispose()
