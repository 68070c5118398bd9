"""DATEV "Buchungsstapel" (EXTF, format 700, version 13) for the accountant's DATEV import.

The file: the 31-field header line, the 125 column headings, one line per booking. Semicolons,
CRLF, decimal comma, text in double quotes (a quote inside doubled), cp1252 (or UTF-8 with a
byte order mark when the company chooses it). Every booking is seen from the customer's
debtor account (``Konto``): ``S`` when the debtor is debited (an invoice, a refund, a fee),
``H`` when credited (a credit note, a payment, a discount, a write-off); the other account is
``Gegenkonto``. Revenue goes to DATEV's automatic VAT accounts (8400/8300 in SKR03, 4400/4300
in SKR04) with the gross amount of each VAT rate, so DATEV derives the VAT itself and no
BU-Schlüssel is needed; rates without an automatic account must be mapped by the company
(setting ``datev.accounts``) or the export stops naming the missing account.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from app.domain.invariants import broken
from app.services.accountant.period import PeriodData
from app.services.errors import InvalidInput
from sync.exporters.datev_columns import COLUMNS, HEADINGS, INDEX
from sync.exporters.postings import Transaction, transactions

PRESETS: dict[str, dict[str, str]] = {
    "SKR03": {
        "bank": "1200",
        "revenue:S:19": "8400",
        "revenue:S:7": "8300",
        "revenue:E:0": "8100",
        "revenue:Z:0": "8100",
        "revenue:K:0": "8125",
        "revenue:AE:0": "8337",
        "revenue:G:0": "8120",
        "revenue:O:0": "8190",
        "discounts": "8736",
        "bad_debts": "2400",
        "fees": "8650",
        "interest": "2650",
        "rounding": "8900",
    },
    "SKR04": {
        "bank": "1800",
        "revenue:S:19": "4400",
        "revenue:S:7": "4300",
        "revenue:E:0": "4100",
        "revenue:Z:0": "4100",
        "revenue:K:0": "4125",
        "revenue:AE:0": "4337",
        "revenue:G:0": "4120",
        "revenue:O:0": "4190",
        "discounts": "4736",
        "bad_debts": "6930",
        "fees": "4830",
        "interest": "7110",
        "rounding": "4900",
    },
}


UNTAXED = {"E", "Z", "K", "AE", "G", "O"}  # categories without VAT on the invoice


@dataclass(frozen=True)
class DatevSettings:
    advisor: int  # Beraternummer, 1001..9999999
    client: int  # Mandantennummer, 1..99999
    chart: str = "SKR03"
    fiscal_year_start: date | None = None  # default: 1 January of the period's year
    account_length: int = 4  # Sachkontenlänge
    debtor_base: int = 10000  # customer N books on debtor account 10000 + N
    encoding: str = "cp1252"  # or "utf-8" (written with a byte order mark)
    accounts: dict[str, str] = field(default_factory=dict)  # role -> account, over the preset
    exported_by: str = "Invoice Desk"


def _text(value: str, length: int) -> str:
    return '"' + value[:length].replace('"', '""') + '"'


def _amount(value: Decimal) -> str:
    return format(abs(value).quantize(Decimal("0.01")), "f").replace(".", ",")


class _Book:
    def __init__(self, settings: DatevSettings) -> None:
        self.settings = settings
        self.accounts = {**PRESETS[settings.chart], **settings.accounts}

    def account(self, role: str) -> str:
        found = self.accounts.get(role)
        if not found:  # not in the plan, or set empty by the company
            raise InvalidInput.of(
                "datev.no_account", "datev.accounts", role=role, chart=self.settings.chart
            )
        return found

    def debtor(self, customer_id: int) -> str:
        return str(self.settings.debtor_base + customer_id)

    def lines(self, t: Transaction) -> list[tuple[Decimal, str, str, str]]:
        """(amount, S/H, Konto, Gegenkonto) from the debtor's side."""
        out: list[tuple[Decimal, str, str, str]] = []
        debtor = self.debtor(t.customer_id)
        others = [p for p in t.postings if p.account != "receivables"]
        grouped: dict[str, Decimal] = {}
        for p in others:  # a revenue line and its VAT line become one gross booking
            key = p.account.replace("vat:", "revenue:", 1)
            grouped[key] = grouped.get(key, Decimal(0)) + p.credit - p.debit
        for role, credit in grouped.items():
            if credit == 0:
                continue
            side = "S" if credit > 0 else "H"  # the other side credited: the debtor debited
            out.append((credit, side, debtor, self.account(_zero_rate(role))))
        return out


def _zero_rate(role: str) -> str:
    """``revenue:E:0`` for every exempt rate spelling; other roles as they are."""
    parts = role.split(":")
    if len(parts) == 3 and parts[0] == "revenue" and parts[1] in UNTAXED:
        return f"revenue:{parts[1]}:0"
    return role


def _row(t: Transaction, amount: Decimal, side: str, konto: str, gegen: str) -> list[str]:
    values = [""] * len(COLUMNS)
    filled = {
        "Umsatz (ohne Soll/Haben-Kz)": _amount(amount),
        "Soll/Haben-Kennzeichen": side,
        "WKZ Umsatz": t.currency,
        "Konto": konto,
        "Gegenkonto (ohne BU-Schlüssel)": gegen,
        "Belegdatum": t.date.strftime("%d%m"),
        "Belegfeld 1": t.reference,
        "Buchungstext": f"{t.description} {t.customer}".strip(),
        "Festschreibung": "0",
    }
    for name, value in filled.items():
        position = INDEX[name]
        _name, kind, length = COLUMNS[position]
        values[position] = _text(value, length) if kind == "T" else value[:length]
    return values


def header(data: PeriodData, settings: DatevSettings, created: datetime) -> list[str]:
    year_start = settings.fiscal_year_start or date(data.start.year, 1, 1)
    title = f"Invoice Desk {data.start:%d.%m.}-{data.end:%d.%m.%Y}"  # 30 characters at most
    fields = [
        '"EXTF"',
        "700",
        "21",
        '"Buchungsstapel"',
        "13",
        created.strftime("%Y%m%d%H%M%S") + f"{created.microsecond // 1000:03d}",
        "",
        '"RE"',
        _text(settings.exported_by, 25),
        '""',
        str(settings.advisor),
        str(settings.client),
        year_start.strftime("%Y%m%d"),
        str(settings.account_length),
        data.start.strftime("%Y%m%d"),
        data.end.strftime("%Y%m%d"),
        _text(title, 30),
        '""',
        "1",
        "0",
        "0",
        f'"{data.accounting_currency}"',
        "",
        '""',
        "",
        "",
        f'"{settings.chart[-2:]}"',
        "",
        "",
        "",
        '""',
    ]
    if len(fields) != 31:
        raise broken("fields must have 31 items")
    return fields


def buchungsstapel(
    data: PeriodData,
    settings: DatevSettings,
    created: datetime,
    found: list[Transaction] | None = None,
) -> tuple[str, bytes]:
    """``EXTF_Buchungsstapel_<from>_<to>.csv`` for the period."""
    if data.start.year != data.end.year:
        raise InvalidInput.of("datev.one_year", "end")
    book = _Book(settings)
    lines = [";".join(header(data, settings, created)), ";".join(HEADINGS)]
    for t in transactions(data) if found is None else found:
        for amount, side, konto, gegen in book.lines(t):
            lines.append(";".join(_row(t, amount, side, konto, gegen)))
    text = "\r\n".join(lines) + "\r\n"
    if settings.encoding == "utf-8":
        payload = text.encode("utf-8-sig")
    else:
        payload = text.encode("cp1252", errors="replace")
    name = f"EXTF_Buchungsstapel_{data.start:%Y%m%d}_{data.end:%Y%m%d}.csv"
    return name, payload
