"""Show, print and open PDFs: pages rendered with QtPdf, printed page by page on a QPrinter,
or handed to the system's viewer."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

if TYPE_CHECKING:  # QtPdf and QtPrintSupport load with the first PDF shown or printed
    from PySide6.QtPrintSupport import QPrinter


class PdfPages:
    """A PDF held in memory (the bytes frozen at issue), its pages renderable at any size."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._buffer = QBuffer()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        from PySide6.QtPdf import QPdfDocument

        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise ValueError("the PDF cannot be read")

    @property
    def count(self) -> int:
        return int(self.document.pageCount())

    def image(self, page: int, width: int) -> QPixmap:
        points = self.document.pagePointSize(page)
        height = round(width * points.height() / points.width())
        rendered = self.document.render(page, QSize(width, height))
        paper = QImage(rendered.size(), QImage.Format.Format_RGB32)
        paper.fill(Qt.GlobalColor.white)  # pages are transparent: white paper, also when dark
        painter = QPainter(paper)
        painter.drawImage(0, 0, rendered)
        painter.end()
        return QPixmap.fromImage(paper)


def print_pdf(pages: PdfPages, printer: QPrinter) -> int:
    """Paint every page onto the printer at its resolution; returns the pages printed.

    The stored PDF is what is printed: no re-rendering from data, no template applied."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        area = printer.pageRect(type(printer).Unit.DevicePixel).toRect()
        for index in range(pages.count):
            if index:
                printer.newPage()
            image = pages.document.render(index, area.size())
            painter.drawImage(area.topLeft(), image)
    finally:
        painter.end()
    return pages.count


def open_in_viewer(data: bytes, name: str) -> Path:
    """Write the bytes to a private temporary file and hand it to the desktop's PDF viewer."""
    folder = Path(tempfile.mkdtemp(prefix="invoice-desk-"))
    path = folder / name
    path.write_bytes(data)
    path.chmod(0o600)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


class PdfPreview(QScrollArea):
    """The pages of a PDF one under the other, scaled to the pane's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Document preview"))
        self._inner = QWidget()
        self._layout = QVBoxLayout(self._inner)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._inner)
        self.pages: PdfPages | None = None
        self.labels: list[QLabel] = []

    def show_pdf(self, data: bytes | None) -> None:
        for label in self.labels:
            label.deleteLater()
        self.labels = []
        self.pages = PdfPages(data) if data else None
        if self.pages is None:
            return
        width = max(300, self.viewport().width() - 40)
        for index in range(self.pages.count):
            label = QLabel()
            label.setPixmap(self.pages.image(index, width))
            label.setAccessibleName(self.tr("Page %n", "", index + 1))
            self._layout.addWidget(label)
            self.labels.append(label)
