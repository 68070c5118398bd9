"""How the window feels on a big company file: start-up, scrolling, search as you type.

    xvfb-run -a .venv/bin/python -m bench.ui --file /tmp/bench-100k.invoicedesk [--runs 3]

Uses a file made by ``bench.dataset`` (passphrase ``bench``). The key is derived once here (the
passphrase stretching is timed on its own: with "remember on this computer" the program takes
the key from the keyring instead); then each run starts a fresh Python process and measures:

- start-up: from before the process is started to the main window shown with the first page
  of the document list painted (imports, Qt, opening the encrypted file, the window);
- scrolling: the document list scrolled down page by page (further pages are fetched as it
  goes); the time of each repaint, p50/p95/max;
- search as you type: a customer name typed one letter at a time; the time from the text
  changing (without the 150 ms typing pause) to the new rows in the model;
- sorting: a column header clicked (customer, total, number; each way), the time to the new
  first page in the model, then the list scrolled in that order (frames as above).

Targets (issue #7): start-up under 1.0 s and not growing with the number of invoices, p95 frame
under 16 ms, search under 50 ms. Record the figures in docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PASSPHRASE = "bench"


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def child(path: Path, key: str, started: float) -> dict[str, Any]:
    """One run in a fresh process; ``started`` is the parent's clock before the launch."""
    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QApplication

    from app import bootstrap
    from app.store.kdf import FileKey
    from ui.application import configure_application
    from ui.main_window import MainWindow
    from ui.store_thread import StoreThread

    app = QApplication(sys.argv[:1])
    configure_application(app)
    folder = tempfile.mkdtemp()
    settings = QSettings(f"{folder}/settings.ini", QSettings.Format.IniFormat)
    settings.setValue("main_window/page", 4)  # the documents page, as a user left it
    store = StoreThread()
    session = bootstrap.CompanySession(path, FileKey.deserialize(key)).open()
    window = MainWindow(store, session, settings)
    documents = window.documents_page
    assert window.pages.currentWidget() is documents
    painted: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and documents.model.rows and not painted:
                painted.append(time.time())
            return False

    watch = PaintWatch()
    documents.table.viewport().installEventFilter(watch)
    window.resize(1200, 760)
    window.show()
    while not painted:
        app.processEvents()
        time.sleep(0.001)
    startup = painted[0] - started
    documents.table.viewport().removeEventFilter(watch)
    frames = _scroll(app, documents)
    searches = _search(app, documents)
    documents.search.setText("")
    sorts, sorted_frames = _sort(app, documents)
    window.close()
    store.submit(session.close)
    while store.busy:
        app.processEvents()
    store.stop()
    return {
        "startup_s": startup,
        "frames_ms": frames,
        "search_ms": searches,
        "sort_ms": sorts,
        "sorted_frames_ms": sorted_frames,
    }


def _scroll(app: Any, documents: Any, steps: int = 300) -> list[float]:
    table, model = documents.table, documents.model
    bar = table.verticalScrollBar()
    frames = []
    for _ in range(steps):
        before = time.perf_counter()
        bar.setValue(bar.value() + max(1, bar.pageStep()))
        table.viewport().repaint()
        frames.append((time.perf_counter() - before) * 1000)
        app.processEvents()  # a page fetched meanwhile arrives here, as between real frames
        if bar.value() >= bar.maximum():  # at the end of what is loaded: the next page comes
            rows, waited = model.rowCount(), time.perf_counter()
            while model.rowCount() == rows and time.perf_counter() - waited < 2:
                app.processEvents()
                time.sleep(0.001)
            if model.rowCount() == rows:
                break
    return frames


def _search(app: Any, documents: Any) -> list[float]:
    model = documents.model
    name = next((r.customer_name for r in model.rows if r.customer_name), "a")
    samples = []
    for length in range(1, min(len(name), 8) + 1):
        arrived: list[float] = []
        model.loaded.connect(lambda arrived=arrived: arrived.append(time.perf_counter()))
        before = time.perf_counter()
        documents.search.blockSignals(True)
        documents.search.setText(name[:length])
        documents.search.blockSignals(False)
        documents._search_changed()  # what the typing pause then does
        while not arrived:
            app.processEvents()
        model.loaded.disconnect()
        samples.append((arrived[0] - before) * 1000)
    print("search", name[:8], [round(x) for x in samples], file=sys.stderr)
    return samples


def _sort(app: Any, documents: Any) -> tuple[list[float], list[float]]:
    """Click-to-first-page time for three columns each way, and scrolling in those orders."""
    from PySide6.QtCore import Qt

    header, model = documents.table.horizontalHeader(), documents.model
    latencies, frames = [], []
    for column in (3, 7, 0):  # customer, total, number
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            arrived: list[float] = []
            model.loaded.connect(lambda arrived=arrived: arrived.append(time.perf_counter()))
            before = time.perf_counter()
            header.setSortIndicator(column, order)  # what a click on the header does
            while not arrived:
                app.processEvents()
            model.loaded.disconnect()
            latencies.append((arrived[0] - before) * 1000)
            documents.table.scrollToTop()
            frames += _scroll(app, documents, steps=60)
    return latencies, frames


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--file", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        result = child(args.file, os.environ["BENCH_KEY"], float(os.environ["BENCH_STARTED"]))
        print(json.dumps(result))
        return
    from app import bootstrap

    before = time.perf_counter()
    key = bootstrap.key_from_passphrase(args.file, PASSPHRASE)
    stretching = time.perf_counter() - before
    size = args.file.stat().st_size / 1024**2
    print(f"{args.file.name}: {size:,.0f} MB; passphrase stretching {stretching * 1000:.0f} ms")
    runs = []
    for _ in range(args.runs):
        env = {**os.environ, "BENCH_KEY": key.serialize(), "BENCH_STARTED": repr(time.time())}
        out = subprocess.run(
            [sys.executable, "-m", "bench.ui", "--file", str(args.file), "--child"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    startups = [r["startup_s"] for r in runs]
    frames = [f for r in runs for f in r["frames_ms"]]
    searches = [s for r in runs for s in r["search_ms"]]
    sorts = [s for r in runs for s in r["sort_ms"]]
    sorted_frames = [f for r in runs for f in r["sorted_frames_ms"]]
    print(
        f"start-up to the painted list: median {statistics.median(startups):.2f} s "
        f"(runs: {', '.join(f'{s:.2f}' for s in startups)})"
    )
    print(
        f"scroll frames ({len(frames)}): p50 {_percentile(frames, 0.5):.1f} ms, "
        f"p95 {_percentile(frames, 0.95):.1f} ms, max {max(frames):.1f} ms"
    )
    print(
        f"search as you type ({len(searches)} keystrokes): p50 "
        f"{_percentile(searches, 0.5):.1f} ms, p95 {_percentile(searches, 0.95):.1f} ms, "
        f"max {max(searches):.1f} ms"
    )
    print(
        f"sort by a column header ({len(sorts)} clicks): p50 {_percentile(sorts, 0.5):.1f} ms,"
        f" max {max(sorts):.1f} ms; scrolling sorted ({len(sorted_frames)} frames): p95"
        f" {_percentile(sorted_frames, 0.95):.1f} ms, max {max(sorted_frames):.1f} ms"
    )


if __name__ == "__main__":
    main()
