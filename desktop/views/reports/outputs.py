"""The outputs of Flexible Printing that Qt paints: a PDF file, the printer, and the pages of
the preview. When the header or the footer shows @pages, the pages are first laid out
without painting, to count them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPicture

from desktop.crm.enums import ReportOrientation
from desktop.crm.reports.layout import Item
from desktop.crm.reports.page_text import counts_pages
from desktop.crm.reports.printing import FileReport, PrintedReport
from desktop.views.reports.painter import MARGIN_MM, ReportPainter, page_layout, paint_area
from desktop.widgets.letter_editor.printing import PrinterTarget

PREVIEW_DPI = 96


def page_size(report) -> QSizeF:
    """The size of a preview page in its pixels, margins included."""
    orientation = QPageLayout.Landscape if report.orientation is ReportOrientation.WIDE \
        else QPageLayout.Portrait
    layout = QPageLayout(QPageSize(QPageSize.A4), orientation, QMarginsF())
    return QSizeF(layout.fullRectPixels(PREVIEW_DPI).size())


def page_image(picture: QPicture, size: QSizeF, scale: float) -> QImage:
    """A preview page drawn on white paper at ``scale``, its margins around it."""
    image = QImage(int(size.width() * scale), int(size.height() * scale),
                   QImage.Format_RGB32)
    image.fill(Qt.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setRenderHint(QPainter.TextAntialiasing)
    painter.scale(scale, scale)
    margin = MARGIN_MM / 25.4 * PREVIEW_DPI
    painter.drawPicture(QPointF(margin, margin), picture)
    painter.end()
    return image


class PagedOutput:
    """Paints on a device; ``count`` lays the pages out first when @pages is shown."""

    def check(self, replace: bool) -> None:
        """Nothing to check but a file's place (PdfReport)."""

    def start(self, report: PrintedReport) -> None:
        self.report = report
        self.counts = counts_pages(report.header, report.footer)
        self.total: int | None = None
        self.layout: ReportPainter | None = None
        self.painter: ReportPainter | None = None
        self.qpainter: QPainter | None = None

    # what a device gives: its pixels and how to turn its page
    def device(self):
        raise NotImplementedError

    def area(self) -> QRectF:
        return paint_area(self.device())

    def new_page(self) -> QPainter | None:
        self.device().newPage()
        return None

    def begin_painting(self) -> QPainter:
        return QPainter(self.device())

    # -- counting pass --------------------------------------------------------------------------
    def count(self, item: Item) -> None:
        if self.layout is None:
            self.layout = ReportPainter(self.report, self.area(), self.device(), None)
            self.layout.start(None)
        self.layout.add(item)

    def counted(self) -> None:
        self.total = self.layout.pages() if self.layout is not None else 1
        self.layout = None

    # -- painting -------------------------------------------------------------------------------
    def add(self, item: Item) -> None:
        if self.painter is None:
            self._begin()
        self.painter.add(item)

    def _begin(self) -> None:
        self.qpainter = self.begin_painting()
        self.painter = ReportPainter(self.report, self.area(), self.device(), self.total,
                                     self.new_page)
        self.painter.start(self.qpainter)

    def finish(self) -> None:
        if self.painter is None:
            self._begin()  # a report with no rows still prints its page
        self.end_painting()

    def end_painting(self) -> None:
        painter = self.painter.painter if self.painter is not None else self.qpainter
        if painter is not None and painter.isActive():
            painter.end()

    @property
    def pages(self) -> int:
        return self.painter.pages() if self.painter is not None else 0


class PdfReport(PagedOutput, FileReport):
    """A PDF file, written beside its place and moved in when the run completed."""

    suffix = ".pdf"

    def __init__(self, path: Path) -> None:
        FileReport.__init__(self, path)
        self.writer: QPdfWriter | None = None

    def check(self, replace: bool) -> None:
        FileReport.check(self, replace)

    def start(self, report: PrintedReport) -> None:
        super().start(report)
        self.writer = QPdfWriter(str(self.open_temp()))
        self.writer.setResolution(PREVIEW_DPI)  # the letter editor's pixels, for the header
        self.writer.setPageLayout(page_layout(report))
        self.writer.setTitle(report.description)
        self.writer.setCreator("CRM")

    def device(self):
        return self.writer

    def discard(self) -> None:
        self.end_painting()
        self.writer = None
        FileReport.discard(self)


class PrinterReport(PagedOutput):
    """The printer the user chose; a cancelled run aborts the print job (printed to a file:
    the file is written beside its place and moved in, PrinterTarget)."""

    def __init__(self, printer) -> None:
        self.printer = printer
        self.target = PrinterTarget(printer)

    def start(self, report: PrintedReport) -> None:
        super().start(report)
        self.printer.setPageLayout(page_layout(report))
        self.printer.setDocName(report.description)
        self.target.begin()

    def device(self):
        return self.printer

    def publish(self) -> list[Path]:
        self.target.place()
        return self.target.settle()

    def discard(self) -> None:
        if self.painter is not None:
            self.printer.abort()
        self.end_painting()
        self.target.discard()


class PreviewReport(PagedOutput):
    """Each page painted on a QPicture of its own, handed to ``page_ready`` as it is done, so
    that the preview shows the first page while the run goes on."""

    def __init__(self, page_ready: Callable[[QPicture], None],
                 started: Callable[[PrintedReport], None] = lambda report: None) -> None:
        self.page_ready = page_ready
        self.started = started
        self.picture: QPicture | None = None

    def start(self, report: PrintedReport) -> None:
        super().start(report)
        self.started(report)
        self.picture = QPicture()
        self.layout_rect = page_layout(report).paintRectPixels(PREVIEW_DPI)

    def device(self):
        return self.picture

    def area(self) -> QRectF:
        return QRectF(0, 0, self.layout_rect.width(), self.layout_rect.height())

    def begin_painting(self) -> QPainter:
        return QPainter(self.picture)

    def new_page(self) -> QPainter:
        self._hand_over()
        return QPainter(self.picture)

    def _hand_over(self) -> None:
        painter = self.painter.painter
        painter.end()
        self.page_ready(self.picture)
        self.picture = QPicture()

    def finish(self) -> None:
        if self.painter is None:
            self._begin()
        self._hand_over()

    def publish(self) -> list[Path]:
        return []

    def discard(self) -> None:
        self.end_painting()
