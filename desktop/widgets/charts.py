"""Bar charts on pyqtgraph: categories along the bottom, one or more series side by side or
stacked, the values formatted in the user's locale, and the value under the mouse shown in a
tooltip. pyqtgraph draws with Qt itself (no second toolkit), is maintained, and is a small
pure-Python wheel; Qt's own chart module would need PySide6-Addons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLocale, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QCursor
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

PALETTE = ("#2f6db5", "#e08a2c", "#3a9a5b", "#b5452f", "#7a5bb5", "#8c8c8c")
# bars beyond which their values are not written on them (the table has them all)
MAX_LABELLED = 16
# a fill per series besides its colour: series are told apart without seeing colours (the
# legend shows the same pattern), and in a grey printout
PATTERNS = (Qt.SolidPattern, Qt.BDiagPattern, Qt.Dense4Pattern, Qt.CrossPattern,
            Qt.FDiagPattern, Qt.HorPattern)
# bars are rectangles: no antialiasing to pay for on every repaint
pg.setConfigOptions(antialias=False, background="w", foreground="#333333")


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float]


class BarChart(QWidget):
    """``show(categories, series)`` draws the bars; ``stacked`` piles the series up."""

    def __init__(self, title: str = "", stacked: bool = False,
                 value_text: Callable[[float], str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.stacked = stacked
        self.value_text = value_text or (lambda v: QLocale().toString(float(v), "f", 0))
        self.title = QLabel(title, self)
        self.title.setStyleSheet("font-weight: bold")
        # the chart's numbers as a table, for the keyboard and a screen reader: a grid is
        # read cell by cell where a picture of bars says nothing
        self.table_button = QToolButton(self)
        self.table_button.setCheckable(True)
        self.table_button.toggled.connect(self._show_table)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setVisible(False)
        self.plot = pg.PlotWidget(self)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(y=True, alpha=0.25)
        self.plot.setMinimumHeight(170)
        self.plot.setMinimumWidth(120)  # three side by side fit a laptop's window
        self.legend = self.plot.addLegend(offset=(4, 2), labelTextSize="8pt",
                                          verSpacing=-6)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setStyleSheet("color: gray")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.table_button)
        layout.addLayout(head)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.items: list[pg.BarGraphItem] = []
        self.legend_names: list[str] = []
        self.value_labels: list[pg.TextItem] = []
        self.plot.scene().sigMouseMoved.connect(self._hovered)
        self.plot.getAxis("left").tickStrings = self._tick_strings
        self.retranslate()

    def retranslate(self) -> None:
        self.table_button.setText(self.tr("As a table"))
        self.table_button.setToolTip(self.tr("Show the chart's numbers as a table"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_table(self, shown: bool) -> None:
        has_data = bool(self.categories) and not self.empty.isVisible()
        self.table.setVisible(shown)
        self.plot.setVisible(not shown and has_data)
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
        self.plot.setAccessibleName(title)

    def set_empty_text(self, text: str) -> None:
        self.empty.setText(text)

    def clear(self) -> None:
        self.show([], [])

    def show(self, categories: Sequence[str], series: Sequence[Series]) -> None:
        """Draw the bars of ``series`` over ``categories``; nothing to draw shows the empty
        text instead of an empty grid. The bar items are kept and updated from one partner
        to the next, and the legend is rebuilt only when the series change: switching
        customers stays quick."""
        self.categories, self.series = list(categories), list(series)
        has_data = any(any(v for v in s.values) for s in series)
        self.plot.setVisible(has_data and not self.table_button.isChecked())
        if self.table_button.isChecked():
            self._fill_table()
        self.empty.setVisible(not has_data)
        self._label_bars([])
        if not has_data:
            for item in self.items:
                item.setVisible(False)
            self._describe()  # zeros said as zeros, never the last customer's numbers
            return
        count = len(series)
        width = 0.8 if self.stacked else 0.8 / count
        base = [0.0] * len(categories)
        tops: list[tuple[float, float]] = []  # (x, height) of each bar that gets its value
        for index, one in enumerate(series):
            values = [float(v or 0) for v in one.values]
            xs = [i + (0 if self.stacked else (index - (count - 1) / 2) * width)
                  for i in range(len(categories))]
            item = self._item(index)
            item.setOpts(x=xs, height=values, width=width * 0.95,
                         y0=base if self.stacked else [0.0] * len(values))
            item.setVisible(True)
            if not self.stacked:
                tops += zip(xs, values, strict=True)
            if self.stacked:
                base = [b + v for b, v in zip(base, values, strict=True)]
        if self.stacked:  # a pile's total on its top
            tops = list(zip(range(len(categories)), base, strict=True))
        self._label_bars(tops)
        for item in self.items[count:]:
            item.setVisible(False)
        self._legend([one.name for one in series])
        self._axes(categories, series, base, count)
        self._describe()

    def _label_bars(self, tops: list[tuple[float, float]]) -> None:
        """Each bar's value written above it (nothing to read from colours or a hover), when
        there are few enough bars for the numbers to fit."""
        for label in self.value_labels:
            self.plot.removeItem(label)
        self.value_labels = []
        if len(tops) > MAX_LABELLED:
            return
        for x, height in tops:
            if height:
                label = pg.TextItem(self.value_text(height), color="#333333",
                                    anchor=(0.5, 1.0))
                label.setPos(x, height)
                self.plot.addItem(label)
                self.value_labels.append(label)

    def _describe(self) -> None:
        """The numbers as text, category by category: what a screen reader says of the chart
        (a picture of bars says nothing), and a reading that needs no telling colours apart."""
        self.plot.setAccessibleName(self.title.text())
        self.plot.setAccessibleDescription(
            "\n".join(self.value_at(i) for i in range(len(self.categories))))

    def _item(self, index: int) -> pg.BarGraphItem:
        while len(self.items) <= index:
            colour = QColor(PALETTE[len(self.items) % len(PALETTE)])
            # the pattern's lines and the outline in the series' colour, on white
            brush = QBrush(colour, PATTERNS[len(self.items) % len(PATTERNS)])
            item = pg.BarGraphItem(x=[0], height=[0], width=0.5, brush=brush,
                                   pen=pg.mkPen(colour, width=1))
            self.plot.addItem(item)
            self.items.append(item)
        return self.items[index]

    def _legend(self, names: list[str]) -> None:
        if names == self.legend_names:
            return
        self.legend.clear()
        if len(names) > 1:  # one series needs no legend: the title says what it is
            for item, name in zip(self.items, names, strict=False):
                self.legend.addItem(item, name)
            self.legend.setColumnCount(1 if len(names) <= 2 else 3)
        self.legend_names = names

    def _axes(self, categories, series, base, count: int) -> None:
        axis = self.plot.getAxis("bottom")
        step = max(1, -(-len(categories) // 4)) if len(categories) > 6 else 1
        axis.setTicks([[(i, text) for i, text in enumerate(categories) if i % step == 0]])
        top = max(base) if self.stacked else max(max(float(v or 0) for v in s.values)
                                                 for s in series)
        self.plot.setXRange(-0.6, len(categories) - 0.4, padding=0)
        # the legend sits above the bars; the values written on the tallest need a line too
        headroom = 1.45 if count > 1 else 1.2
        self.plot.setYRange(0, top * headroom or 1, padding=0)

    def value_at(self, category: int) -> str:
        """The tooltip of a category: its name and each series' value."""
        lines = [self.categories[category]]
        for one in self.series:
            if category < len(one.values):
                lines.append(f"{one.name}: {self.value_text(one.values[category])}")
        return "\n".join(lines)

    def _hovered(self, position: QPointF) -> None:
        if not self.categories or not self.plot.isVisible():
            return
        point = self.plot.getPlotItem().vb.mapSceneToView(position)
        category = round(point.x())
        if 0 <= category < len(self.categories) and point.y() >= 0:
            QToolTip.showText(QCursor.pos(), self.value_at(category), self.plot)
        else:
            QToolTip.hideText()

    def _tick_strings(self, values, scale, spacing) -> list[str]:
        return [self.value_text(v * scale) for v in values]
