"""The files of an accountant's bundle, written by the exporters, and its signed manifest:
what ``app.services.accountant.bundles.create_bundle`` is given to make a bundle."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from decimal import Decimal
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.services.accountant.period import PeriodData
from app.services.accountant.sync_ports import FileRef
from app.services.company.company_settings import CompanySettings
from sync.exporters.beancount import ledger
from sync.exporters.csv_files import invoice_list_csv, journal_csv, payments_csv
from sync.exporters.datev import DatevSettings, buchungsstapel
from sync.exporters.postings import Transaction, transactions
from sync.manifest import sign_manifest


def datev_settings(settings: CompanySettings) -> DatevSettings | None:
    """The company's DATEV settings, or None when no advisor and client number are set."""
    datev = settings.datev
    if datev.advisor is None or datev.client is None:
        return None
    return DatevSettings(
        advisor=datev.advisor,
        client=datev.client,
        chart=datev.chart,
        encoding=datev.encoding,
        accounts=dict(datev.accounts),
    )


def summary(data: PeriodData, found: list[Transaction]) -> dict[str, Any]:
    """Record counts and debit/credit totals per currency, as the manifest states them."""
    totals: dict[str, dict[str, Decimal]] = {}
    for t in found:
        sums = totals.setdefault(t.currency, {"debit": Decimal(0), "credit": Decimal(0)})
        sums["debit"] += t.debits
        sums["credit"] += t.credits
    types = Counter(doc.draft.type.value for doc in data.documents)
    return {
        "counts": {
            "documents": len(data.documents),
            **{f"documents.{name}": count for name, count in sorted(types.items())},
            "ledger_entries": len(data.entries),
            "transactions": len(found),
        },
        "totals": {
            currency: {side: str(amount) for side, amount in sums.items()}
            for currency, sums in sorted(totals.items())
        },
    }


class PeriodBundleMaker:
    """Journal, invoice list and payments CSV, the beancount ledger, the DATEV batch when the
    company has DATEV numbers; and the Ed25519-signed manifest."""

    def __init__(self, created: datetime) -> None:
        self.created = created

    def files(
        self, data: PeriodData, settings: CompanySettings
    ) -> tuple[dict[str, bytes], dict[str, Any]]:
        found = transactions(data)  # once for every exporter
        made = dict(
            [
                journal_csv(data, found),
                invoice_list_csv(data),
                payments_csv(data),
                ledger(data, found),
            ]
        )
        datev = datev_settings(settings)
        if datev is not None:
            name, payload = buchungsstapel(data, datev, self.created, found)
            made[name] = payload
        return made, summary(data, found)

    def manifest(self, facts: dict[str, Any], files: list[FileRef], private_key: bytes) -> bytes:
        key = Ed25519PrivateKey.from_private_bytes(private_key)
        entries = [{"name": f.name, "sha256": f.sha256, "size": f.size} for f in files]
        return sign_manifest(facts, entries, key)
