"""How long validating an e-invoice takes (XSD + official CEN EN 16931 schematron).

    .venv/bin/python -m bench.einvoice [--rounds 50]

Prints the one-time compile cost and the per-document time for the official UBL examples
(../shared/einvoice-examples/ubl). Target: a typical invoice under 20 ms after the compile.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from app.einvoice.validation import Syntax, Validator

EXAMPLES = Path(__file__).resolve().parents[2] / "shared" / "einvoice-examples" / "ubl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    files = sorted(EXAMPLES.glob("*.xml"))
    validator = Validator()
    started = time.perf_counter()
    validator.validate(files[0].read_bytes(), Syntax.UBL_INVOICE)
    compile_ms = (time.perf_counter() - started) * 1000
    print(f"first validation (compiles the XSD and the rules): {compile_ms:7.1f} ms")
    for path in files:
        xml = path.read_bytes()
        samples = []
        for _ in range(args.rounds):
            t0 = time.perf_counter()
            validator.validate(xml, Syntax.UBL_INVOICE)
            samples.append((time.perf_counter() - t0) * 1000)
        lines = xml.count(b"<cac:InvoiceLine>")
        print(
            f"{path.name:<28} {lines:3} lines  median {statistics.median(samples):6.1f} ms"
            f"  max {max(samples):6.1f} ms"
        )


if __name__ == "__main__":
    main()
