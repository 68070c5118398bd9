"""A process issuing invoices is killed with SIGKILL at random moments, 100 times.

Afterwards the numbers are gapless and unique, every number the child reported as issued
exists, and the audit chain verifies.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from app import bootstrap
from app.services import queries
from app.services.audit_log import verify_audit
from tests.conftest import PASSPHRASE, REPO

KILLS = 100
CHILD = """
import sys
from pathlib import Path
from app import bootstrap
from app.domain.einvoice_formats import EInvoiceFormat
from app.einvoice.adapter import warm_up
from app.services import customers, drafts, issuing
warm_up(EInvoiceFormat.UBL)  # the first issue would otherwise spend 0.6 s compiling the rules
path = Path(sys.argv[1])
with bootstrap.CompanySession(path, bootstrap.key_from_passphrase(path, sys.argv[2])) as s:
    ctx = s.context()
    found = customers.list_customers(ctx)
    customer = found[0].id if found else customers.add_customer(
        ctx, customers.CustomerInput(name="Crash GmbH", country="DE", vat_id="DE136695976"))
    print("ready", flush=True)
    while True:
        draft = drafts.create_draft(ctx, {"customer": str(customer), "currency": "EUR",
            "lines": [{"description": "x", "quantity": "1", "unit": "C62",
                       "unit_price": "10.00", "tax_category": "S", "tax_rate": "19"}]})
        print("issued", issuing.issue_document(ctx, draft)["number"], flush=True)
"""


def _run_and_kill(company: Path, rng: random.Random) -> list[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(company), PASSPHRASE],
        cwd=REPO,
        env=dict(os.environ),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.0, 0.25))
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=30)
    return re.findall(r"^issued (\S+)$", out, flags=re.MULTILINE)


def test_killed_while_issuing_100_times(company: Path) -> None:
    rng = random.Random(1124)
    reported: list[str] = []
    for _ in range(KILLS):
        reported += _run_and_kill(company, rng)
    key = bootstrap.key_from_passphrase(company, PASSPHRASE)
    with bootstrap.CompanySession(company, key, readonly=True) as session:
        ctx = session.context()
        numbers = [d["number"] for d in queries.list_documents(ctx) if d["number"]]
        chain = verify_audit(ctx)
        kinds = {n: {f["kind"] for f in queries.show_document(ctx, n)["files"]} for n in numbers}
    incomplete = [n for n, found in kinds.items() if found != {"einvoice", "pdf"}]
    assert incomplete == [], "an issued document lacks a file frozen with it"
    sequence = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
    assert sequence == list(range(1, len(sequence) + 1)), "numbers have gaps"
    assert len(set(numbers)) == len(numbers)
    assert set(reported) <= set(numbers), "a number reported as issued is missing"
    assert len(reported) > KILLS, "the child issued too little for the test to mean much"
    assert chain["ok"], chain
    assert bootstrap.verify_file(company, key)["ok"]
