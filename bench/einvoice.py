"""How long validating an e-invoice takes (XSD + official CEN EN 16931 schematron).

    .venv/bin/python -m bench.einvoice [--rounds 50]

Prints the one-time compile cost per syntax and the per-document time for the official UBL
and CII examples (../shared/einvoice-examples). Target: a typical invoice under 20 ms after
the compile.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from app.einvoice.validation import Syntax, Validator

EXAMPLES = Path(__file__).resolve().parents[2] / "shared" / "einvoice-examples"
LINE_TAGS = {
    Syntax.UBL_INVOICE: b"<cac:InvoiceLine>",
    Syntax.CII: b"IncludedSupplyChainTradeLineItem>",
}


def _run(validator: Validator, folder: str, syntax: Syntax, rounds: int) -> list[float]:
    files = sorted((EXAMPLES / folder).glob("*.xml"))
    started = time.perf_counter()
    validator.validate(files[0].read_bytes(), syntax)
    compile_ms = (time.perf_counter() - started) * 1000
    print(f"{folder}: first validation (compiles the XSD and the rules): {compile_ms:7.1f} ms")
    medians = []
    for path in files:
        xml = path.read_bytes()
        samples = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            validator.validate(xml, syntax)
            samples.append((time.perf_counter() - t0) * 1000)
        lines = xml.count(LINE_TAGS[syntax]) // (2 if syntax is Syntax.CII else 1)
        medians.append(statistics.median(samples))
        print(
            f"  {path.name:<30} {lines:3} lines  median {medians[-1]:6.1f} ms"
            f"  max {max(samples):6.1f} ms"
        )
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    validator = Validator()
    for folder, syntax in (("ubl", Syntax.UBL_INVOICE), ("cii", Syntax.CII)):
        medians = _run(validator, folder, syntax, args.rounds)
        print(f"  {folder}: median of medians {statistics.median(medians):6.1f} ms")


if __name__ == "__main__":
    main()
