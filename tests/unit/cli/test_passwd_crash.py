"""``passwd`` killed with SIGKILL at random moments always leaves an openable file."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from app import bootstrap
from app.services.errors import WrongPassphrase
from tests.conftest import PASSPHRASE, REPO

KILLS = 30


def _start_passwd(company: Path, old: str, new: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ, INVOICE_DESK_PASSPHRASE=old, INVOICE_DESK_NEW_PASSPHRASE=new)
    return subprocess.Popen(
        [sys.executable, "-m", "tests.cheap_kdf", "--file", str(company), "passwd"],
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _which_passphrase_opens(company: Path, candidates: list[str]) -> str:
    for candidate in candidates:
        try:
            file_key = bootstrap.key_from_passphrase(company, candidate)
        except WrongPassphrase:
            continue
        report = bootstrap.verify_file(company, file_key)
        assert report["ok"], report
        assert bootstrap.file_info(company, file_key)["company"]["name"] == "Acme Müller GmbH"
        return candidate
    raise AssertionError("the company file opens with neither the old nor the new passphrase")


def test_passwd_killed_at_random_moments_leaves_old_or_new(company: Path) -> None:
    rng = random.Random(20261124)
    runs, current = [], PASSPHRASE
    for calibration in range(3):  # the median of three: one slow start must not skew the kills
        started = time.perf_counter()
        _start_passwd(company, current, f"calibration {calibration}").wait(timeout=60)
        runs.append(time.perf_counter() - started)
        current = _which_passphrase_opens(company, [f"calibration {calibration}"])
    full_run = sorted(runs)[1]
    outcomes = {"old": 0, "new": 0}
    for round_ in range(KILLS):
        new = f"passphrase number {round_}"
        proc = _start_passwd(company, current, new)
        time.sleep(rng.uniform(0.3, 1.1) * full_run)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        opened = _which_passphrase_opens(company, [current, new])
        outcomes["new" if opened == new else "old"] += 1
        current = opened
    # The kills must land on both sides of the atomic switch, or the test proves little.
    assert outcomes["old"] > 0 and outcomes["new"] > 0, outcomes
