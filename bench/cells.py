"""What the document list's cells cost: the texts of a page, and a screen of ``data()`` calls.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.cells [--rounds 50]

A page of 200 rows gets its texts on the store thread (``CellTexts``: words, dates and totals
in the window's language); every repaint then asks ``data()`` for seven roles of each cell on
the screen, plus its flags. Prints the time of both, best of ``--rounds``, per language.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QApplication

from app.domain.documents import DocumentType, Status
from app.services.formatting import Formatter
from app.services.ports import DocumentPage, DocumentSummary
from ui.documents.document_list_model import COLUMNS, DocumentListModel

ROLES = (6, 7, 9, 10, 1, 0, 8)  # font, alignment, foreground, check, decoration, text, background
SCREEN_ROWS = 30


def _rows(rng: random.Random, count: int) -> tuple[DocumentSummary, ...]:
    def day() -> date:
        return date(2026, rng.randrange(1, 13), rng.randrange(1, 29))

    return tuple(
        DocumentSummary(
            id=n,
            number=f"INV-2026-{n:05}" if n % 20 else None,
            type=rng.choice((DocumentType.INVOICE, DocumentType.INVOICE, DocumentType.CREDIT_NOTE)),
            status=Status.ISSUED if n % 20 else Status.DRAFT,
            customer_id=1,
            customer_name=f"Customer {rng.randrange(300):03} GmbH",
            issue_date=day(),
            due_date=day(),
            currency="EUR",
            tax_inclusive=Decimal(f"{rng.randrange(1, 99_999)}.{rng.randrange(100):02}"),
            payable=None,
            corrects_id=None,
        )
        for n in range(1, count + 1)
    )


def _best(rounds: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    QApplication([])
    for language in ("en", "de"):
        _one_language(language, args.rounds)


def _one_language(language: str, rounds: int) -> None:
    rows = _rows(random.Random(7), 200)
    model = DocumentListModel(lambda _query, _done: None, Formatter(language))
    started = time.perf_counter()
    model.cell_texts(DocumentPage(rows, None))
    first_ms = (time.perf_counter() - started) * 1000
    page_ms = _best(rounds, lambda: model.cell_texts(DocumentPage(rows, None)))
    model._arrived(model._generation, model.cell_texts(DocumentPage(rows, None)))
    cells = [model.index(r, c) for r in range(SCREEN_ROWS) for c in range(len(COLUMNS))]

    def screen() -> None:
        for index in cells:
            model.flags(index)
            for role in ROLES:
                model.data(index, role)

    screen_ms = _best(rounds, screen)
    print(
        f"{language}: texts of a 200-row page {page_ms:.2f} ms (the first, every date new: "
        f"{first_ms:.2f} ms); a screen of {len(cells)} cells x {len(ROLES)} roles + flags "
        f"{screen_ms:.2f} ms"
    )


if __name__ == "__main__":
    main()
