"""Bar charts drawn with QPainter: categories along the bottom, one or more series side by side
or stacked, the values formatted in the user's locale, and the value under the mouse shown in a
tooltip. Series differ by a fill pattern as well as a colour, bars carry their values, and an
"As a table" button shows the numbers as a grid read cell by cell (issue 40: nothing by colour
alone). A chart is one widget that paints its bars, axis labels and legend from plain lists:
switching customers sets new values and asks for one repaint. (pyqtgraph drew the same through
a graphics scene whose axes and legend cost 60 to 140 ms to rebuild and paint per switch.)"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.keyboard import part_name

PALETTE = ("#2f6db5", "#e08a2c", "#3a9a5b", "#b5452f", "#7a5bb5", "#8c8c8c")
GRID = QColor("#d8d8d8")  # opaque: a translucent pen costs a blend on every pixel
TEXT = QColor("#333333")
# bars beyond which their values are not written on them (the table has them all)
MAX_LABELLED = 16
# a fill per series besides its colour: series are told apart without seeing colours (the
# legend shows the same pattern), and in a grey printout
PATTERNS = (Qt.SolidPattern, Qt.BDiagPattern, Qt.Dense4Pattern, Qt.CrossPattern,
            Qt.FDiagPattern, Qt.HorPattern)


def brush(index: int) -> QBrush:
    """The fill of the ``index``-th series: its colour and its pattern."""
    return QBrush(QColor(PALETTE[index % len(PALETTE)]), PATTERNS[index % len(PATTERNS)])


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float]


def nice_step(top: float, lines: int = 4) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about ``lines`` grid lines."""
    raw = top / lines
    power = 10 ** math.floor(math.log10(raw))
    return next(power * f for f in (1, 2, 5, 10) if power * f >= raw)


class Plot(QWidget):
    """The drawing itself; the chart gives it what to draw."""

    def __init__(self, chart: BarChart) -> None:
        super().__init__(chart)
        self.chart = chart
        self.setMouseTracking(True)  # the tooltip follows the mouse
        self.setMinimumHeight(170)
        self.setMinimumWidth(120)  # three side by side fit a laptop's window
        self.setAttribute(Qt.WA_OpaquePaintEvent)
        self.setAutoFillBackground(False)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's override
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.white)
        painter.setPen(TEXT)
        if self.chart.has_data:
            self.chart.draw(painter, QRectF(self.rect()))
        else:
            painter.setPen(Qt.gray)
            painter.drawText(self.rect(), Qt.AlignCenter, self.chart.empty_text)
        painter.end()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt's override
        category = self.chart.category_at(event.position().x())
        if category is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(),
                              self.chart.value_at(category), self)


class BarChart(QWidget):
    """``show(categories, series)`` draws the bars; ``stacked`` piles the series up."""

    def __init__(self, title: str = "", stacked: bool = False,
                 value_text: Callable[[float], str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.stacked = stacked
        self.value_text = value_text or (lambda v: QLocale().toString(float(v), "f", 0))
        self.title = QLabel(title, self)
        self.title.setStyleSheet("font-weight: bold")
        self.title.setWordWrap(True)  # three charts side by side fit a laptop's pane
        self.plot = Plot(self)
        # the chart's numbers as a table, for the keyboard and a screen reader: a grid is
        # read cell by cell where a picture of bars says nothing
        self.table_button = QToolButton(self)
        self.table_button.setCheckable(True)
        self.table_button.toggled.connect(self._show_table)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.table_button)
        layout.addLayout(head)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.table, 1)
        #: nothing to draw: the plot says ``empty_text`` in its place (the same widget, shown
        #: all along: switching customers changes no layout)
        self.has_data = False
        self.empty_text = ""
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.top = 1.0  # the value at the top of the plot
        self.step = 1.0  # between two grid lines
        self._area = QRectF()  # where the bars go, set when painted
        self.retranslate()

    def retranslate(self) -> None:
        # the button says what it will show: the table, or the bars again
        shown = self.table_button.isChecked()
        self.table_button.setText(self.tr("As a chart") if shown else self.tr("As a table"))
        self.table_button.setToolTip(self.tr("Show the chart's bars again") if shown
                                     else self.tr("Show the chart's numbers as a table"))
        # three charts, three buttons: each said with its chart's title first
        self.table_button.setAccessibleName(part_name(self.title.text(),
                                                      self.table_button.text()))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's override
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_table(self, shown: bool) -> None:
        self.table.setVisible(shown)
        self.plot.setVisible(not shown)
        self.retranslate()
        if shown:
            self._fill_table()

    def _fill_table(self) -> None:
        """Categories down, series across, the values as the chart's tooltips write them."""
        self.table.clear()
        self.table.setRowCount(len(self.categories))
        self.table.setColumnCount(len(self.series))
        self.table.setHorizontalHeaderLabels([one.name for one in self.series])
        self.table.setVerticalHeaderLabels(self.categories)
        for column, one in enumerate(self.series):
            for row, value in enumerate(one.values):
                item = QTableWidgetItem(self.value_text(value))
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.setAccessibleName(self.title.text())

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self.retranslate()  # the button's name starts with the title
        self.plot.setAccessibleName(title)

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        self.plot.update()

    def clear(self) -> None:
        self.show([], [])

    def show(self, categories: Sequence[str], series: Sequence[Series]) -> None:
        """Draw the bars of ``series`` over ``categories``; nothing to draw shows the empty
        text instead of an empty grid."""
        self.categories = list(categories)
        self.series = [Series(s.name, [float(v or 0) for v in s.values]) for s in series]
        self.has_data = any(any(s.values) for s in self.series)
        if self.has_data:
            highest = max(self._stack_tops()) if self.stacked else max(
                max(s.values) for s in self.series)
            self.step = nice_step(highest if highest > 0 else 1.0)
            if all(float(v).is_integer() for s in self.series for v in s.values):
                self.step = max(self.step, 1.0)  # counts: no grid line between 1 and 2
            self.top = self.step * math.ceil(highest / self.step)
        self.plot.update()
        if self.table_button.isChecked():
            self._fill_table()
        self._describe()  # zeros said as zeros, never the last customer's numbers

    def bar_values(self) -> list[str]:
        """The values written on the bars, left to right (a stacked pile's total on its top;
        a zero draws no bar and gets no number; none when too many bars to fit)."""
        if self.stacked:
            tops = self._stack_tops()
        else:
            tops = [v for i in range(len(self.categories)) for s in self.series
                    for v in s.values[i:i + 1]]
        if len(tops) > MAX_LABELLED:
            return []
        return [self.value_text(v) for v in tops if v]

    def _stack_tops(self) -> list[float]:
        return [sum(s.values[i] for s in self.series) for i in range(len(self.categories))]

    def _describe(self) -> None:
        """The numbers as text, category by category: what a screen reader says of the chart
        (a picture of bars says nothing), and a reading that needs no telling colours apart."""
        self.plot.setAccessibleName(self.title.text())
        self.plot.setAccessibleDescription(
            "\n".join(self.value_at(i) for i in range(len(self.categories))))

    # -- painting -------------------------------------------------------------------------------
    def draw(self, painter: QPainter, rect: QRectF) -> None:
        metrics = painter.fontMetrics()
        line = metrics.height()
        legend = len(self.series) > 1  # one series needs no legend: the title says what it is
        labels = [self.value_text(self.step * i) for i in range(round(self.top / self.step) + 1)]
        left = max(metrics.horizontalAdvance(text) for text in labels) + 6
        # half a line above the top grid line: its value is centred on it
        top = rect.top() + line / 2 + (self._draw_legend(painter, rect, line) if legend else 0)
        top += line if self.bar_values() else 0  # the tallest bar's value above it
        self._area = area = QRectF(rect.left() + left, top, rect.width() - left - 4,
                                   rect.bottom() - line - 4 - top)
        self._draw_grid(painter, area, labels)
        self._draw_bars(painter, area)
        self._draw_values(painter, area, line)
        self._draw_categories(painter, area, metrics)

    def _draw_legend(self, painter: QPainter, rect: QRectF, line: int) -> float:
        """The series' names with their colours, in rows above the plot; their height."""
        x, y = rect.left() + 4, rect.top() + 2
        for index, one in enumerate(self.series):
            width = line + painter.fontMetrics().horizontalAdvance(one.name) + 10
            if x + width > rect.right() and x > rect.left() + 4:
                x, y = rect.left() + 4, y + line
            swatch = QRectF(x, y + line * 0.15, line * 0.7, line * 0.7)
            painter.fillRect(swatch, Qt.white)
            painter.fillRect(swatch, brush(index))
            painter.setPen(QColor(PALETTE[index % len(PALETTE)]))
            painter.drawRect(swatch)
            painter.setPen(TEXT)
            painter.drawText(QRectF(x + line * 0.9, y, width, line),
                             Qt.AlignLeft | Qt.AlignVCenter, one.name)
            x += width
        return y + line + 4 - rect.top()

    def _y(self, area: QRectF, value: float) -> float:
        return area.bottom() - area.height() * value / self.top

    def _draw_grid(self, painter: QPainter, area: QRectF, labels: list[str]) -> None:
        """The lines first, then their values: one change of pen each, not one per line."""
        height = painter.fontMetrics().height()
        ys = [int(self._y(area, self.step * i)) for i in range(len(labels))]
        painter.setPen(QPen(GRID))
        for y in ys:
            painter.drawLine(int(area.left()), y, int(area.right()), y)
        painter.setPen(TEXT)
        for y, text in zip(ys, labels, strict=True):
            painter.drawText(QRectF(0, y - height / 2, area.left() - 4, height),
                             Qt.AlignRight | Qt.AlignVCenter, text)

    def _draw_bars(self, painter: QPainter, area: QRectF) -> None:
        slot = area.width() / max(1, len(self.categories))
        count = len(self.series)
        width = slot * 0.8 / (1 if self.stacked else count)
        base = [0.0] * len(self.categories)
        for index, one in enumerate(self.series):
            fill = brush(index)
            painter.setPen(QColor(PALETTE[index % len(PALETTE)]))  # the pattern's outline
            for i, value in enumerate(one.values):
                if not value:
                    continue
                x = area.left() + slot * (i + 0.1) + (0 if self.stacked else index * width)
                y0, y1 = self._y(area, base[i]), self._y(area, base[i] + value)
                bar = QRectF(x, y1, width * 0.95, y0 - y1)
                painter.fillRect(bar, fill)
                if fill.style() != Qt.SolidPattern:
                    painter.drawRect(bar)
                if self.stacked:
                    base[i] += value
        painter.setPen(TEXT)

    def _draw_values(self, painter: QPainter, area: QRectF, line: int) -> None:
        """Each bar's value above it (a pile's total above the pile): nothing to read from
        colours or a hover, when there are few enough bars for the numbers to fit."""
        if not self.bar_values():
            return
        slot = area.width() / max(1, len(self.categories))
        count = 1 if self.stacked else len(self.series)
        width = slot * 0.8 / count
        piles = self._stack_tops()
        for i in range(len(self.categories)):
            heights = [piles[i]] if self.stacked else [s.values[i] for s in self.series]
            for index, value in enumerate(heights):
                if not value:
                    continue
                x = area.left() + slot * (i + 0.1) + index * width
                y = self._y(area, value)
                painter.drawText(QRectF(x - slot / 2, y - line, width + slot, line),
                                 Qt.AlignHCenter | Qt.AlignBottom, self.value_text(value))

    def _draw_categories(self, painter: QPainter, area: QRectF, metrics) -> None:
        """Every category's name, or one in n when they would not fit side by side."""
        slot = area.width() / max(1, len(self.categories))
        widest = max((metrics.horizontalAdvance(c) for c in self.categories), default=0)
        step = max(1, math.ceil((widest + 6) / max(slot, 1)))
        for i in range(0, len(self.categories), step):
            painter.drawText(QRectF(area.left() + slot * i - slot * (step - 1) / 2,
                                    area.bottom() + 2, slot * step, metrics.height()),
                             Qt.AlignHCenter | Qt.AlignTop, self.categories[i])

    # -- reading --------------------------------------------------------------------------------
    def category_at(self, x: float) -> int | None:
        """The category under ``x`` in the plot, if any."""
        if not self.has_data or self._area.width() <= 0:
            return None
        category = math.floor((x - self._area.left()) / self._area.width()
                              * len(self.categories))
        return category if 0 <= category < len(self.categories) else None

    def value_at(self, category: int) -> str:
        """The tooltip of a category: its name and each series' value."""
        lines = [self.categories[category]]
        for one in self.series:
            if category < len(one.values):
                lines.append(f"{one.name}: {self.value_text(one.values[category])}")
        return "\n".join(lines)
