"""Bar charts drawn with QPainter: categories along the bottom, one or more series side by side
or stacked, the values formatted in the user's locale, and the value under the mouse shown in a
tooltip. A chart is one widget that paints its bars, axis labels and legend from plain lists:
switching customers sets new values and asks for one repaint. (pyqtgraph drew the same through
a graphics scene whose axes and legend cost 60 to 140 ms to rebuild and paint per switch.)"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget

PALETTE = ("#2f6db5", "#e08a2c", "#3a9a5b", "#b5452f", "#7a5bb5", "#8c8c8c")
GRID = QColor("#d8d8d8")  # opaque: a translucent pen costs a blend on every pixel
TEXT = QColor("#333333")


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
        self.plot = Plot(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        #: nothing to draw: the plot says ``empty_text`` in its place (the same widget, shown
        #: all along: switching customers changes no layout)
        self.has_data = False
        self.empty_text = ""
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.top = 1.0  # the value at the top of the plot
        self.step = 1.0  # between two grid lines
        self._area = QRectF()  # where the bars go, set when painted

    def set_title(self, title: str) -> None:
        self.title.setText(title)
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
            self.top = self.step * math.ceil(highest / self.step)
        self.plot.update()
        self._describe()  # zeros said as zeros, never the last customer's numbers

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
        top = rect.top() + (self._draw_legend(painter, rect, line) if legend else line / 2)
        self._area = area = QRectF(rect.left() + left, top, rect.width() - left - 4,
                                   rect.bottom() - line - 4 - top)
        self._draw_grid(painter, area, labels)
        self._draw_bars(painter, area)
        self._draw_categories(painter, area, metrics)

    def _draw_legend(self, painter: QPainter, rect: QRectF, line: int) -> float:
        """The series' names with their colours, in rows above the plot; their height."""
        x, y = rect.left() + 4, rect.top() + 2
        for index, one in enumerate(self.series):
            width = line + painter.fontMetrics().horizontalAdvance(one.name) + 10
            if x + width > rect.right() and x > rect.left() + 4:
                x, y = rect.left() + 4, y + line
            painter.fillRect(QRectF(x, y + line * 0.25, line * 0.5, line * 0.5),
                             QColor(PALETTE[index % len(PALETTE)]))
            painter.drawText(QRectF(x + line * 0.7, y, width, line),
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
            colour = QColor(PALETTE[index % len(PALETTE)])
            for i, value in enumerate(one.values):
                x = area.left() + slot * (i + 0.1) + (0 if self.stacked else index * width)
                y0, y1 = self._y(area, base[i]), self._y(area, base[i] + value)
                painter.fillRect(QRectF(x, y1, width * 0.95, y0 - y1), colour)
                if self.stacked:
                    base[i] += value

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
