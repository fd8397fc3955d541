"""The bar chart paints its bars itself: the bars are where the values say, the value under the
mouse is told in a tooltip, and a chart of zeros shows its empty text instead of a grid."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QToolTip

from desktop.widgets.charts import PALETTE, BarChart, Series, nice_step


def _chart(qtbot, **options) -> BarChart:
    chart = BarChart("Revenue", **options)
    chart.resize(400, 260)
    chart.show([], [])
    qtbot.addWidget(chart)
    chart.setVisible(True)
    qtbot.waitExposed(chart)
    return chart


def test_grid_steps_are_round():
    assert [nice_step(v) for v in (4, 7, 35, 950, 0.3)] == [1, 2, 10, 500, 0.1]


def test_the_bars_are_painted_and_the_mouse_tells_their_value(qtbot):
    chart = _chart(qtbot)
    chart.show(["Jan", "Feb", "Mar"], [Series("Won", [100, 0, 300])])
    image = chart.plot.grab().toImage()
    blue = QColor(PALETTE[0])
    third = chart._area.left() + chart._area.width() * 2.5 / 3
    assert image.pixelColor(int(third), int(chart._area.bottom() - 5)) == blue
    second = chart._area.left() + chart._area.width() * 1.5 / 3
    assert image.pixelColor(int(second), int(chart._area.bottom() - 5)) != blue  # a zero
    qtbot.mouseMove(chart.plot, QPoint(int(third), int(chart._area.bottom() - 5)))
    qtbot.waitUntil(lambda: QToolTip.text() == "Mar\nWon: 300")
    assert chart.category_at(third) == 2


def test_stacked_series_have_a_legend_and_zeros_show_the_empty_text(qtbot):
    chart = _chart(qtbot, stacked=True)
    chart.set_empty_text("Nothing yet")
    chart.show(["Jan", "Feb"], [Series("Calls", [2, 3]), Series("Visits", [1, 5])])
    assert chart.top == 8 and chart.has_data
    chart.plot.grab()  # painted once: the legend pushed the bars below it
    assert chart._area.top() > chart.plot.fontMetrics().height()
    chart.show(["Jan", "Feb"], [Series("Calls", [0, 0])])
    assert not chart.has_data
    image = chart.plot.grab().toImage()  # the empty text in the plot's place, no bars
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3)}
    assert PALETTE[0] not in colours and len(colours) > 1
    assert chart.plot.accessibleDescription() == "Jan\nCalls: 0\nFeb\nCalls: 0"


def test_counts_get_whole_grid_steps(qtbot):
    """Two calls in the busiest month: the axis says 0, 1, 2, not 0, 1, 1, 2, 2 (half steps
    written without decimals)."""
    chart = _chart(qtbot, stacked=True)
    chart.show(["Jan", "Feb"], [Series("Calls", [1, 2])])
    assert chart.step == 1 and chart.top == 2
    chart.show(["Jan"], [Series("Revenue", [0.3])])  # amounts keep their fine steps
    assert chart.step == 0.1
