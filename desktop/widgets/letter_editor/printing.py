"""Letter documents painted page by page with Qt, on a PDF writer or a printer: merged
letters, a quotation sent to a customer. No word processor is needed on the laptop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from desktop.crm.io.files import PartialFile
from desktop.crm.letters.document import Document
from desktop.crm.letters.merge import merged
from desktop.widgets.letter_editor import qt_document

#: a PDF's pixels: fine enough that fonts keep their size unrounded (at 96 DPI an 11 pt font
#: is laid out at 15 pixels, its lines 5 % taller than Word's)
PDF_DPI = 1200


SIZES = {"A4": QPageSize.A4, "Letter": QPageSize.Letter}


def page_layout(letter: Document) -> QPageLayout:
    page = letter.page
    return QPageLayout(QPageSize(SIZES.get(page.size, QPageSize.A4)), QPageLayout.Portrait,
                       QMarginsF(page.left, page.top, page.right, page.bottom),
                       QPageLayout.Millimeter)


class LetterPainter:
    """Merged letters painted one after the other on a device (a QPdfWriter or a QPrinter),
    each from a new page. ``end()`` completes the file or sends the job; ``abort()`` drops a
    printer's job."""

    def __init__(self, device, letter: Document) -> None:
        self.device, self.letter = device, letter
        device.setPageLayout(page_layout(letter))
        self.painter = QPainter(device)
        self.area = device.pageLayout().paintRectPixels(device.resolution())
        self.pages = 0

    def paint(self, values: dict[str, str]) -> None:
        device, area, painter = self.device, self.area, self.painter
        document = QTextDocument()
        document.documentLayout().setPaintDevice(device)
        # on paper the page's margins are the only ones, and lines are as high as the font
        # says (not rounded to the screen's pixels): the PDF lays out as Word does
        document.setDocumentMargin(0)
        document.setUseDesignMetrics(True)
        qt_document.show(document, merged(self.letter, values))
        document.setPageSize(QSizeF(area.width(), area.height()))
        for page in range(document.pageCount()):
            if self.pages:
                device.newPage()
            painter.save()
            painter.translate(0, -page * area.height())
            document.drawContents(painter, QRectF(0, page * area.height(), area.width(),
                                                  area.height()))
            painter.restore()
            self.pages += 1

    def end(self) -> bool:
        return self.painter.end() if self.painter.isActive() else True

    def abort(self) -> None:
        if hasattr(self.device, "abort"):  # a printer: the job is taken back
            self.device.abort()
        self.end()


class PrinterTarget:
    """The printer a run paints on. A printer that prints to a file (Qt's "Print to PDF")
    writes a temporary file beside the chosen one, moved in by ``place()`` or removed by
    ``discard()``, as any file of a run: a cancelled run leaves none (QPrinter.abort() only
    takes back a job sent to a real printer)."""

    def __init__(self, printer) -> None:
        self.printer = printer
        self.file: PartialFile | None = None
        self.chosen = ""

    def begin(self) -> None:
        self.chosen = self.printer.outputFileName()
        if self.printer.outputFormat() == QPrinter.PdfFormat and self.chosen:
            self.file = PartialFile(Path(self.chosen))
            self.printer.setOutputFileName(str(self.file.open_temp()))

    def place(self) -> None:
        self._restore()
        if self.file is not None:
            self.file.place()

    def withdraw(self) -> None:
        if self.file is not None:
            self.file.withdraw()

    def settle(self) -> list[Path]:
        return self.file.settle() if self.file is not None else []

    def discard(self) -> None:
        self._restore()
        if self.file is not None:
            self.file.discard()

    def _restore(self) -> None:
        if self.chosen:
            self.printer.setOutputFileName(self.chosen)


def paint_letters(device, letter: Document, letters: list[dict[str, str]]) -> int:
    """Paint every merged letter on ``device`` (a QPdfWriter or a QPrinter), each from a new
    page; returns the number of pages."""
    painter = LetterPainter(device, letter)
    try:
        for values in letters:
            painter.paint(values)
    finally:
        painter.end()
    return painter.pages


def write_pdf(path, document: Document, title: str = "") -> int:
    """``document`` as a PDF file at ``path``; returns its number of pages."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    return paint_letters(writer, document, [{}])
