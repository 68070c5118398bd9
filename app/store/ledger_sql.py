"""The receivables rule in SQL, built once from the domain's tables (``app.domain.receivables``).

``OPEN_ITEMS`` and ``UNAPPLIED`` recompute, for any as-of date ``:d``, what
``receivables.positions`` and ``receivables.unapplied_payments`` compute in Python, over exact
integer minor units. ``OPEN_NOW`` and ``UNAPPLIED_NOW`` read the balances that the triggers of
migration 0004 keep for the current state. Portable SQL (CTEs, CASE, coalesce): nothing here is
SQLite's own.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.receivables import (
    AS_SOURCE,
    AS_TARGET,
    DUE_SIGN,
    USES_PAYMENT,
    EntryKind,
    due_sign,
)


def _kinds(kinds: Iterable[EntryKind]) -> str:
    return ", ".join(f"'{kind.value}'" for kind in sorted(kinds))


def due_delta(*, as_source: bool = False, amount: str = "amount_minor") -> str:
    """What one ledger entry (columns ``kind`` and ``amount``) adds to the amount due of its
    target document (``document_id``) or, ``as_source``, of its source document."""
    kinds = AS_SOURCE if as_source else AS_TARGET
    up = [k for k in kinds if due_sign(k, as_source=as_source) > 0]
    down = [k for k in kinds if due_sign(k, as_source=as_source) < 0]
    cases = [f"WHEN kind IN ({_kinds(up)}) THEN {amount}"] if up else []
    cases += [f"WHEN kind IN ({_kinds(down)}) THEN -{amount}"] if down else []
    return f"CASE {' '.join(cases)} ELSE 0 END"


CREDITED = "-" if DUE_SIGN["credited"] < 0 else ""
REVERSED = """
WITH rev AS (SELECT reverses_id AS id FROM ledger_entry
             WHERE kind = 'reversal' AND entry_date <= :d)
"""
COUNTS = """entry_date <= :d AND id NOT IN (SELECT id FROM rev)
    AND (payment_id IS NULL OR payment_id NOT IN (SELECT id FROM rev))"""
OPEN_ITEMS = (
    REVERSED
    + f""",
moves AS (
  SELECT document_id AS doc, SUM({due_delta()}) AS delta
  FROM ledger_entry
  WHERE document_id IS NOT NULL AND kind != 'reversal' AND {COUNTS}
  GROUP BY document_id
  UNION ALL
  SELECT source_document_id, SUM({due_delta(as_source=True)}) FROM ledger_entry
  WHERE source_document_id IS NOT NULL AND kind IN ({_kinds(AS_SOURCE)}) AND {COUNTS}
  GROUP BY source_document_id
  UNION ALL
  SELECT corrects_id, {CREDITED}SUM(total_minor) FROM document
  WHERE status = 'issued' AND type = 'credit_note' AND issue_date <= :d
    AND corrects_id IS NOT NULL GROUP BY corrects_id),
owed AS (SELECT doc, SUM(delta) AS delta FROM moves GROUP BY doc)
SELECT d.id, d.number, d.type, d.customer_id, d.currency, d.issue_date,
       coalesce(d.due_date, d.issue_date), d.total_minor, d.payable_minor,
       d.payable_minor + coalesce(owed.delta, 0),
       CASE WHEN d.currency = :acc THEN '1' ELSE d.fx_rate END
FROM document d LEFT JOIN owed ON owed.doc = d.id
WHERE d.status = 'issued' AND d.type IN ('invoice', 'debit_note') AND d.issue_date <= :d
  AND d.payable_minor + coalesce(owed.delta, 0) != 0
ORDER BY d.id
"""
)
UNAPPLIED = (
    REVERSED
    + f"""
SELECT customer_id, currency, SUM(x) FROM (
  SELECT customer_id, currency, amount_minor AS x FROM ledger_entry
  WHERE kind = 'payment' AND entry_date <= :d AND id NOT IN (SELECT id FROM rev)
  UNION ALL
  SELECT p.customer_id, p.currency, -coalesce(a.payment_amount_minor, a.amount_minor)
  FROM ledger_entry a JOIN ledger_entry p ON p.id = a.payment_id
  WHERE a.payment_id IS NOT NULL AND a.kind IN ({_kinds(USES_PAYMENT)})
    AND a.entry_date <= :d AND a.id NOT IN (SELECT id FROM rev)
    AND a.payment_id NOT IN (SELECT id FROM rev))
GROUP BY customer_id, currency
"""
)
LATEST = """
SELECT (SELECT max(entry_date) FROM ledger_entry),
       (SELECT max(issue_date) FROM document WHERE status = 'issued')
"""
OPEN_NOW = """
SELECT document_id, number, type, customer_id, currency, issue_date, due_date, total_minor,
       payable_minor, due_minor, CASE WHEN currency = :acc THEN '1' ELSE fx_rate END
FROM document_balance WHERE due_minor > 0 OR due_minor < 0
ORDER BY document_id
"""
UNAPPLIED_NOW = """
SELECT customer_id, currency, SUM(remaining_minor) FROM payment_balance
WHERE remaining_minor > 0 OR remaining_minor < 0 GROUP BY customer_id, currency
"""
