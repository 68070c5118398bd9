"""Child processes that hold a company file open, for lock and crash tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE, REPO

HOLDER = """
import sys, time
from pathlib import Path
from app import bootstrap
path = Path(sys.argv[1])
session = bootstrap.CompanySession(path, bootstrap.key_from_passphrase(path, sys.argv[2])).open()
print("open", flush=True)
time.sleep(600)
"""


def start_holder(company: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(company), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=dict(os.environ),
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "open", "holder process did not open the file"
    return proc


def stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
