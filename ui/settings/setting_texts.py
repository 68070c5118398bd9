"""The explanations of the company settings, marked for translation (context "Settings").

They repeat the English texts of ``app.services.company.settings``: a test checks that both say the
same, so a new or changed setting cannot reach the window untranslated."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

DESCRIPTIONS = {
    "payments.writeoff_tolerance": QT_TRANSLATE_NOOP(
        "Settings", "largest difference a payment may leave written off"
    ),
    "dunning.levels": QT_TRANSLATE_NOOP(
        "Settings", "reminder levels: days past due, title, fee, yearly interest"
    ),
    "tax.vat_rounding": QT_TRANSLATE_NOOP(
        "Settings",
        "VAT rounding: once per category and rate (document, EN 16931) or per line (line)",
    ),
    "security.auto_lock_minutes": QT_TRANSLATE_NOOP(
        "Settings", "lock the window after idle minutes (0 = never)"
    ),
    "backup.keep_automatic": QT_TRANSLATE_NOOP(
        "Settings", "automatic backups kept before schema upgrades"
    ),
    "einvoice.format": QT_TRANSLATE_NOOP(
        "Settings", "e-invoice written and frozen at issue (a customer may override it)"
    ),
    "document.paper": QT_TRANSLATE_NOOP("Settings", "paper of printed documents"),
    "document.accent": QT_TRANSLATE_NOOP(
        "Settings", "accent colour of printed documents, e.g. #1f4e79"
    ),
    "document.footer": QT_TRANSLATE_NOOP("Settings", "a line printed at the foot of every page"),
    "document.window": QT_TRANSLATE_NOOP(
        "Settings",
        "layout: the address in an envelope window on the left (DIN 5008, US) or the right",
    ),
    "email.host": QT_TRANSLATE_NOOP("Settings", "SMTP server, e.g. smtp.example.org"),
    "email.port": QT_TRANSLATE_NOOP("Settings", "SMTP port (587 for STARTTLS, 465 for TLS)"),
    "email.security": QT_TRANSLATE_NOOP("Settings", "STARTTLS, TLS, or none (local relay)"),
    "email.user": QT_TRANSLATE_NOOP(
        "Settings", "SMTP user name (the password goes to the keyring)"
    ),
    "email.from": QT_TRANSLATE_NOOP("Settings", "sender address of documents sent by email"),
    "email.copy_self": QT_TRANSLATE_NOOP("Settings", "send a copy of every message to the sender"),
    "email.attach_xml": QT_TRANSLATE_NOOP("Settings", "attach the e-invoice XML next to the PDF"),
    "email.ca_file": QT_TRANSLATE_NOOP(
        "Settings", "certificate authority file for the SMTP server, if private"
    ),
    "email.subject.en": QT_TRANSLATE_NOOP(
        "Settings", "email subject in en (placeholders: {number}...)"
    ),
    "email.subject.de": QT_TRANSLATE_NOOP(
        "Settings", "email subject in de (placeholders: {number}...)"
    ),
    "email.subject.fr": QT_TRANSLATE_NOOP(
        "Settings", "email subject in fr (placeholders: {number}...)"
    ),
    "email.body.en": QT_TRANSLATE_NOOP("Settings", "email body in en (placeholders: {number}...)"),
    "email.body.de": QT_TRANSLATE_NOOP("Settings", "email body in de (placeholders: {number}...)"),
    "email.body.fr": QT_TRANSLATE_NOOP("Settings", "email body in fr (placeholders: {number}...)"),
    "sync.schedule": QT_TRANSLATE_NOOP(
        "Settings", "make and deliver the accountant's bundle every month or every week"
    ),
    "sync.day": QT_TRANSLATE_NOOP(
        "Settings",
        "monthly: the day of the month for last month's bundle; weekly: 1 = Monday ... 7",
    ),
    "datev.advisor": QT_TRANSLATE_NOOP(
        "Settings", "DATEV Beraternummer (1001 to 9999999); empty = no DATEV file in the bundle"
    ),
    "datev.client": QT_TRANSLATE_NOOP("Settings", "DATEV Mandantennummer (1 to 99999)"),
    "datev.chart": QT_TRANSLATE_NOOP("Settings", "DATEV chart of accounts (account presets)"),
    "datev.encoding": QT_TRANSLATE_NOOP("Settings", "DATEV file encoding (UTF-8 with a BOM)"),
    "datev.accounts": QT_TRANSLATE_NOOP(
        "Settings",
        'DATEV accounts over the preset (JSON), e.g. {"bank": "1210", "revenue:S:19": "8400"}',
    ),
    "einvoice.validate": QT_TRANSLATE_NOOP(
        "Settings", "check the e-invoice against the official EN 16931 rules before issuing"
    ),
}


def description(key: str, english: str) -> str:
    """The explanation of a setting in the language of the window."""
    return QCoreApplication.translate("Settings", str(DESCRIPTIONS.get(key, english)))
