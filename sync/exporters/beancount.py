"""The period as a beancount ledger: accounts opened, one balanced transaction per document
and per money-moving entry (the postings of sync/exporters/postings.py), debit positive.
``bean-check`` accepts it; the account names are in docs/sync-exports.md."""

from __future__ import annotations

from app.services.accountant.period import PeriodData
from sync.exporters.postings import Transaction, transactions

ROLES = {
    "receivables": "Assets:Receivables",
    "bank": "Assets:Bank",
    "rounding": "Expenses:Rounding",
    "discounts": "Expenses:Discounts-Granted",
    "bad_debts": "Expenses:Bad-Debts",
    "fees": "Income:Reminder-Fees",
    "interest": "Income:Default-Interest",
}


def account(role: str) -> str:
    """``revenue:S:19`` -> ``Income:Sales:S-19``; ``vat:AA:5.5`` -> ``Liabilities:VAT:AA-5-5``."""
    if role in ROLES:
        return ROLES[role]
    kind, category, rate = role.split(":")
    component = f"{category}-{rate.replace('.', '-')}"
    return f"Income:Sales:{component}" if kind == "revenue" else f"Liabilities:VAT:{component}"


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def _transaction(t: Transaction) -> str:
    lines = [f"{t.date.isoformat()} * {_quote(t.customer)} {_quote(t.description)}"]
    lines.append(f"  ref: {_quote(t.reference)}")
    for p in t.postings:
        amount = p.debit - p.credit
        lines.append(f"  {account(p.account):<40} {amount:>14} {t.currency}")
    return "\n".join(lines)


def ledger(data: PeriodData, found: list[Transaction] | None = None) -> tuple[str, bytes]:
    found = transactions(data) if found is None else found
    used = sorted({account(p.account) for t in found for p in t.postings} | set(ROLES.values()))
    head = [
        f"; {data.company.name}: {data.start.isoformat()} to {data.end.isoformat()}",
        f'option "title" {_quote(data.company.name)}',
        f'option "operating_currency" "{data.accounting_currency}"',
        "",
    ]
    opens = [f"{data.start.isoformat()} open {name}" for name in used]
    body = [_transaction(t) + "\n" for t in found]
    text = "\n".join(head + opens + [""] + body)
    return "ledger.beancount", text.encode("utf-8")
