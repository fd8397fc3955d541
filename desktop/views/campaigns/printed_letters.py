"""Merged letters painted page by page with Qt: a PDF file (no word processor needed on the
laptop) or the printer chosen in the system's dialog. The pages are painted once the run has
walked the whole group, so a cancelled run prints nothing."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from desktop.crm.io.files import partial_path
from desktop.crm.letters.document import Document
from desktop.crm.letters.merge import merged
from desktop.widgets.letter_editor import qt_document

SIZES = {"A4": QPageSize.A4, "Letter": QPageSize.Letter}


def page_layout(letter: Document) -> QPageLayout:
    page = letter.page
    return QPageLayout(QPageSize(SIZES.get(page.size, QPageSize.A4)), QPageLayout.Portrait,
                       QMarginsF(page.left, page.top, page.right, page.bottom),
                       QPageLayout.Millimeter)


def paint_letters(device, letter: Document, letters: list[dict[str, str]]) -> int:
    """Paint every merged letter on ``device`` (a QPdfWriter or a QPrinter), each from a new
    page; returns the number of pages."""
    device.setPageLayout(page_layout(letter))
    painter = QPainter(device)
    area = device.pageLayout().paintRectPixels(device.resolution())
    pages = 0
    try:
        for values in letters:
            document = QTextDocument()
            document.documentLayout().setPaintDevice(device)
            qt_document.show(document, merged(letter, values))
            document.setPageSize(QSizeF(area.width(), area.height()))
            for page in range(document.pageCount()):
                if pages:
                    device.newPage()
                painter.save()
                painter.translate(0, -page * area.height())
                document.drawContents(painter, QRectF(0, page * area.height(), area.width(),
                                                      area.height()))
                painter.restore()
                pages += 1
    finally:
        painter.end()
    return pages


class PdfOutput:
    """One PDF of all the letters, written to a temporary file and moved into place."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.temp: Path | None = None
        self.letters: list[dict[str, str]] = []

    def start(self, letter, template, names) -> None:
        self.letter = letter
        self.temp = partial_path(self.path)

    def add(self, key: str, values: dict[str, str]) -> None:
        self.letters.append(values)

    def finish(self) -> None:
        writer = QPdfWriter(str(self.temp))
        writer.setResolution(96)  # the editor's pixels: pictures keep their size
        writer.setTitle(self.path.stem)
        paint_letters(writer, self.letter, self.letters)

    def publish(self) -> list[Path]:
        os.replace(self.temp, self.path)
        self.temp = None
        return [self.path]

    def discard(self) -> None:
        if self.temp is not None:
            self.temp.unlink(missing_ok=True)


class PrinterOutput:
    """The letters on the printer the user chose, painted after the commit."""

    def __init__(self, printer) -> None:
        self.printer = printer
        self.letters: list[dict[str, str]] = []

    def start(self, letter, template, names) -> None:
        self.letter = letter

    def add(self, key: str, values: dict[str, str]) -> None:
        self.letters.append(values)

    def finish(self) -> None:
        pass  # paper cannot be taken back: printed only once the run is committed

    def publish(self) -> list[Path]:
        paint_letters(self.printer, self.letter, self.letters)
        return []

    def discard(self) -> None:
        self.letters = []
