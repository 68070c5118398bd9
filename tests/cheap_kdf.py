"""Cheap key stretching for the tests, without a switch in the program.

A company file carries its Argon2id parameters in its header (app/store/kdf.py), so a file made
with cheap parameters opens cheaply in any process. New keys take ``kdf.DEFAULT_PARAMS``, read
when a file is created or its passphrase changed: the ``cheap_kdf`` fixture (tests/conftest.py)
lowers it in the test process, and ``python -m tests.cheap_kdf ARGS...`` is ``invoice-desk
ARGS...`` with it lowered, for the tests that run the command line as a child process.

The real cost is tested where it matters: tests/unit/store/test_kdf.py, bench/unlock.py.
"""

from __future__ import annotations

import sys

from app.store import kdf

# 8 MiB, one pass: a few milliseconds instead of ~0.35 s. Never for real company files.
FAST_TEST_PARAMS = kdf.KdfParams(memory_kib=2**13, time_cost=1, parallelism=1)


def main() -> int:
    kdf.DEFAULT_PARAMS = FAST_TEST_PARAMS
    from ui.launcher import main as launch

    return launch(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
