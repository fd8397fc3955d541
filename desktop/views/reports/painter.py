"""A report painted page by page with QPainter: the header at the top and the footer at the
bottom of every page (BR-REP-05), the column headings under the header, the rows, subtotals
in bold under a rule, the grand total under a double rule, and a new page where the report
says so (BR-REP-04). The same code paints a PDF, the printer and the preview's pages; it
can also only lay the pages out, to count them for @pages."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextDocument,
)

from desktop.crm.letters.document import Document
from desktop.crm.reports.layout import Item, Line, NewPage, Subtotal, Total
from desktop.crm.reports.page_text import on_page
from desktop.crm.reports.printing import PrintedReport
from desktop.widgets.letter_editor import qt_document

FONT_POINTS = 9
MARGIN_MM = 12
GAP = 0.4  # of a line, between the header, the headings and the rows


def page_layout(report: PrintedReport) -> QPageLayout:
    """A4, portrait or landscape (Q-REP-1: Normal / Wide)."""
    orientation = QPageLayout.Landscape if report.landscape else QPageLayout.Portrait
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(QPageSize(QPageSize.A4), orientation, margins, QPageLayout.Millimeter)


class ReportPainter:
    """Lays the report's items out on pages of ``area`` (pixels of a device of ``dpi``) and,
    when given a painter, paints them. ``new_page()`` turns the page; it may return the
painter of the new page (a preview paints each page on a picture of its own)."""

    def __init__(self, report: PrintedReport, area: QRectF, device, total_pages: int | None,
                 new_page=None) -> None:
        self.report, self.area, self.device = report, area, device
        self.total_pages = total_pages
        self.turn = new_page or (lambda: None)
        self.painter: QPainter | None = None
        self.font = QFont()
        self.font.setPointSizeF(FONT_POINTS)
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        metrics = QFontMetricsF(self.font, device)
        self.line = metrics.height() * 1.25
        self.metrics = metrics
        self.bold_metrics = QFontMetricsF(self.bold, device)
        self.header = self._text_document(report.header)
        self.footer = self._text_document(report.footer)
        # a width counts characters as wide as a digit: codes and amounts fit as typed
        self.lefts, self.widths = self._columns(metrics.horizontalAdvance("0") * 1.05)
        self.page = 0
        self.y = 0.0
        self.break_pending = False

    # -- geometry -----------------------------------------------------------------------------
    def _text_document(self, document: Document) -> QTextDocument | None:
        if not document.blocks:
            return None
        qdoc = QTextDocument()
        qdoc.documentLayout().setPaintDevice(self.device)
        qt_document.show(qdoc, on_page(document, self.report.constants, 1, self.total_pages))
        qdoc.setTextWidth(self.area.width())
        return qdoc

    def _columns(self, char_width: float) -> tuple[list[float], list[float]]:
        """Each column as wide as its width in characters, narrowed together when the page
        is too narrow for all of them."""
        gap = char_width
        widths = [max(2, c.width) * char_width for c in self.report.columns]
        room = self.area.width() - gap * max(0, len(widths) - 1)
        scale = min(1.0, room / sum(widths)) if widths else 1.0
        widths = [w * scale for w in widths]
        lefts, x = [], self.area.left()
        for width in widths:
            lefts.append(x)
            x += width + gap
        return lefts, widths

    def _height(self, qdoc: QTextDocument | None) -> float:
        return qdoc.size().height() if qdoc is not None else 0.0

    @property
    def body_bottom(self) -> float:
        return self.area.bottom() - self._height(self.footer) - self.line * (1 + GAP)

    # -- pages ----------------------------------------------------------------------------------
    def start(self, painter: QPainter | None) -> None:
        self.painter = painter
        self._begin_page()

    def _begin_page(self) -> None:
        if self.page and self.painter is not None:
            self.painter = self.turn() or self.painter
        self.page += 1
        self.break_pending = False
        top = self.area.top()
        if self.painter is not None:
            self._paint_page_texts()
        self.y = top + self._height(self.header) + self.line * GAP
        self._paint_headings()

    def _paint_page_texts(self) -> None:
        painter, area = self.painter, self.area
        report = self.report
        for document, qdoc, at_top in ((report.header, self.header, True),
                                       (report.footer, self.footer, False)):
            if qdoc is None:
                continue
            qt_document.show(qdoc, on_page(document, report.constants, self.page,
                                           self.total_pages))
            qdoc.setTextWidth(area.width())
            y = area.top() if at_top else area.bottom() - qdoc.size().height()
            painter.save()
            painter.translate(area.left(), y)
            qdoc.drawContents(painter)
            painter.restore()
        if not self._numbers_shown():
            painter.setFont(self.font)
            text = str(self.page) if self.total_pages is None else \
                f"{self.page} / {self.total_pages}"
            painter.drawText(QRectF(area.left(), area.bottom() - self.line, area.width(),
                                    self.line), Qt.AlignRight | Qt.AlignVCenter, text)

    def _numbers_shown(self) -> bool:
        return any(f.name == "@page" for document in (self.report.header, self.report.footer)
                   for f in document.fields())

    def _paint_headings(self) -> None:
        if self.painter is not None:
            painter = self.painter
            painter.setFont(self.bold)
            for index, column in enumerate(self.report.columns):
                self._cell(index, column.heading, column.numeric)
            painter.setPen(QPen(Qt.black, 0))
            bottom = self.y + self.line
            painter.drawLine(QPointF(self.area.left(), bottom), QPointF(self.area.right(), bottom))
            painter.setFont(self.font)
        self.y += self.line * (1 + GAP)

    def _room(self, lines: float) -> None:
        if self.break_pending or self.y + self.line * lines > self.body_bottom:
            self._begin_page()

    # -- items ----------------------------------------------------------------------------------
    def add(self, item: Item) -> None:
        kind = type(item)
        if kind is Line:
            self._room(1)
            if self.painter is not None:
                for index, value in enumerate(item.values):
                    self._cell(index, self.report.cell_text(value, index),
                               self.report.columns[index].numeric)
            self.y += self.line
        elif kind is Subtotal or kind is Total:
            self._room(1.5)
            if self.painter is not None:
                self._paint_sums(item, double=kind is Total)
            self.y += self.line * 1.5
        elif kind is NewPage:
            self.break_pending = True

    def _paint_sums(self, item: Subtotal | Total, double: bool) -> None:
        painter = self.painter
        painter.setPen(QPen(Qt.black, 0))
        for index in item.sums:
            left, width = self.lefts[index], self.widths[index]
            painter.drawLine(QPointF(left, self.y + 1), QPointF(left + width, self.y + 1))
            if double:
                painter.drawLine(QPointF(left, self.y + 3), QPointF(left + width, self.y + 3))
        painter.setFont(self.bold)
        y = self.y + 3
        label_column = item.column if isinstance(item, Subtotal) else 0
        first_sum = min(item.sums, default=len(self.lefts))
        right = self.lefts[first_sum] - self.metrics.averageCharWidth() \
            if first_sum > label_column else self.area.right()
        left = self.lefts[label_column]
        painter.drawText(QRectF(left, y, max(right - left, 0), self.line),
                         Qt.AlignLeft | Qt.AlignVCenter,
                         self.metrics.elidedText(self.report.sums_label(item), Qt.ElideRight,
                                                 max(right - left, 0)))
        for index, value in item.sums.items():  # a sum may be wider than its rows: to the left
            text = self.report.cell_text(value, index)
            right_edge = self.lefts[index] + self.widths[index]
            width = max(self.widths[index], self.bold_metrics.horizontalAdvance(text) + 2)
            painter.drawText(QRectF(right_edge - width, y, width, self.line),
                             Qt.AlignRight | Qt.AlignVCenter, text)
        painter.setFont(self.font)

    def _cell(self, index: int, text: str, right: bool, y: float | None = None) -> None:
        width = self.widths[index]
        text = self.metrics.elidedText(text, Qt.ElideRight, width)
        align = (Qt.AlignRight if right else Qt.AlignLeft) | Qt.AlignVCenter
        self.painter.drawText(QRectF(self.lefts[index], self.y if y is None else y, width,
                                     self.line), align, text)

    def pages(self) -> int:
        return self.page


def paint_area(device) -> QRectF:
    """The printable rectangle of ``device``'s page, in its pixels, from (0, 0)."""
    rect = device.pageLayout().paintRectPixels(device.resolution())
    return QRectF(0, 0, rect.width(), rect.height())


__all__ = ["ReportPainter", "page_layout", "paint_area"]
