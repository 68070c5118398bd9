"""How long unlocking a company file takes: key stretching, opening, verifying.

    .venv/bin/python -m bench.unlock [--rounds N]

Prints figures; record them in docs/performance.md. Uses the real (default) Argon2id cost.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from app import bootstrap
from app.store.company_file import CompanyFields, create
from app.store.kdf import DEFAULT_PARAMS


def _timed(func: object, rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        func()  # type: ignore[operator]
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _line(label: str, samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"{label:<38} median {statistics.median(samples):8.1f} ms   p95 {p95:8.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=10)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.invoicedesk"
        fields = CompanyFields(name="Bench GmbH", country="DE", currency="EUR")
        started = time.perf_counter()
        create(path, "bench passphrase", fields, DEFAULT_PARAMS)
        print(f"{'create company file':<38} {(time.perf_counter() - started) * 1000:8.1f} ms")
        print(f"Argon2id: {DEFAULT_PARAMS}")
        key = bootstrap.key_from_passphrase(path, "bench passphrase")
        print(
            _line(
                "stretch passphrase (Argon2id)",
                _timed(lambda: bootstrap.key_from_passphrase(path, "bench passphrase"), rounds),
            )
        )

        def open_close() -> None:
            bootstrap.CompanySession(path, key).open().close()

        print(_line("open for writing with key (lock+WAL)", _timed(open_close, rounds)))
        print(_line("unlock total (stretch + open)", _timed(
            lambda: bootstrap.CompanySession(
                path, bootstrap.key_from_passphrase(path, "bench passphrase")
            ).open().close(), rounds)))  # fmt: skip
        print(_line("verify (all pages)", _timed(lambda: bootstrap.verify_file(path, key), rounds)))


if __name__ == "__main__":
    main()
