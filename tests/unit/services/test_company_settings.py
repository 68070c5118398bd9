"""CompanySettings: the stored values over the defaults, typed, read once per unit of work."""

from __future__ import annotations

import base64
import json
from decimal import Decimal
from typing import Any

import pytest

from app.domain.dunning import DEFAULT_LEVELS, Level
from app.domain.einvoice_formats import EInvoiceFormat
from app.domain.totals import VatRounding
from app.services.company import settings
from app.services.company.company_settings import DEFAULTS, CompanySettings, Logo, UnreadableSetting

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


def test_a_company_that_changed_nothing_has_the_defaults() -> None:
    found = CompanySettings.from_stored({})
    assert found.as_json() == DEFAULTS
    assert found.vat_rounding is VatRounding.DOCUMENT
    assert found.einvoice_format is EInvoiceFormat.UBL and found.einvoice_validate is True
    layout = found.layout
    assert (layout.paper, layout.accent, layout.footer, layout.window, layout.logo) == (
        "a4",
        "#1f4e79",
        None,
        "left",
        None,
    )
    email = found.email
    assert (email.host, email.port, email.security, email.user, email.sender) == (
        "",
        587,
        "starttls",
        None,
        None,
    )
    assert not email.copy_self and not email.attach_xml and email.ca_file is None
    assert email.subject("de") is None and email.body("en") is None
    assert found.writeoff_tolerance == Decimal("0.05")
    assert found.reminder_levels == DEFAULT_LEVELS
    assert (found.sync_schedule, found.sync_day) == ("off", 5)
    datev = found.datev
    assert (datev.advisor, datev.client, datev.chart, datev.encoding) == (
        None,
        None,
        "SKR03",
        "cp1252",
    )
    assert dict(datev.accounts) == {}
    assert (found.auto_lock_minutes, found.backups_kept) == (0, 5)  # as a file without them


def test_a_stored_value_wins_over_the_default_and_comes_typed() -> None:
    levels = [
        {"days": 10, "title": "Please pay", "fee": "0", "interest_percent": None},
        {"days": 30, "title": "Last call", "fee": "7.50", "interest_percent": "9.12"},
    ]
    found = CompanySettings.from_stored(
        {
            "tax.vat_rounding": "line",
            "einvoice.format": "facturx",
            "einvoice.validate": "off",
            "document.paper": "letter",
            "document.footer": "Registered in Berlin",
            "document.logo": {"media_type": "image/png", "data": base64.b64encode(PNG).decode()},
            "email.host": "smtp.example.org",
            "email.port": 465,
            "email.security": "tls",
            "email.user": "office",
            "email.from": "office@example.org",
            "email.copy_self": "on",
            "email.subject.de": "Rechnung {number}",
            "payments.writeoff_tolerance": "1.5",
            "dunning.levels": levels,
            "sync.schedule": "weekly",
            "sync.day": 2,
            "datev.advisor": 1001,
            "datev.client": 7,
            "datev.accounts": {"bank": "1210"},
            "security.auto_lock_minutes": 15,
            "backup.keep_automatic": 3,
        }
    )
    assert found.vat_rounding is VatRounding.LINE
    assert found.einvoice_format is EInvoiceFormat.FACTURX and found.einvoice_validate is False
    assert found.layout.paper == "letter" and found.layout.footer == "Registered in Berlin"
    assert found.layout.logo == Logo("image/png", PNG)
    assert found.email.port == 465 and found.email.security == "tls"
    assert found.email.sender == "office@example.org" and found.email.copy_self is True
    assert found.email.subject("de") == "Rechnung {number}" and found.email.subject("en") is None
    assert found.writeoff_tolerance == Decimal("1.5")
    assert found.reminder_levels == (
        Level(1, 10, "Please pay"),
        Level(2, 30, "Last call", Decimal("7.50"), Decimal("9.12")),
    )
    assert (found.sync_schedule, found.sync_day) == ("weekly", 2)
    assert (found.datev.advisor, found.datev.client) == (1001, 7)
    assert dict(found.datev.accounts) == {"bank": "1210"}
    assert (found.auto_lock_minutes, found.backups_kept) == (15, 3)
    assert found.as_json()["dunning.levels"] == levels  # as stored


def test_as_json_is_a_copy_the_caller_may_shape() -> None:
    found = CompanySettings.from_stored({"datev.accounts": {"bank": "1210"}})
    shaped = found.as_json()
    shaped["datev.accounts"]["bank"] = "9999"
    shaped["document.paper"] = "letter"
    assert found.as_json()["datev.accounts"] == {"bank": "1210"}
    assert found.layout.paper == "a4"


@pytest.mark.parametrize(
    ("key", "stored", "read", "code"),
    [
        ("tax.vat_rounding", "cent", lambda s: s.vat_rounding, "value.choice"),
        ("email.port", "smtp", lambda s: s.email, "setting.whole"),
        ("payments.writeoff_tolerance", "-1", lambda s: s.writeoff_tolerance, "setting.amount"),
        (
            "dunning.levels",
            [{"days": 7, "fee": "5,00"}],
            lambda s: s.reminder_levels,
            "levels.number",
        ),
        ("datev.accounts", {"bank": 1210}, lambda s: s.datev, "accounts.shape"),
        (
            "document.logo",
            {"media_type": "image/gif", "data": "R0lG"},
            lambda s: s.layout,
            "logo.kind",
        ),
    ],
)
def test_a_stored_value_that_no_longer_parses_is_reported_on_its_key(
    key: str, stored: Any, read: Any, code: str
) -> None:
    found = CompanySettings.from_stored({key: stored})
    with pytest.raises(UnreadableSetting) as raised:
        read(found)
    assert raised.value.problem.code == code and raised.value.field == key
    assert str(raised.value).startswith(f"{key}: ")
    assert found.as_json()[key] == stored  # still shown, so it can be put right
    assert found.sync_day == 5  # the other settings still read


def test_an_unreadable_value_names_what_is_wrong() -> None:
    found = CompanySettings.from_stored({"tax.vat_rounding": "cent"})
    with pytest.raises(UnreadableSetting) as raised:
        _ = found.vat_rounding
    assert str(raised.value) == "tax.vat_rounding: 'cent' is not one of document, line"


def test_the_settings_are_read_once_per_unit_of_work_and_a_change_is_seen(ctx: Any) -> None:
    with ctx.uow() as uow:
        first = uow.company.profile().settings
        assert uow.company.profile().settings is first
    settings.set_setting(ctx, "email.port", "2525")
    changed = settings.current_settings(ctx)
    assert first.email.port == 587 and changed.email.port == 2525
    assert changed.as_json()["email.port"] == 2525


def test_a_setting_set_through_the_service_reads_back_typed(ctx: Any) -> None:
    settings.set_setting(ctx, "dunning.levels", json.dumps([{"days": 5, "fee": "2"}]))
    settings.set_setting(ctx, "datev.advisor", "")
    found = settings.current_settings(ctx)
    assert found.reminder_levels == (Level(1, 5, "Reminder 1", Decimal("2")),)
    assert found.datev.advisor is None
