"""Charts say their numbers without colours (issue 40, item 4): each series has a pattern of
its own, each bar its value written on it, and a Table button, reached with Tab, shows the
numbers as a grid."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from desktop.widgets.charts import PATTERNS, BarChart, Series, brush


def _chart(qtbot, stacked: bool = False) -> tuple[QWidget, QLineEdit, BarChart]:
    page = QWidget()
    qtbot.addWidget(page)
    before = QLineEdit(page)  # where the user comes from with Tab
    chart = BarChart("Pipeline", stacked=stacked, parent=page)
    layout = QVBoxLayout(page)
    layout.addWidget(before)
    layout.addWidget(chart)
    page.resize(500, 400)
    page.show()
    qtbot.waitExposed(page)
    chart.show(["Q1", "Q2", "Q3"], [Series("Won", [10, 0, 30]), Series("Open", [5, 7, 0])])
    return page, before, chart


def test_series_differ_by_pattern_and_bars_carry_their_values(qtbot):
    _page, _before, chart = _chart(qtbot)
    styles = [brush(index).style() for index in range(len(PATTERNS))]
    assert len(set(styles)) == len(PATTERNS) and Qt.NoBrush not in styles
    assert chart.bar_values() == ["10", "5", "7", "30"]  # a zero draws no bar, no number
    image = chart.plot.grab().toImage()  # the second series' bars are hatched, not filled
    area = chart._area
    slot = area.width() / 3
    x = int(area.left() + slot * 1.1 + slot * 0.4 + 2)  # inside Q2's "Open" bar
    column = {image.pixelColor(x, y).name() for y in range(int(chart._y(area, 6)),
                                                          int(area.bottom()) - 1)}
    assert "#ffffff" in column and "#e08a2c" in column


def test_a_stacked_chart_writes_each_pile_s_total(qtbot):
    _page, _before, chart = _chart(qtbot, stacked=True)
    assert chart.bar_values() == ["15", "7", "30"]


def test_tab_then_space_shows_the_numbers_as_a_table(qtbot):
    _page, before, chart = _chart(qtbot)
    before.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is before)
    qtbot.keyClick(before, Qt.Key_Tab)
    assert QApplication.focusWidget() is chart.table_button
    qtbot.keyClick(chart.table_button, Qt.Key_Space)
    qtbot.waitUntil(chart.table.isVisible)
    assert not chart.plot.isVisible()
    assert chart.table_button.text() == "As a chart"  # says what it shows next
    table = chart.table
    assert [table.verticalHeaderItem(r).text() for r in range(3)] == ["Q1", "Q2", "Q3"]
    assert [table.item(r, 0).text() for r in range(3)] == ["10", "0", "30"]
    assert table.horizontalHeaderItem(1).text() == "Open"
    qtbot.keyClick(chart.table_button, Qt.Key_Tab)
    assert QApplication.focusWidget() is table  # the numbers are read cell by cell
    chart.show(["Q1"], [Series("Won", [4]), Series("Open", [1])])  # the next customer
    assert table.rowCount() == 1 and table.item(0, 1).text() == "1"
    qtbot.keyClick(table, Qt.Key_Tab, Qt.ShiftModifier)
    qtbot.keyClick(chart.table_button, Qt.Key_Space)
    qtbot.waitUntil(chart.plot.isVisible)
    assert not table.isVisible()
