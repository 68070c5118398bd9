"""The company's settings as one frozen value: the stored values over the defaults, typed.

The store builds it once per unit of work (``CompanyProfile.settings``); every reader takes a
typed attribute (``settings.vat_rounding``, ``settings.email.port``...), none reads a key by
its string. ``as_json`` gives the values as they are stored (what ``settings list --json``
and the settings page show).

Each typed attribute is read from the stored value when first asked for: a stored value that
no longer parses (written by hand, or by a program that allowed it) fails the use cases that
need that setting with ``UnreadableSetting`` (the setter's own problem, on the setting's key),
while the others, and the settings page that can put it right, keep working.
"""

from __future__ import annotations

import base64
import binascii
import copy
import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cached_property
from types import MappingProxyType
from typing import Any

from app.domain.dunning import DEFAULT_LEVELS, Level
from app.domain.einvoice_formats import EInvoiceFormat
from app.domain.totals import VatRounding
from app.services.errors import InvalidInput

# What a company has before it changes anything (JSON values, as the settings are stored).
DEFAULTS: dict[str, Any] = {
    "tax.vat_rounding": "document",
    "einvoice.format": EInvoiceFormat.UBL.value,
    "einvoice.validate": "on",
    "document.paper": "a4",
    "document.accent": "#1f4e79",
    "document.footer": "",
    "document.window": "left",
    "email.port": 587,
    "email.security": "starttls",
    "email.copy_self": "off",
    "email.attach_xml": "off",
    "payments.writeoff_tolerance": "0.05",
    "sync.schedule": "off",
    "sync.day": 5,
    "datev.chart": "SKR03",
    "datev.encoding": "cp1252",
    "datev.accounts": {},
    "dunning.levels": [
        {"days": 7, "title": "Friendly reminder", "fee": "0", "interest_percent": None},
        {"days": 21, "title": "Second reminder", "fee": "5.00", "interest_percent": None},
        {"days": 35, "title": "Final notice", "fee": "10.00", "interest_percent": "8"},
    ],
}
# Seeded into every company file (migration 0002, company_file) rather than defaulted here;
# these are what a file without them means.
AUTO_LOCK_MINUTES_UNSET = 0  # never lock
BACKUPS_KEPT_UNSET = 5
LOGO_KINDS = ("image/png", "image/jpeg")
LANGUAGES = ("en", "de", "fr")


class UnreadableSetting(InvalidInput):
    """A stored setting that no longer parses: the problem its setter finds in the stored
    value, with the setting's key as the field (``settings set KEY VALUE`` puts it right)."""


@dataclass(frozen=True)
class Logo:
    media_type: str  # image/png or image/jpeg
    data: bytes


@dataclass(frozen=True)
class DocumentLayout:
    """How printed documents look."""

    paper: str  # a4, letter
    accent: str  # #rrggbb
    footer: str | None
    window: str  # the envelope window: left, right
    logo: Logo | None


@dataclass(frozen=True)
class EmailSettings:
    """The SMTP server and the texts of messages (the password lives in the keyring)."""

    host: str  # "" until one is set
    port: int
    security: str  # starttls, tls, none
    user: str | None
    sender: str | None  # email.from
    copy_self: bool
    attach_xml: bool
    ca_file: str | None
    subjects: Mapping[str, str]  # language -> the company's own subject template
    bodies: Mapping[str, str]

    def subject(self, language: str) -> str | None:
        """The company's subject template in ``language``, if it set one."""
        return self.subjects.get(language)

    def body(self, language: str) -> str | None:
        """The company's body template in ``language``, if it set one."""
        return self.bodies.get(language)


@dataclass(frozen=True)
class DatevNumbers:
    """The company's DATEV settings (no DATEV file while advisor or client is unset)."""

    advisor: int | None  # Beraternummer
    client: int | None  # Mandantennummer
    chart: str  # SKR03, SKR04
    encoding: str  # cp1252, utf-8
    accounts: Mapping[str, str]  # role -> account, over the chart's preset


def _text_form(value: Any) -> str:
    """A stored JSON value as the text its setter takes (``settings set KEY TEXT``)."""
    return value if isinstance(value, str) else json.dumps(value)


@dataclass(frozen=True)
class CompanySettings:
    """Every company setting: ``values`` are the stored ones over ``DEFAULTS`` (JSON)."""

    values: Mapping[str, Any]

    @classmethod
    def from_stored(cls, stored: Mapping[str, Any]) -> CompanySettings:
        """The settings of a company whose newest stored values are ``stored``."""
        return cls(MappingProxyType({**DEFAULTS, **stored}))

    def as_json(self) -> dict[str, Any]:
        """The values as stored (a copy the caller may shape)."""
        return copy.deepcopy(dict(self.values))

    def _parsed(self, key: str) -> Any:
        """The stored value of ``key`` through its setter's parser; None when unset."""
        from app.services.company.settings import (
            SETTINGS,  # the setters (that module imports this one)
        )

        value = self.values.get(key)
        if value is None:
            return None
        try:
            return SETTINGS[key][0](_text_form(value))
        except InvalidInput as exc:
            raise UnreadableSetting(replace(exc.problem, field=key)) from None

    def _on(self, key: str) -> bool:
        return bool(self._parsed(key) == "on")

    def _optional_text(self, key: str) -> str | None:
        return str(self._parsed(key) or "") or None

    def _whole(self, key: str, unset: int) -> int:
        found = self._parsed(key)
        return unset if found is None or found == "" else int(found)

    @cached_property
    def vat_rounding(self) -> VatRounding:
        return VatRounding(self._parsed("tax.vat_rounding"))

    @cached_property
    def einvoice_format(self) -> EInvoiceFormat:
        """The e-invoice written at issue unless the customer has its own."""
        return EInvoiceFormat(self._parsed("einvoice.format"))

    @cached_property
    def einvoice_validate(self) -> bool:
        """Whether the e-invoice is checked against the EN 16931 rules before issuing."""
        return self._on("einvoice.validate")

    @cached_property
    def layout(self) -> DocumentLayout:
        return DocumentLayout(
            paper=str(self._parsed("document.paper")),
            accent=str(self._parsed("document.accent")),
            footer=self._optional_text("document.footer"),
            window=str(self._parsed("document.window")),
            logo=self._logo(),
        )

    def _logo(self) -> Logo | None:
        value = self.values.get("document.logo")
        if value is None:
            return None
        try:
            kind, data = str(value["media_type"]), base64.b64decode(value["data"], validate=True)
        except (TypeError, KeyError, binascii.Error):
            kind, data = "", b""
        if kind not in LOGO_KINDS or not data:
            raise UnreadableSetting.of("logo.kind", "document.logo")
        return Logo(kind, data)

    @cached_property
    def email(self) -> EmailSettings:
        return EmailSettings(
            host=self._optional_text("email.host") or "",
            port=int(self._parsed("email.port")),
            security=str(self._parsed("email.security")),
            user=self._optional_text("email.user"),
            sender=self._optional_text("email.from"),
            copy_self=self._on("email.copy_self"),
            attach_xml=self._on("email.attach_xml"),
            ca_file=self._optional_text("email.ca_file"),
            subjects=self._templates("subject"),
            bodies=self._templates("body"),
        )

    def _templates(self, part: str) -> Mapping[str, str]:
        found: dict[str, str] = {}
        for language in LANGUAGES:
            key = f"email.{part}.{language}"
            if self._parsed(key):  # checked as when it was set; kept as it is stored
                found[language] = str(self.values[key])
        return MappingProxyType(found)

    @cached_property
    def writeoff_tolerance(self) -> Decimal:
        """The largest difference a payment may leave written off."""
        return Decimal(self._parsed("payments.writeoff_tolerance"))

    @cached_property
    def reminder_levels(self) -> tuple[Level, ...]:
        """Days past due, title, fee and yearly interest of each reminder, in order."""
        levels = self._parsed("dunning.levels")
        if levels is None:
            return DEFAULT_LEVELS
        return tuple(
            Level(
                number=number,
                days=int(item["days"]),
                title=str(item.get("title", f"Reminder {number}")),
                fee=Decimal(str(item.get("fee") or "0")),
                interest_percent=None
                if item.get("interest_percent") is None
                else Decimal(str(item["interest_percent"])),
            )
            for number, item in enumerate(levels, 1)
        )

    @cached_property
    def sync_schedule(self) -> str:
        """off, monthly or weekly: when the accountant's bundle is made."""
        return str(self._parsed("sync.schedule"))

    @cached_property
    def sync_day(self) -> int:
        """Monthly: the day of the month; weekly: 1 = Monday ... 7."""
        return int(self._parsed("sync.day"))

    @cached_property
    def datev(self) -> DatevNumbers:
        advisor, client = self._whole("datev.advisor", 0), self._whole("datev.client", 0)
        return DatevNumbers(
            advisor=advisor or None,
            client=client or None,
            chart=str(self._parsed("datev.chart")),
            encoding=str(self._parsed("datev.encoding")),
            accounts=MappingProxyType(dict(self._parsed("datev.accounts"))),
        )

    @cached_property
    def auto_lock_minutes(self) -> int:
        """Lock the window after this many idle minutes (0: never)."""
        return self._whole("security.auto_lock_minutes", AUTO_LOCK_MINUTES_UNSET)

    @cached_property
    def backups_kept(self) -> int:
        """Automatic backups kept before schema upgrades."""
        return self._whole("backup.keep_automatic", BACKUPS_KEPT_UNSET)
