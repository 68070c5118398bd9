"""Company settings: versioned rows (a change appends), each change in the audit chain."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.domain.einvoice_formats import EInvoiceFormat
from app.domain.problems import Problem, problem
from app.services.audit_log import record
from app.services.changes import Changes, Done, Kind
from app.services.clock import now_iso
from app.services.company.company_settings import DEFAULTS as DEFAULTS  # noqa: PLC0414 (moved there)
from app.services.company.company_settings import CompanySettings
from app.services.errors import InvalidInput
from app.services.mail.email_texts import check_template
from app.services.ports import Context

SETTING_CHANGES = Changes.of(Kind.SETTINGS, Kind.AUDIT)


class _choice:  # noqa: N801 (used like the parser functions beside it)
    """One of a few words; the window offers them as a list."""

    def __init__(self, *allowed: str) -> None:
        self.allowed = allowed

    def __call__(self, value: str) -> Any:
        if value not in self.allowed:
            raise InvalidInput.of(
                "value.choice", "value", value=value, known=", ".join(self.allowed)
            )
        return value


class _whole:  # noqa: N801
    """A whole number within limits; the window offers a spin box."""

    def __init__(self, low: int, high: int) -> None:
        self.low, self.high = low, high

    def __call__(self, value: str) -> Any:
        low, high = self.low, self.high
        if not value.strip().isdigit() or not low <= int(value) <= high:
            raise InvalidInput.of("setting.whole", "value", value=value, low=low, high=high)
        return int(value)


def _amount(value: str) -> Any:
    try:
        parsed = Decimal(value.strip())
    except ArithmeticError:
        parsed = Decimal(-1)
    if not parsed.is_finite() or parsed < 0:
        raise InvalidInput.of("setting.amount", "value", value=value)
    return str(parsed)


def _level_problem(number: int, level: Any) -> Problem | None:
    """What is wrong with one reminder level, or None."""
    if not isinstance(level, dict):
        return problem("levels.not_object", "value", level=number)
    if not str(level.get("days", "")).isdigit():
        return problem("levels.days", "value", level=number, value=repr(level.get("days")))
    for key, example in (("fee", "5.00"), ("interest_percent", "8")):
        raw = level.get(key)
        if raw is None and key == "interest_percent":
            continue
        try:
            Decimal(str(raw if raw is not None else "0"))
        except ArithmeticError:
            return problem(
                "levels.number", "value", level=number, key=key, value=repr(raw), example=example
            )
    return None


def _levels(value: str) -> Any:
    """[{"days": 7, "title": "...", "fee": "0", "interest_percent": null}, ...]"""
    try:
        levels = json.loads(value)
    except ValueError as exc:
        raise InvalidInput.of("levels.json", "value", reason=exc) from None
    if not isinstance(levels, list) or not levels:
        raise InvalidInput.of("levels.none", "value")
    for number, level in enumerate(levels, 1):
        found = _level_problem(number, level)
        if found:
            raise InvalidInput(found)
    days = [int(level["days"]) for level in levels]
    if days != sorted(set(days)) or days[0] < 1:
        raise InvalidInput.of("levels.order", "value")
    return levels


def _optional_whole(low: int, high: int) -> Callable[[str], Any]:
    def parse(value: str) -> Any:
        return "" if not value.strip() else _whole(low, high)(value)

    return parse


def _accounts(value: str) -> Any:
    try:
        parsed = json.loads(value or "{}")
    except json.JSONDecodeError as exc:
        raise InvalidInput.of("accounts.json", "datev.accounts", reason=exc.msg) from None
    if not isinstance(parsed, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and v.isdigit() for k, v in parsed.items()
    ):
        raise InvalidInput.of("accounts.shape", "datev.accounts")
    return parsed


def _colour(value: str) -> Any:
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", value.strip()):
        raise InvalidInput.of("setting.colour", "value", value=value)
    return value.strip().lower()


def _text(limit: int) -> Callable[[str], Any]:
    def parse(value: str) -> Any:
        text = " ".join(value.split())
        if len(text) > limit:
            raise InvalidInput.of("value.long", "value", limit=limit)
        return text

    return parse


def _address(value: str) -> Any:
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value.strip()):
        raise InvalidInput.of("value.email", "value", value=value)
    return value.strip()


def _template(value: str) -> Any:
    return check_template(value.replace("\\n", "\n"))


SETTINGS: dict[str, tuple[Callable[[str], Any], str]] = {
    "payments.writeoff_tolerance": (_amount, "largest difference a payment may leave written off"),
    "dunning.levels": (_levels, "reminder levels: days past due, title, fee, yearly interest"),
    "tax.vat_rounding": (
        _choice("document", "line"),
        "VAT rounding: once per category and rate (document, EN 16931) or per line (line)",
    ),
    "security.auto_lock_minutes": (
        _whole(0, 1440),
        "lock the window after idle minutes (0 = never)",
    ),
    "backup.keep_automatic": (_whole(1, 100), "automatic backups kept before schema upgrades"),
    "einvoice.format": (
        _choice(*(f.value for f in EInvoiceFormat)),
        "e-invoice written and frozen at issue (a customer may override it)",
    ),
    "document.paper": (_choice("a4", "letter"), "paper of printed documents"),
    "document.accent": (_colour, "accent colour of printed documents, e.g. #1f4e79"),
    "document.footer": (_text(150), "a line printed at the foot of every page"),
    "document.window": (
        _choice("left", "right"),
        "layout: the address in an envelope window on the left (DIN 5008, US) or the right",
    ),
    "email.host": (_text(200), "SMTP server, e.g. smtp.example.org"),
    "email.port": (_whole(1, 65535), "SMTP port (587 for STARTTLS, 465 for TLS)"),
    "email.security": (_choice("starttls", "tls", "none"), "STARTTLS, TLS, or none (local relay)"),
    "email.user": (_text(200), "SMTP user name (the password goes to the keyring)"),
    "email.from": (_address, "sender address of documents sent by email"),
    "email.copy_self": (_choice("on", "off"), "send a copy of every message to the sender"),
    "email.attach_xml": (_choice("on", "off"), "attach the e-invoice XML next to the PDF"),
    "email.ca_file": (_text(500), "certificate authority file for the SMTP server, if private"),
    **{
        f"email.{part}.{lang}": (_template, f"email {part} in {lang} (placeholders: {{number}}...)")
        for part in ("subject", "body")
        for lang in ("en", "de", "fr")
    },
    "sync.schedule": (
        _choice("off", "monthly", "weekly"),
        "make and deliver the accountant's bundle every month or every week",
    ),
    "sync.day": (
        _whole(1, 28),
        "monthly: the day of the month for last month's bundle; weekly: 1 = Monday ... 7",
    ),
    "datev.advisor": (
        _optional_whole(1001, 9999999),
        "DATEV Beraternummer (1001 to 9999999); empty = no DATEV file in the bundle",
    ),
    "datev.client": (_optional_whole(1, 99999), "DATEV Mandantennummer (1 to 99999)"),
    "datev.chart": (_choice("SKR03", "SKR04"), "DATEV chart of accounts (account presets)"),
    "datev.encoding": (_choice("cp1252", "utf-8"), "DATEV file encoding (UTF-8 with a BOM)"),
    "datev.accounts": (
        _accounts,
        'DATEV accounts over the preset (JSON), e.g. {"bank": "1210", "revenue:S:19": "8400"}',
    ),
    "einvoice.validate": (
        _choice("on", "off"),
        "check the e-invoice against the official EN 16931 rules before issuing",
    ),
}


def current_settings(ctx: Context) -> CompanySettings:
    """Every company setting: the stored values over the defaults (``as_json`` for a list)."""
    with ctx.uow() as uow:
        return uow.company.profile().settings


@dataclass(frozen=True)
class SettingSet:
    """A setting's new version: its key, the parsed value (as stored, JSON) and its number."""

    key: str
    value: object
    version: int


def set_setting(ctx: Context, key: str, value: str) -> Done[SettingSet]:
    """Change a setting from now on; issued documents keep what they were issued with."""
    if key not in SETTINGS:
        raise InvalidInput.of("setting.unknown", "key", key=key, known=", ".join(sorted(SETTINGS)))
    parsed = SETTINGS[key][0](value)
    with ctx.uow() as uow:
        version = uow.company.set_setting(key, json.dumps(parsed), now_iso(ctx))
        record(
            uow,
            ctx,
            "setting.change",
            entity_type="setting",
            entity_id=key,
            payload={"key": key, "value": parsed, "version": version},
        )
        uow.commit()
    return Done(SettingSet(key, parsed, version), SETTING_CHANGES)


@dataclass(frozen=True)
class SettingInfo:
    """What the settings screen needs to offer a setting: its kind and its limits."""

    key: str
    description: str
    kind: str  # choice, whole, multiline, text
    choices: tuple[str, ...] = ()
    low: int = 0
    high: int = 0


def setting_infos() -> list[SettingInfo]:
    infos = []
    for key, (parse, description) in SETTINGS.items():
        if isinstance(parse, _choice):
            infos.append(SettingInfo(key, description, "choice", choices=parse.allowed))
        elif isinstance(parse, _whole):
            infos.append(SettingInfo(key, description, "whole", low=parse.low, high=parse.high))
        elif parse is _levels or parse is _accounts or (parse is _template and ".body." in key):
            infos.append(SettingInfo(key, description, "multiline"))
        else:
            infos.append(SettingInfo(key, description, "text"))
    return infos
