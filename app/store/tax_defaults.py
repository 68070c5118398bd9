"""The tax table a new company starts with: its country's VAT rates and the zero categories."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text

SINCE = "2000-01-01"
# Standard and reduced VAT rates in force on 2026-11-24 (a company edits its own table).
COUNTRY_RATES: dict[str, list[tuple[str, str]]] = {
    "DE": [("standard", "19"), ("reduced", "7")],
    "AT": [("standard", "20"), ("reduced", "10"), ("reduced-13", "13")],
    "FR": [
        ("standard", "20"),
        ("intermediate", "10"),
        ("reduced", "5.5"),
        ("super-reduced", "2.1"),
    ],
    "BE": [("standard", "21"), ("intermediate", "12"), ("reduced", "6")],
    "NL": [("standard", "21"), ("reduced", "9")],
    "LU": [("standard", "17"), ("intermediate", "14"), ("reduced", "8"), ("super-reduced", "3")],
    "IT": [("standard", "22"), ("reduced", "10"), ("reduced-5", "5"), ("super-reduced", "4")],
    "ES": [("standard", "21"), ("reduced", "10"), ("super-reduced", "4")],
    "PL": [("standard", "23"), ("reduced", "8"), ("reduced-5", "5")],
    "GR": [("standard", "24"), ("reduced", "13"), ("super-reduced", "6")],
}
ZERO_CATEGORIES: list[tuple[str, str, str, str]] = [
    ("zero", "Z", "", ""),
    ("exempt", "E", "Exempt from VAT", ""),
    ("reverse-charge", "AE", "Reverse charge", "VATEX-EU-AE"),
    ("intra-community", "K", "Intra-Community supply", "VATEX-EU-IC"),
    ("export", "G", "Export outside the EU", "VATEX-EU-G"),
    ("not-subject", "O", "Not subject to VAT", "VATEX-EU-O"),
]


def default_rates(country: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = [
        {"name": name, "category": "S", "rate": rate, "reason": None, "code": None}
        for name, rate in COUNTRY_RATES.get(country, [])
    ]
    rows += [
        {
            "name": name,
            "category": cat,
            "rate": None if cat == "O" else "0",
            "reason": reason or None,
            "code": code or None,
        }
        for name, cat, reason, code in ZERO_CATEGORIES
    ]
    return rows


def seed_tax_rates(conn: Connection, country: str) -> None:
    for row in default_rates(country):
        conn.execute(
            text(
                "INSERT INTO tax_rate (name, category, rate, valid_from, exemption_reason,"
                " exemption_code) VALUES (:name, :category, :rate, :since, :reason, :code)"
            ),
            {**row, "since": SINCE},
        )
